// Analyzer: the one place that turns text into Xapian terms. The indexer calls
// index_text() through a TermGenerator it configured here; the searcher
// configures its QueryParser here. Both normalise first (normalizer.h), so the
// terms a query produces are the terms the index holds. Thread-safe (const).
#pragma once

#include <xapian.h>

#include <span>
#include <string>
#include <string_view>

#include "common/schema/fields.h"

namespace lsearch {

class Analyzer {
 public:
  // Index path: prepares a TermGenerator (stemmer, strategy) for a document.
  void configure(Xapian::TermGenerator& generator) const;
  // Normalises `text` and indexes it with the given term prefix and wdf
  // weight; returns the normalised text (the spelling vocabulary's source).
  // Unpositioned words (below) are indexed without positions.
  std::string index_text(Xapian::TermGenerator& generator, std::string_view text,
                         Xapian::termcount wdf_inc = 1, const std::string& prefix = "") const;

  // Query path: the same stemmer and strategy, plus the stop words for query terms.
  void configure(Xapian::QueryParser& parser) const;
  // True for the words queries leave out (phrases skip them, see positional_query.h).
  bool is_stop_word(const std::string& normalized_word) const { return stopper_(normalized_word); }
  // Words indexed without positions: the stop words. They hold a fifth of all
  // position lists (16 bytes each in glass; README, index size) and phrases do
  // not need them to be precise; the term is still indexed, with its wdf.
  // Numbers keep theirs: "1.5 billion dlrs" stays exact (they cost 2 MB of 62).
  bool is_unpositioned(const std::string& normalized_word) const {
    return is_stop_word(normalized_word);
  }
  // True for an indexed term ("Z" + prefix + stem) that may lack positions:
  // the stem of a stop word. A word sharing that stem ("doe" and "does") makes
  // a phrase more lenient, never miss.
  bool is_unpositioned_term(const std::string& term) const;
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

  // The stop words and their stems, sorted (tables: a process computes nothing to start).
  static std::span<const std::string_view> stop_words();
  static std::span<const std::string_view> stop_stems();

 private:
  // The QueryParser's stopper: a binary search in the stop-word table.
  class StopWords : public Xapian::Stopper {
   public:
    bool operator()(const std::string& word) const override;
  };
  StopWords stopper_;
};

}  // namespace lsearch
