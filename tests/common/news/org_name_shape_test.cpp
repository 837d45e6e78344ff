// Table tests of the shape of an organisation's name (common/news/org_name_shape.h).
#include "common/news/org_name_shape.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace lsearch {

TEST_CASE("organisation shape: a head noun or suffix ends it, or a head noun governs it") {
  struct Row {
    std::string text;
    bool organisation;
  };
  const std::vector<Row> rows = {
      {"Foreign Office", true},       {"Toyota Motor Corp", true},
      {"Department of Energy", true}, {"Bank of England", true},
      {"Gordon Brown", false},        {"Office", false},
      {"Minister of Energy", false},  {"Institute of Technology", true},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const std::vector<Token> tokens = tokenize(row.text);
    CHECK(organisation_shape(tokens, 0, tokens.size(), NameLexicon::builtin()) == row.organisation);
  }
}

TEST_CASE("a dotted abbreviation's full stop does not end the name it opens") {
  struct Row {
    std::string text;
    bool stop;  // between the first two tokens
  };
  const std::vector<Row> rows = {
      {"U.S. Agriculture Department", true},
      {"U.K. Treasury", true},
      {"the U.S.\nAgriculture", false},  // a line break after the stop ends a sentence as well
      {"US Agriculture", false},         // no stop at all: name_span's rule joins these
      {"Inc. Shares", false},            // a word's full stop is a sentence's
      {"A. Davis", false},               // one initial: abbreviation_stop's case
      {"U.S.A. Inc", true},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const std::vector<Token> tokens = tokenize(row.text);
    REQUIRE(tokens.size() >= 2);
    const std::size_t first = row.text.starts_with("the ") ? 1 : 0;
    CHECK(dotted_abbreviation_stop(row.text, tokens[first], tokens[first + 1]) == row.stop);
  }
}

TEST_CASE("an acronym after a name that spells its initials names it, and is no part of it") {
  struct Row {
    std::string text;
    bool spelt;
  };
  const std::vector<Row> rows = {
      {"Kenya News Agency KNA", true},
      {"Food and Drug Administration FDA", true},  // connectors spell nothing
      {"Kenya News Agency BBC", false},
      {"News Agency KNA", false},        // its initials are NA, not KNA
      {"Kenya News Agency Kna", false},  // an acronym shouts
      {"News NA", false},                // too short to tell
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const std::vector<Token> tokens = tokenize(row.text);
    CHECK(spelt_by_last(row.text, tokens, 0, tokens.size(), NameLexicon::builtin()) == row.spelt);
  }
}

}  // namespace lsearch
