#include "searcher/ranking.h"

#include <vector>

#include "common/schema/fields.h"

namespace lsearch {
namespace {

// Expansion terms: words (lower-case, unprefixed) and their stems (Z) that
// other documents hold too: a word only the feedback documents hold finds
// nothing new.
class SharedWordsOnly : public Xapian::ExpandDecider {
 public:
  SharedWordsOnly(const Xapian::Database& db, Xapian::doccount feedback_docs)
      : db_(db), min_docs_(feedback_docs + 1) {}
  bool operator()(const std::string& term) const override {
    if (term.empty()) return false;
    const std::string_view stem_marker = field_spec(Field::kStem).prefix;
    const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    const char c = term[0];
    // A stem of at least 3 letters with no field prefix after the marker, or an unprefixed word.
    bool word = term.starts_with(stem_marker)
                    ? term.size() > stem_marker.size() + 2 && !upper(term[stem_marker.size()])
                    : !upper(c) && !(c >= '0' && c <= '9');
    return word && db_.get_termfreq(term) >= min_docs_;
  }

 private:
  const Xapian::Database& db_;
  Xapian::doccount min_docs_;
};

}  // namespace

// k1 = 1.2, b = 0.75: Robertson's classic values (Lucene's too). On the three
// evaluation collections they beat Xapian's 1.0/0.5 (README, ranking table).
Xapian::BM25Weight ranking_weight() {
  return Xapian::BM25Weight(1.2, 0, 1, 0.75, 0.5);
}

Xapian::Query expansion_query(const Xapian::Database& db, Xapian::Enquire& enquire,
                              const Xapian::RSet& rset, unsigned terms) {
  SharedWordsOnly decider(db, rset.size());
  Xapian::ESet eset = enquire.get_eset(terms, rset, &decider);
  std::vector<Xapian::Query> parts;
  for (auto it = eset.begin(); it != eset.end(); ++it) parts.emplace_back(*it);
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace lsearch
