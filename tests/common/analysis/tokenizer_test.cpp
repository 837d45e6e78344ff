#include "common/analysis/tokenizer.h"

#include <doctest/doctest.h>

#include "common/analysis/normalizer.h"

namespace lsearch {

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

TEST_CASE("invalid UTF-8 does not break tokenizing") {
  auto tokens = tokenize("good \xC3\x28 words");
  CHECK(tokens.size() >= 2);
  CHECK(tokens.front().norm == "good");
  CHECK(tokens.back().norm == "words");
}

}  // namespace lsearch
