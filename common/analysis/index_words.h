// The words the index holds for a text, each with the bytes of the original
// text it came from: the text is normalised (normalize_text_mapped) and split
// by the rule Xapian 1.4's TermGenerator applies in Analyzer::index_text,
// written again here only because TermGenerator gives no offsets (the parity
// test compares the two on a table). The snippet highlighter reads words
// through it, so a highlight is a word the index has, on the original
// characters (accents, ligatures, full-width letters, Arabic, CJK).
// Thread-safe. Linear in the text's length. Runs of ASCII between two ASCII
// spaces (most of news text) take a path of their own that gives the same
// words without ICU (index_words_by_mapping is the reference tests compare it with).
#pragma once

#include <bitset>
#include <cstdint>
#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"

namespace lsearch {

// The terms TermGenerator makes of normalised text, before stemming, with
// their byte offsets in that text: Token::begin/end index `normalized`,
// Token::norm is the term. Words longer than Xapian's 64-byte limit are left
// out, as the index leaves them out.
std::vector<Token> split_index_words(std::string_view normalized);

// split_index_words(normalize_text(original)), with begin/end pointing into
// `original`; `numeric` is set, `capitalised` is not.
std::vector<Token> index_words(std::string_view original);
// The same words and offsets, but in runs of ASCII a word whose first term
// byte is not in `wanted` gets an empty norm: its term is not written (the
// snippet highlighter needs the terms only of the words that can match, and
// writing every term was a third of its reading; a test compares the two).
std::vector<Token> index_words(std::string_view original, const std::bitset<256>& wanted);
// The same through normalize_text_mapped and split_index_words on the whole text.
std::vector<Token> index_words_by_mapping(std::string_view original);

// index_words(original, wanted) in two lists: the bounds of every word, and the
// words whose norm is not empty, each with its place in `all`. The highlighter
// needs every word's bounds but the terms only of the words that can match, and
// a Token per word was a third of its cost (a test compares the two forms).
struct WordBounds {
  std::size_t begin = 0, end = 0;
};
struct SparseWords {
  std::vector<WordBounds> all;
  std::vector<Token> kept;
  std::vector<std::uint32_t> place;  // kept[k] is the word all[place[k]]
};
SparseWords index_words_sparse(std::string_view original, const std::bitset<256>& wanted);

namespace index_words_detail {
constexpr std::size_t kMaxWordLength = 64;  // TermGenerator's default max_word_length
unsigned word_char(unsigned ch);            // 0, or the lower-cased word character
bool is_digit(unsigned ch);
}  // namespace index_words_detail

}  // namespace lsearch
