#include "common/analysis/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>

namespace lsearch {
namespace {

constexpr UChar32 kTatweel = 0x0640;

// Maps one code point before case folding; returns -1 to drop it.
// clang-format off
UChar32 fold_char(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x2032: case 0x02BC: case 0x00B4: case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
      return '-';
    case kTatweel:
      return -1;
    case 0x0671:  // alef wasla
    case 0x0672: case 0x0673: case 0x0675:
      return 0x0627;
    case 0x0629:  // teh marbuta -> heh
      return 0x0647;
    case 0x0649:  // alef maqsura -> yeh
      return 0x064A;
    default:
      return c;
  }
}
// clang-format on

icu::UnicodeString fold(const icu::UnicodeString& input) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return input;

  icu::UnicodeString text = nfkc->normalize(input, status);
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = fold_char(text.char32At(i));
    if (c >= 0) mapped.append(c);
  }
  mapped.foldCase();
  icu::UnicodeString decomposed = nfd->normalize(mapped, status);
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
  }
  icu::UnicodeString out = nfc->normalize(stripped, status);
  return U_FAILURE(status) ? input : out;
}

bool is_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || u >= 0x80;
}

// Drops possessive 's and trailing s' so that "haftar's" and "haftar" index alike.
std::string strip_possessives(const std::string& s) {
  std::string out;
  out.reserve(s.size());
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
    out.push_back(s[i]);
  }
  return out;
}

bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}

// Joins dotted acronyms of single letters: "u.n." -> "un", "u.s.a" -> "usa".
std::string join_acronyms(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    std::string letters;
    std::size_t j = i;
    bool starts_word = i == 0 || !is_word_byte(s[i - 1]);
    // Each step takes one lone letter, then a dot that must lead to the next lone letter.
    while (starts_word && j < n && is_ascii_lower(s[j]) &&
           (j + 1 == n || !is_word_byte(s[j + 1]))) {
      letters.push_back(s[j++]);
      if (j < n && s[j] == '.') {
        ++j;
        if (j < n && is_ascii_lower(s[j])) continue;
      }
      break;
    }
    if (letters.size() >= 2) {
      out += letters;
      i = j;
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_word_byte_any_case(char c) {
  return is_word_byte(c) || is_ascii_upper(c);
}

std::string fold_with_icu(std::string_view utf8) {
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::string folded;
  fold(in).toUTF8String(folded);
  return folded;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

bool is_query_operator(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kOps = {"AND", "OR",   "NOT",
                                                           "XOR", "NEAR", "ADJ"};
  for (auto op : kOps)
    if (word == op) return true;
  return false;
}

// Most news text is ASCII: whitespace-separated segments without a byte >= 0x80
// are folded here exactly as ICU would fold them (tested); the rest go to ICU.
std::string normalize_text(std::string_view utf8) {
  std::string folded;
  folded.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) {
    if (is_ascii_space(utf8[i])) {
      folded.push_back(utf8[i++]);
      continue;
    }
    std::size_t j = i;
    bool ascii = true;
    while (j < utf8.size() && !is_ascii_space(utf8[j])) {
      ascii = ascii && static_cast<unsigned char>(utf8[j]) < 0x80;
      ++j;
    }
    if (ascii) {
      for (std::size_t k = i; k < j; ++k) {
        char c = utf8[k];
        if (c >= 'A' && c <= 'Z')
          c = static_cast<char>(c - 'A' + 'a');
        else if (c == '`')
          c = '\'';
        folded.push_back(c);
      }
    } else {
      folded += fold_with_icu(utf8.substr(i, j - i));
    }
    i = j;
  }
  return join_acronyms(strip_possessives(folded));
}

std::string normalize_query(std::string_view utf8) {
  std::string out;
  std::size_t segment_start = 0;
  std::size_t i = 0;
  while (i < utf8.size()) {
    bool word_start = is_ascii_upper(utf8[i]) && (i == 0 || !is_word_byte_any_case(utf8[i - 1]));
    if (!word_start) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < utf8.size() && is_word_byte_any_case(utf8[j])) ++j;
    if (is_query_operator(utf8.substr(i, j - i))) {
      out += normalize_text(utf8.substr(segment_start, i - segment_start));
      out += utf8.substr(i, j - i);
      segment_start = j;
    }
    i = j;
  }
  out += normalize_text(utf8.substr(segment_start));
  return out;
}

}  // namespace lsearch
