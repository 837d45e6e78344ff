// The one word rule for query text and the vocabulary: what a word is (runs of a-z, 0-9, ' and
// any non-ASCII byte, in normalised text, without apostrophes at its edges) and, for queries,
// the syntax around the words. The query builder (proximity words, the last-resort parse),
// wildcards, "did you mean" and the indexer's spelling vocabulary all read words through here,
// so that no two of them disagree on a word. Thread-safe (pure functions).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace lsearch {

// A byte of a word in normalised (lower-cased) text.
constexpr bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Calls `on_word(std::string_view)` for every word of normalised text, in order.
template <typename OnWord>
void for_each_word(std::string_view text, OnWord&& on_word) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_word_byte(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && is_word_byte(text[j])) ++j;
    std::string_view word = text.substr(i, j - i);
    while (!word.empty() && word.front() == '\'') word.remove_prefix(1);
    while (!word.empty() && word.back() == '\'') word.remove_suffix(1);
    if (!word.empty()) on_word(word);
    i = j;
  }
}

enum class QueryTokenKind {
  kWord,      // a word (the rule above)
  kOperator,  // AND OR NOT XOR NEAR ADJ, also NEAR/3 (normalize_query keeps them upper-case)
  kPrefix,    // a field name with its colon: "title:" (text holds "title")
  kQuote,     // "
  kStar,      // * (a wildcard when it touches the end of a word)
  kSpace,     // a run of spaces
  kOther,     // anything else: ( ) + - punctuation, stray upper-case words
};

struct QueryToken {
  QueryTokenKind kind;
  std::string_view text;   // a view into the lexed string
  std::size_t begin = 0;   // byte offset in the lexed string
  bool in_phrase = false;  // inside "..."
  std::string_view
      field;  // for the value of a field (title:mark, actor:"khalifa haftar"): its name
};

// Tokens of a normalised query (Analyzer::normalize_query); their texts tile the input.
std::vector<QueryToken> lex_query(std::string_view normalized);

// The next token after `i` that is not a space, or nullptr.
const QueryToken* next_solid(const std::vector<QueryToken>& tokens, std::size_t i);
// The token before `i` that is not a space, or nullptr.
const QueryToken* previous_solid(const std::vector<QueryToken>& tokens, std::size_t i);

}  // namespace lsearch
