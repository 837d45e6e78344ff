// The byte-level steps of normalize_text that follow ICU's folding, shared by
// the normaliser and by index_words' ASCII path (common/analysis/index_words),
// so the two cannot drift apart. Internal to common/analysis. Thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lsearch::normalizer_detail {

// The whitespace normalize_text splits text at: each run between two is folded alone.
constexpr bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// ICU's folding of one ASCII byte (tested against ICU): lower case, '`' as an apostrophe.
inline char fold_ascii_byte(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c == '`' ? '\'' : c;
}

inline bool is_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || u >= 0x80;
}

// Drops possessive 's and trailing s' so that "haftar's" and "haftar" index alike.
// Calls keep(i) for each byte of `s` that stays, in order.
template <typename Keep>
void strip_possessives(const std::string& s, Keep&& keep) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\'' && i > 0 && is_word_byte(s[i - 1])) {
      bool s_follows = i + 1 < s.size() && s[i + 1] == 's';
      std::size_t after = s_follows ? i + 2 : i + 1;
      bool at_word_end = after >= s.size() || !is_word_byte(s[after]);
      if (s_follows && at_word_end) {  // haftar's -> haftar
        ++i;
        continue;
      }
      if (!s_follows && at_word_end && s[i - 1] == 's') continue;  // forces' -> forces
    }
    keep(i);
  }
}

inline bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}

// Joins dotted acronyms of single letters: "u.n." -> "un", "u.s.a" -> "usa".
// Calls keep(i) for each byte of `s` that stays, in order.
template <typename Keep>
void join_acronyms(const std::string& s, Keep&& keep) {
  const std::size_t n = s.size();
  std::size_t i = 0;
  std::vector<std::size_t> letters;
  while (i < n) {
    letters.clear();
    std::size_t j = i;
    bool starts_word = i == 0 || !is_word_byte(s[i - 1]);
    // Each step takes one lone letter, then a dot that must lead to the next lone letter.
    while (starts_word && j < n && is_ascii_lower(s[j]) &&
           (j + 1 == n || !is_word_byte(s[j + 1]))) {
      letters.push_back(j++);
      if (j < n && s[j] == '.') {
        ++j;
        if (j < n && is_ascii_lower(s[j])) continue;
      }
      break;
    }
    if (letters.size() >= 2) {
      for (std::size_t letter : letters) keep(letter);
      i = j;
    } else {
      keep(i++);
    }
  }
}

}  // namespace lsearch::normalizer_detail
