// Snippets and highlights, computed with the index's own words: the text is
// split as the index splits it (common/analysis/index_words: the normaliser,
// then TermGenerator's word rule) and stemmed with the index's stemmer, so
// whatever matched is what gets highlighted, on the original characters:
// "Haftar’s" for haftar, "graves" for grave, "Salamé" for salame, "ﬁnance"
// for finance, and every alias of an entity filter ("Field Marshal Haftar"
// for --actor hifter). Adjacent matches merge, so a phrase is one highlight.
#pragma once

#include <xapian.h>

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/analysis/analyzer.h"
#include "common/analysis/index_words.h"
#include "common/analysis/tokenizer.h"
#include "lsearch/searcher.h"

namespace lsearch {

class HighlightTerms {
 public:
  HighlightTerms(const Xapian::Query& query, const Analyzer& analyzer);
  // Alias keys ("khalifa haftar") of entities to highlight as whole names.
  void add_alias_keys(const std::vector<std::string>& keys);

  // Per token: kNoMatch, kQueryMatch (a query word) or kAliasMatch (an entity name).
  static constexpr std::uint8_t kNoMatch = 0, kQueryMatch = 1, kAliasMatch = 2;
  std::vector<std::uint8_t> match(std::string_view text, const std::vector<Token>& tokens) const;
  // The same per kept word of index_words_sparse (words turned away never match;
  // an alias runs only over words that are neighbours in `words.all`).
  std::vector<std::uint8_t> match(std::string_view text, const SparseWords& words) const;
  // The first bytes a word's term can have to match (a query word, a word
  // stemmed, a word of an alias key): the terms of other words are not read
  // (index_words' filter; a word with an empty norm never matches).
  const std::bitset<256>& first_bytes() const { return first_bytes_; }
  // False when an alias key has an empty word ("a  b", "a "): such a key could
  // take in a turned-away word, so the highlighter then keeps every word.
  bool keys_skip_no_word() const { return keys_skip_no_word_; }

 private:
  bool is_query_word(const std::string& norm) const;
  template <typename Neighbours>
  std::vector<std::uint8_t> match_words(std::string_view text, const std::vector<Token>& tokens,
                                        Neighbours&& neighbours) const;

  std::unordered_set<std::string> words_, stems_, alias_keys_, alias_prefixes_;
  // The first bytes of stems_: a word starting with no other is not stemmed (is_query_word).
  std::bitset<256> stem_starts_;
  std::bitset<256> first_bytes_;
  std::size_t longest_alias_ = 0;
  bool keys_skip_no_word_ = true;
  mutable Xapian::Stem stemmer_;
  // Words already looked at: stemming every token of every hit is the costly part.
  mutable std::unordered_map<std::string, bool> seen_;
};

// The best passage of about `max_bytes` (most distinct query words, then
// entity names, then matches), with
// "…" where it was cut. Without a match: the start of the text.
Snippet make_snippet(std::string_view text, const HighlightTerms& terms, std::size_t max_bytes);

// Every match in `text` (for titles).
std::vector<Highlight> highlight_all(std::string_view text, const HighlightTerms& terms);

}  // namespace lsearch
