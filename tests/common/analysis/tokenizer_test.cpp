#include "common/analysis/tokenizer.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "common/analysis/normalizer.h"

namespace lsearch {
namespace {

// The ASCII fast path must give exactly ICU's tokens.
void check_same_as_icu(const std::string& text) {
  CAPTURE(text);
  const std::vector<Token> fast = tokenize(text);
  const std::vector<Token> icu = tokenize_with_icu(text);
  REQUIRE(fast.size() == icu.size());
  for (std::size_t i = 0; i < fast.size(); ++i) {
    CAPTURE(i);
    CHECK(fast[i].begin == icu[i].begin);
    CHECK(fast[i].end == icu[i].end);
    CHECK(fast[i].norm == icu[i].norm);
    CHECK(fast[i].capitalised == icu[i].capitalised);
    CHECK(fast[i].numeric == icu[i].numeric);
  }
}

}  // namespace

TEST_CASE("tokens point back into the original text") {
  std::string text = "Haftar\u2019s forces took Gharyan, 80 km away.";
  auto tokens = tokenize(text);
  REQUIRE(tokens.size() == 7);
  CHECK(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) == "Haftar\u2019s");
  CHECK(tokens[0].norm == "haftar");
  CHECK(tokens[0].capitalised);
  CHECK_FALSE(tokens[1].capitalised);
  CHECK(tokens[4].numeric);
  CHECK(tokens[4].norm == "80");
}

TEST_CASE("the ASCII fast path agrees with normalize_text") {
  for (const char* word : {"Haftar's", "forces'", "UN", "Tripoli", "don't", "x's"}) {
    std::string word_text = word;
    CAPTURE(word_text);
    auto tokens = tokenize(word);
    REQUIRE(tokens.size() == 1);
    CHECK(tokens[0].norm == normalize_text(word));
  }
}

TEST_CASE("the ASCII fast path gives ICU's tokens: tricky cases") {
  for (const char* text : {"U.S. forces",
                           "e.g., i.e.",
                           "Haftar's",
                           "'tis the rebels'",
                           "1,000.5 barrels",
                           "3:30 p.m.",
                           "G7 1st 2nd 4x4 a1b2",
                           "snake_case _lead trail_ __",
                           "user@example.com @UN",
                           "a.1 1.a 1.5a a.b.c",
                           "\"quoted\" words",
                           "rock'n'roll",
                           "x;y 1;2 x:y 1:2",
                           "..., ;;; '' \"\"",
                           "end.",
                           "A",
                           "7",
                           "",
                           "tab\tseparated\nlines\r\n",
                           "mid-day (UN) [Libya] {x} a/b a+b",
                           "1'000 1''2 a''b a..b 1..2"})
    check_same_as_icu(text);
}

TEST_CASE("the ASCII fast path gives ICU's tokens: random strings") {
  const std::string alphabet = "aZk9 0.,;:'\"_@-\n/()$#";
  std::mt19937 random(20261123);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1), length(1, 14);
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (std::size_t k = length(random); k > 0; --k) text += alphabet[pick(random)];
    check_same_as_icu(text);
  }
}

TEST_CASE("the ASCII fast path gives ICU's tokens: the seed articles' ASCII lines") {
  std::size_t lines = 0;
  for (const auto& entry : std::filesystem::directory_iterator(LSEARCH_SOURCE_DIR "/corpus/seed")) {
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      bool ascii = true;
      for (char c : line) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
      if (!ascii) continue;
      check_same_as_icu(line);
      ++lines;
    }
  }
  CHECK(lines > 50);
}

TEST_CASE("invalid UTF-8 does not break tokenizing") {
  auto tokens = tokenize("good \xC3\x28 words");
  CHECK(tokens.size() >= 2);
  CHECK(tokens.front().norm == "good");
  CHECK(tokens.back().norm == "words");
}

}  // namespace lsearch
