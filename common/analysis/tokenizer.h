// Word tokens of the original text with their byte offsets and normalised
// form. Used where we need to point back into the text: entity extraction
// (capitalisation), date mentions, gazetteer keys. (The snippet highlighter
// reads the index's own words instead: index_words.h.) Thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lsearch {

struct Token {
  std::size_t begin = 0;     // byte offset in the original text
  std::size_t end = 0;       // one past the last byte
  std::string norm;          // normalize_text() of the token
  bool capitalised = false;  // first letter is upper-case in the original
  bool numeric = false;      // made of digits (and separators)
};

// ICU word-break tokens; spaces and punctuation are not tokens. ASCII text
// takes a fast path that gives the same tokens (tests compare them).
std::vector<Token> tokenize(std::string_view utf8);
// The same through ICU alone: the reference the fast path is tested against.
std::vector<Token> tokenize_with_icu(std::string_view utf8);

}  // namespace lsearch
