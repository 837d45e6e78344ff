#include "common/util/text_wrap.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/util/display_text.h"

namespace lsearch {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  for (std::size_t nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1)
    lines.push_back(text.substr(at, nl - at));
  lines.push_back(text.substr(at));
  return lines;
}

}  // namespace

TEST_CASE("display_width: columns a terminal gives each character") {
  struct Row {
    std::string text;
    std::size_t width;
  };
  const Row rows[] = {
      {"", 0},
      {"Haftar", 6},
      {"Haftar’s · forces", 17},    // curly quote and middle dot: one column each
      {"e\xcc\x81t\xc3\xa9", 3},    // e + combining acute, t, precomposed é
      {"利比亚", 6},                // CJK: two columns each
      {"ｆｕｌｌ", 8},              // fullwidth forms
      {"\xf0\x9f\x98\x80!", 3},     // an emoji (wide) and '!'
      {"\033[1;31mred\033[0m", 3},  // colour codes take no column
      {"a\xe2\x80\x8b"
       "b",
       2},           // zero-width space
      {"ليبيا", 5},  // Arabic letters
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(display_width(row.text) == row.width);
  }
}

TEST_CASE("wrap_to_width: lines at spaces, within the width, continuation indented") {
  const std::string line = "   Forces loyal to Khalifa Haftar advanced on Tripoli on Thursday";
  const std::string wrapped = wrap_to_width(line, 24, "   ");
  const std::vector<std::string> expected = {"   Forces loyal to", "   Khalifa Haftar",
                                             "   advanced on Tripoli", "   on Thursday"};
  CHECK(lines_of(wrapped) == expected);
  CHECK(wrap_to_width(line, 0, "   ") == line);    // not a terminal: unchanged
  CHECK(wrap_to_width(line, 200, "   ") == line);  // fits
}

TEST_CASE("wrap_to_width: never splits a UTF-8 sequence, a wide character or a colour code") {
  const std::string cjk = "   " + std::string(40, 'x') + " 利比亚国民军利比亚国民军利比亚国民军";
  for (std::size_t width : {10u, 11u, 12u, 13u, 20u}) {
    CAPTURE(width);
    const std::string wrapped = wrap_to_width(cjk, width, "   ");
    for (const auto& l : lines_of(wrapped)) {
      CAPTURE(l);
      CHECK(display_width(l) <= width);
      CHECK(display_text(l) == l);  // still valid UTF-8: nothing became U+FFFD
    }
    std::string joined;
    for (const auto& l : lines_of(wrapped)) joined += l.substr(3);
    std::string expected = cjk.substr(3);
    expected.erase(40, 1);  // the space at the break
    CHECK(joined == expected);
  }
  const std::string red = "   \033[1;31m" + std::string(30, 'h') + "\033[0m tail";
  const std::string wrapped = wrap_to_width(red, 12, "   ");
  CHECK(wrapped.find("\033[1;31m") != std::string::npos);
  CHECK(wrapped.find("\033[0m") != std::string::npos);
  for (const auto& l : lines_of(wrapped)) CHECK(display_width(l) <= 12);
  // A combining mark stays with its letter.
  const std::string marks = std::string(9, 'a') +
                            "e\xcc\x81"
                            "bc";
  const auto parts = lines_of(wrap_to_width(marks, 10, ""));
  REQUIRE(parts.size() == 2);
  CHECK(parts[0] == std::string(9, 'a') + "e\xcc\x81");
  CHECK(parts[1] == "bc");
}

}  // namespace lsearch
