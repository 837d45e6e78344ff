#include "common/util/display_text.h"

#include <doctest/doctest.h>

#include <unicode/utf8.h>

#include <random>
#include <string>
#include <vector>

namespace lsearch {

TEST_CASE("display_text: content cannot drive the terminal or break the line") {
  struct Row {
    std::string input, expected;
  };
  const Row rows[] = {
      {"Haftar’s forces retreat", "Haftar’s forces retreat"},
      {"", ""},
      {"back\\slash kept", "back\\slash kept"},
      // ESC-based sequences: CSI clear screen, OSC window title, OSC 8 link.
      {"a\x1b[2Jb", "a\\x1B[2Jb"},
      {"\x1b]0;pwned\x07title", "\\x1B]0;pwned\\x07title"},
      {"\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\",
       "\\x1B]8;;http://evil\\x1B\\click\\x1B]8;;\\x1B\\"},
      {"bell\x07 back\x08space nul", "bell\\x07 back\\x08space nul"},
      {std::string("nul\0byte", 8), "nul\\x00byte"},
      {"del\x7f", "del\\x7F"},
      // C1 controls: CSI (U+009B) and NEL (U+0085, a line break: a space).
      {"c1\xc2\x9b"
       "2J",
       "c1\\u009B2J"},
      {"a\xc2\x85"
       "b",
       "a b"},
      // Line breaks and tabs collapse with the spaces around them: no forged lines.
      {"Title\n2. Forged hit", "Title 2. Forged hit"},
      {"a \r\n\t b", "a b"},
      {"tab\tsep", "tab sep"},
      {"line\xe2\x80\xa8sep", "line sep"},
      {"trailing\n", "trailing "},
      {"two  spaces kept", "two  spaces kept"},
      // Bidi overrides, embeddings, isolates and marks are removed.
      {"abc\xe2\x80\xae"
       "fed",
       "abcfed"},
      {"\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad", ""},
      {"x\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9y", "xy"},
      {"\xe2\x80\x8e\xe2\x80\x8f\xd8\x9c"
       "ok",
       "ok"},
      {"طرابلس", "طرابلس"},
      // Invalid UTF-8 becomes U+FFFD, never half a character.
      {"bad\xff", "bad\xef\xbf\xbd"},
      {"cut\xe2\x80", "cut\xef\xbf\xbd"},
      {"\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input);
    CHECK(display_text(row.input) == row.expected);
  }
}

TEST_CASE("display_text: no byte of the output is a control character") {
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  all += "\xc2\x80\xc2\x9f";
  for (char c : display_text(all)) {
    auto u = static_cast<unsigned char>(c);
    CHECK((u >= 0x20 && u != 0x7F));
  }
}

namespace {

// append_display_text one character at a time, as it was before runs of
// printable ASCII were copied whole: the reference the fast path must equal.
std::string display_by_character(std::string_view content) {
  std::string out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(content.data());
  const auto length = static_cast<int32_t>(content.size());
  bool after_break = false;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f' || c == 0x85 || c == 0x2028 ||
        c == 0x2029) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out.push_back(' ');
      after_break = true;
      continue;
    }
    if (c == ' ' && after_break) continue;
    after_break = false;
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      const char* hex = "0123456789ABCDEF";
      out += std::string(c < 0x80 ? "\\x" : "\\u00") + hex[(c >> 4) & 0xF] + hex[c & 0xF];
    } else if (!((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
                 c == 0x200F || c == 0x061C)) {
      out.append(content.data() + start, static_cast<std::size_t>(i - start));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("display_text: runs of printable ASCII give what one character at a time gives") {
  const std::vector<std::string> alphabet = {
      "a",      "Z",      " ",      " ",      "  ",   "\n",   "\t",       "\r\n",   "\v",
      "\f",     "~",      "\x7F",   "\x1B",   "\x01", "\\",   "\u0085",   "\u2028", "\u2029",
      "\u202E", "\u200F", "\u009B", "\u00E9", "\xFF", "\xC3", "\xE2\x80", "."};
  std::mt19937 random(1503);
  std::uniform_int_distribution<std::size_t> length(0, 30), some(0, alphabet.size() - 1);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) text += alphabet[some(random)];
    CAPTURE(text);
    REQUIRE(display_text(text) == display_by_character(text));
  }
}

TEST_CASE("append_display_text appends") {
  std::string out = "1. ";
  append_display_text(out, "a\nb");
  CHECK(out == "1. a b");
}

TEST_CASE("line_field_text: one field of one line, reversibly") {
  struct Row {
    std::string input, expected;
  };
  const Row rows[] = {
      {"seed/000_e50b9389b7aca812.txt", "seed/000_e50b9389b7aca812.txt"},
      {"id with space", "id%20with%20space"},
      {"id\nnewline", "id%0Anewline"},
      {"id\ttab\r", "id%09tab%0D"},
      {"percent%41", "percent%2541"},
      {"esc\x1b[2J\x7f", "esc%1B[2J%7F"},
      {"c1\xc2\x9b", "c1%C2%9B"},
      {"bidi\xe2\x80\xaetxt", "bidi%E2%80%AEtxt"},
      {"bad\xff", "bad%FF"},
      {"Salam\xc3\xa9/\xd8\xb7", "Salam\xc3\xa9/\xd8\xb7"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input);
    CHECK(line_field_text(row.input) == row.expected);
  }
}

}  // namespace lsearch
