#include "common/util/text.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace lsearch {

TEST_CASE("join: parts with the separator between them, none at the ends") {
  CHECK(join({}, ", ") == "");
  CHECK(join({"actor"}, ", ") == "actor");
  CHECK(join({"actor", "place", "source"}, ", ") == "actor, place, source");
  // Empty parts keep their place: a list of choices never loses one silently.
  CHECK(join({"", "b", ""}, "|") == "|b|");
  // Equal strings are distinct parts (the separator is not keyed on the value).
  CHECK(join({"x", "x"}, "+") == "x+x");
}

TEST_CASE("trim: ASCII white space and no-break spaces at both ends") {
  CHECK(trim("  a b \t\r\n") == "a b");
  CHECK(trim("\xC2\xA0\xC2\xA0word\xC2\xA0") == "word");
  CHECK(trim("") == "");
  CHECK(trim(" \n ") == "");
}

TEST_CASE("split_lines and split keep empty parts") {
  CHECK(split_lines("a\r\n\nb") == std::vector<std::string_view>{"a", "", "b"});
  CHECK(split_lines("a\n") == std::vector<std::string_view>{"a", ""});
  CHECK(split("a\t\tb", '\t') == std::vector<std::string_view>{"a", "", "b"});
  CHECK(split("", ',') == std::vector<std::string_view>{""});
}

TEST_CASE("repair_utf8 replaces each invalid sequence and counts it") {
  std::string text = "ok \xFF and \xC3";
  CHECK(repair_utf8(text) == 2);
  CHECK(text == "ok \xEF\xBF\xBD and \xEF\xBF\xBD");
  std::string good = "Tripoli \xD8\xB7\xD8\xB1\xD8\xA7\xD8\xA8\xD9\x84\xD8\xB3";
  const std::string before = good;
  CHECK(repair_utf8(good) == 0);
  CHECK(good == before);
}

TEST_CASE("fold_spaces: Unicode spaces become ' ', zero-width characters and BOMs go") {
  CHECK(fold_spaces("a\xC2\xA0"
                    "b") == "a b");
  CHECK(fold_spaces("a\xE2\x80\x89"
                    "b\xE2\x80\xAF"
                    "c") == "a b c");
  CHECK(fold_spaces("a\xE2\x80\x8B"
                    "b\xEF\xBB\xBF"
                    "c") == "abc");
  CHECK(fold_spaces("\xE2\x80\x94") == "\xE2\x80\x94");  // an em dash is not a space
}

TEST_CASE("looks_binary: a NUL, or more than a tenth control bytes") {
  CHECK(looks_binary(std::string("text\0more", 9)));
  CHECK(looks_binary("\x01\x02\x03 ab"));
  CHECK_FALSE(looks_binary("a line\nanother\ttab\r\n"));
  CHECK_FALSE(looks_binary(""));
}

TEST_CASE("title_case_if_shouting: only all-caps text changes; short words stay") {
  CHECK(title_case_if_shouting("AL JAZEERA") == "Al Jazeera");
  CHECK(title_case_if_shouting("UN ENVOY MEETS HAFTAR'S AIDES") == "UN Envoy Meets Haftar's Aides");
  CHECK(title_case_if_shouting("Mixed CASE stays") == "Mixed CASE stays");
}

}  // namespace lsearch
