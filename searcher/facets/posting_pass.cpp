#include "searcher/facets/posting_pass.h"

#include <algorithm>
#include <optional>

#include "searcher/collapse/copy_counter.h"
#include "searcher/facets/ordinal_facet_counter.h"
#include "searcher/hit_entities.h"

namespace lsearch {
namespace {

using Query = Xapian::Query;

// The terms every match of `query` holds, when its operators require all of
// them (AND, PHRASE, NEAR, FILTER; AND_MAYBE's left side); false otherwise.
bool required_terms(const Query& query, std::vector<std::string>& terms) {
  switch (query.get_type()) {
    case Query::LEAF_TERM:
      terms.push_back(*query.get_terms_begin());
      return !terms.back().empty();  // an empty term is MatchAll
    case Query::OP_AND:
    case Query::OP_FILTER:
    case Query::OP_PHRASE:
    case Query::OP_NEAR:
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        if (!required_terms(query.get_subquery(i), terms)) return false;
      return query.get_num_subqueries() > 0;
    case Query::OP_AND_MAYBE:
    case Query::OP_SCALE_WEIGHT:
      return query.get_num_subqueries() > 0 && required_terms(query.get_subquery(0), terms);
    default:
      return false;
  }
}

// An OR as one factor: its single terms (nested ORs of terms included). A
// branch that requires one of those terms adds no match (an entity's phrase
// alias `muammar gaddafi` beside its alias `gaddafi`) and is left out; any
// other branch needs the matcher.
bool add_union(const Query& query, std::vector<std::string>& terms) {
  std::vector<Query> others;
  std::vector<Query> open = {query};
  while (!open.empty()) {
    Query q = open.back();
    open.pop_back();
    if (q.get_type() == Query::OP_OR) {
      for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) open.push_back(q.get_subquery(i));
    } else if (q.get_type() == Query::LEAF_TERM && !(*q.get_terms_begin()).empty()) {
      terms.push_back(*q.get_terms_begin());
    } else {
      others.push_back(q);
    }
  }
  for (const Query& q : others) {
    std::vector<std::string> required;
    if (!required_terms(q, required)) return false;
    auto in_union = [&](const std::string& t) {
      return std::find(terms.begin(), terms.end(), t) != terms.end();
    };
    if (std::none_of(required.begin(), required.end(), in_union)) return false;
  }
  return !terms.empty();
}

bool add_factors(const Query& query, Conjunction& factors) {
  switch (query.get_type()) {
    case Query::LEAF_TERM:
    case Query::OP_OR:
      factors.emplace_back();
      return add_union(query, factors.back());
    case Query::OP_AND:
    case Query::OP_FILTER:  // the match set of an AND; weights from its first only
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        if (!add_factors(query.get_subquery(i), factors)) return false;
      return query.get_num_subqueries() > 0;
    case Query::OP_AND_MAYBE:  // the right side only adds weight
    case Query::OP_SCALE_WEIGHT:
      return query.get_num_subqueries() > 0 && add_factors(query.get_subquery(0), factors);
    default:
      return false;
  }
}

// The docids of any of a factor's terms, in increasing order (0 once past the last).
class Union {
 public:
  Union(const Xapian::Database& db, const std::vector<std::string>& terms) {
    for (const std::string& term : terms) {
      lists_.push_back(db.postlist_begin(term));
      at_.push_back(docid_of(lists_.back()));
    }
    settle();
  }
  Xapian::docid docid() const { return current_; }
  // The first docid at or past `did`.
  void skip_to(Xapian::docid did) {
    if (lists_.size() == 1) {
      if (current_ != 0 && current_ < did) {
        lists_[0].skip_to(did);
        current_ = at_[0] = docid_of(lists_[0]);
      }
      return;
    }
    for (std::size_t i = 0; i < lists_.size(); ++i)
      if (at_[i] != 0 && at_[i] < did) {
        lists_[i].skip_to(did);
        at_[i] = docid_of(lists_[i]);
      }
    settle();
  }
  void next() {
    if (lists_.size() == 1) {  // a single word: no minimum to keep
      ++lists_[0];
      current_ = at_[0] = docid_of(lists_[0]);
      return;
    }
    for (std::size_t i = 0; i < lists_.size(); ++i)
      if (at_[i] == current_) {
        ++lists_[i];
        at_[i] = docid_of(lists_[i]);
      }
    settle();
  }

 private:
  // A list's docid, read once per move (a call into Xapian), 0 at its end.
  Xapian::docid docid_of(const Xapian::PostingIterator& list) const {
    return list == end_ ? 0 : *list;
  }
  void settle() {
    current_ = 0;
    for (const Xapian::docid at : at_)
      if (at != 0 && (current_ == 0 || at < current_)) current_ = at;
  }
  std::vector<Xapian::PostingIterator> lists_;
  std::vector<Xapian::docid> at_;  // each list's docid
  Xapian::PostingIterator end_;
  Xapian::docid current_ = 0;
};

// Whether the column holds every docid the database can give (one of its open
// revision, which was written after the last commit).
bool covers(const FacetColumn& column, const Xapian::Database& db) {
  std::uint32_t number = 0;
  return column.matches(db) && column.cluster(db.get_lastdocid(), number);
}

}  // namespace

Conjunction conjunction_of(const Xapian::Query& query) {
  Conjunction factors;
  if (!add_factors(query, factors)) factors.clear();
  return factors;
}

Xapian::doccount walk_conjunction(const Xapian::Database& db, const Conjunction& factors,
                                  const std::function<void(Xapian::docid)>& visit) {
  std::vector<std::pair<Xapian::doccount, std::size_t>> by_size;  // a factor's termfreq sum
  for (std::size_t i = 0; i < factors.size(); ++i) {
    Xapian::doccount size = 0;
    for (const std::string& term : factors[i]) size += db.get_termfreq(term);
    by_size.emplace_back(size, i);
  }
  std::sort(by_size.begin(), by_size.end());
  if (by_size.empty() || by_size.front().first == 0) return 0;
  // The rarest factor leads; the others skip to its docids, and one that lands
  // past it moves the lead there.
  Union lead(db, factors[by_size.front().second]);
  std::vector<Union> others;
  others.reserve(by_size.size());
  for (std::size_t k = 1; k < by_size.size(); ++k)
    others.emplace_back(db, factors[by_size[k].second]);
  Xapian::doccount matches = 0;
  while (lead.docid() != 0) {
    const Xapian::docid did = lead.docid();
    Xapian::docid next = did;
    for (std::size_t i = 0; i < others.size() && next == did; ++i) {
      others[i].skip_to(did);
      next = others[i].docid();
      if (next == 0) return matches;
    }
    if (next == did) {
      visit(did);
      ++matches;
      lead.next();
    } else {
      lead.skip_to(next);
    }
  }
  return matches;
}

bool count_by_postings(const Xapian::Database& db, const Xapian::Query& query,
                       const SearchRequest& request, std::shared_ptr<const FacetColumn> column,
                       const std::vector<Xapian::docid>& page, SearchResults& results) {
  if (!column || !covers(*column, db)) return false;
  const Conjunction factors = conjunction_of(query);
  if (factors.empty()) return false;
  CopyCounter copies(db, results.hits, page, column);
  if (results.collapsed && !copies.by_docid()) return false;
  std::optional<OrdinalFacetCounter> facets;
  if (request.facets) {
    facets.emplace(db, column);
    if (results.collapsed) facets->count_copies_too(copies);
  }
  std::function<void(Xapian::docid)> visit = [](Xapian::docid) {};
  if (facets)
    visit = [&](Xapian::docid did) { facets->count(did); };
  else if (results.collapsed)
    visit = [&](Xapian::docid did) { copies.count_docid(db, did); };
  results.total = walk_conjunction(db, factors, visit);
  results.total_exact = true;
  if (facets) {
    results.facets = facets->collect(request.facet_limit, true);
    add_actor_types(db, results.facets.actors);
  }
  if (results.collapsed) copies.fill(results.hits);
  return true;
}

}  // namespace lsearch
