// split_index_words and index_words_by_mapping (index_words.h): Xapian 1.4's
// word rule on normalised text, the reference index_words' ASCII path is
// tested against.
#include <xapian.h>

#include <limits>

#include "common/analysis/index_words.h"
#include "common/analysis/normalized_text.h"

namespace lsearch {

namespace U = Xapian::Unicode;

namespace index_words_detail {

// What follows mirrors termgenerator_internal.cc (Xapian 1.4, without CJK n-grams, which
// Analyzer does not turn on; its initials rule needs upper case, which normalised text lacks).
unsigned word_char(unsigned ch) {
  return U::is_wordchar(ch) ? U::tolower(ch) : 0;
}

bool is_digit(unsigned ch) {
  return U::get_category(ch) == U::DECIMAL_DIGIT_NUMBER;
}

}  // namespace index_words_detail

using index_words_detail::is_digit;
using index_words_detail::kMaxWordLength;
using index_words_detail::word_char;

namespace {

constexpr unsigned kIgnore = std::numeric_limits<unsigned>::max();

bool is_zero_width(unsigned ch) {
  return ch >= 0x200b && (ch <= 0x200d || ch == 0x2060 || ch == 0xfeff);
}

// Joins two word characters into one word (AT&T, o'brien), '\'' for the curly apostrophes.
unsigned infix(unsigned ch) {
  if (ch == '\'' || ch == '&' || ch == 0xb7 || ch == 0x5f4 || ch == 0x2027) return ch;
  if (ch == 0x2019 || ch == 0x201b) return '\'';
  return is_zero_width(ch) ? kIgnore : 0;
}

// Joins two digits into one number (1,000.5).
unsigned infix_digit(unsigned ch) {
  switch (ch) {
    case ',':
    case '.':
    case ';':
    case 0x037e:
    case 0x0589:
    case 0x060d:
    case 0x07f8:
    case 0x2044:
    case 0xfe10:
    case 0xfe13:
    case 0xfe14:
      return ch;
    default:
      return is_zero_width(ch) ? kIgnore : 0;
  }
}

// Reads the word whose first character `it` is at (`ch`, lower-cased) into
// `term`, leaving `it` after it; returns where the term's bytes end.
const char* read_word(Xapian::Utf8Iterator& it, unsigned ch, std::string& term) {
  const Xapian::Utf8Iterator end;
  while (true) {
    unsigned previous = 0;
    do {
      U::append_utf8(term, ch);
      previous = ch;
      if (++it == end) return nullptr;
      ch = word_char(*it);
    } while (ch != 0);
    Xapian::Utf8Iterator next = it;
    if (++next == end) break;
    const unsigned next_ch = word_char(*next);
    if (next_ch == 0) break;
    const unsigned joiner = is_digit(previous) && is_digit(*next) ? infix_digit(*it) : infix(*it);
    if (joiner == 0) break;
    if (joiner != kIgnore) U::append_utf8(term, joiner);
    ch = next_ch;
    it = next;
  }
  // Up to three '+' or '#' end a word (c++, c#), unless a word character follows (fish+chips).
  const std::size_t length = term.size();
  const char* term_end = it.raw();
  for (unsigned count = 0; *it == '+' || *it == '#';) {
    if (++count > 3) {
      term.resize(length);
      return term_end;
    }
    U::append_utf8(term, *it);
    if (++it == end) return nullptr;
  }
  if (U::is_wordchar(*it)) {
    term.resize(length);
    return term_end;
  }
  return it.raw();
}

}  // namespace

std::vector<Token> split_index_words(std::string_view normalized) {
  std::vector<Token> words;
  const Xapian::Utf8Iterator end;
  Xapian::Utf8Iterator it(normalized.data(), normalized.size());
  while (it != end) {
    const unsigned ch = word_char(*it);
    if (ch == 0) {
      ++it;
      continue;
    }
    Token word;
    word.begin = static_cast<std::size_t>(it.raw() - normalized.data());
    const char* term_end = read_word(it, ch, word.norm);
    word.end = term_end == nullptr ? normalized.size()
                                   : static_cast<std::size_t>(term_end - normalized.data());
    word.numeric = is_digit(*Xapian::Utf8Iterator(word.norm));
    if (word.norm.size() <= kMaxWordLength) words.push_back(std::move(word));
  }
  return words;
}

std::vector<Token> index_words_by_mapping(std::string_view original) {
  if (original.size() > std::numeric_limits<std::uint32_t>::max()) return {};
  const NormalizedText normalized = normalize_text_mapped(original);
  std::vector<Token> words = split_index_words(normalized.text);
  for (Token& word : words) {
    word.begin = normalized.source_begin[word.begin];
    word.end = normalized.source_end[word.end - 1];
  }
  return words;
}

}  // namespace lsearch
