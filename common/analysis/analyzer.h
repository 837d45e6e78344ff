// Analyzer: the one place that turns text into Xapian terms. The indexer calls
// index_text() through a TermGenerator it configured here; the searcher
// configures its QueryParser here. Both normalise first (normalizer.h), so the
// terms a query produces are the terms the index holds. Thread-safe (const).
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

#include "common/schema/fields.h"

namespace lsearch {

class Analyzer {
 public:
  Analyzer();

  // Index path: prepares a TermGenerator (stemmer, strategy) for a document.
  void configure(Xapian::TermGenerator& generator) const;
  // Normalises `text` and indexes it with the given term prefix and wdf
  // weight; returns the normalised text (the spelling vocabulary's source).
  std::string index_text(Xapian::TermGenerator& generator, std::string_view text,
                         Xapian::termcount wdf_inc = 1, const std::string& prefix = "") const;

  // Query path: the same stemmer and strategy, plus the stop words for query terms.
  void configure(Xapian::QueryParser& parser) const;
  // True for the words queries leave out (they still match inside phrases).
  bool is_stop_word(const std::string& normalized_word) const { return stopper_(normalized_word); }
  // Normalises a query string, keeping operators (AND, OR, NOT, NEAR...).
  std::string normalize_query(std::string_view query) const;

  // A new stemmer of the analysis language (not shared: Stem is not thread-safe).
  Xapian::Stem make_stemmer() const;
  // The indexed term for a normalised word: the stem marker "Z" + its stem (all terms are stemmed).
  static std::string term_for(const Xapian::Stem& stemmer, const std::string& normalized_word) {
    return std::string(field_spec(Field::kStem).prefix) + stemmer(normalized_word);
  }
  // Identifies every setting that changes terms; stored in the index metadata.
  std::string fingerprint() const;

 private:
  Xapian::SimpleStopper stopper_;
};

}  // namespace lsearch
