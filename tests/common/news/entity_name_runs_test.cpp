// Table tests of pass 3 (common/news/entity_name_runs.cpp) where places open an
// organisation's name; its other rows are in entity_passes_test.cpp.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/news/entity_passes.h"
#include "common/news/place_evidence.h"

namespace lsearch {
namespace {

// The text of a token range.
std::string span(const std::string& text, const std::vector<Token>& tokens, std::size_t b,
                 std::size_t e) {
  return text.substr(tokens[b].begin, tokens[e - 1].end - tokens[b].begin);
}

}  // namespace

TEST_CASE("pass 3, places opening an organisation's name: dotted, governed, side by side") {
  struct Row {
    std::string text, organisation, place;  // the run read; the place alias left ("" none)
  };
  const std::vector<Row> rows = {
      // A country's public body keeps the country a place of the story.
      {"The U.S. Agriculture Department\nforecast", "U.S. Agriculture Department", "U.S"},
      {"a US Department of Energy lab", "US Department of Energy", "US"},
      // A firm or an agency with a name of its own absorbs its place.
      {"the official Kenya News\nAgency KNA said", "Kenya News\nAgency", "Kenya"},
      {"the New Zealand Rugby Football Union met", "New Zealand Rugby Football Union", ""},
      {"for the Lawrence Livermore National Laboratory, a lab",
       "Lawrence Livermore National Laboratory", ""},
      {"the Chicago Board of Trade said", "Chicago Board of Trade", ""},
      // A state university's campus is part of its name, and no place of the story.
      {"at the University of Alabama at Birmingham, a", "University of Alabama at Birmingham", ""},
      {"at the University of Colorado at Boulder\n", "University of Colorado at Boulder", ""},
      {"a student at the University of Texas at Austin said", "University of Texas at Austin", ""},
      {"the State University of New York said", "State University of New York", ""},
      {"University of Illinois at Urbana-Champaign\n", "University of Illinois",
       "Urbana | Champaign"},
      {"the University of Texas at Austin", "University of Texas at Austin", ""},
      // Elsewhere "at" still ends a name.
      {"the Bank of England at Threadneedle Street", "Bank of England", ""},
      // After "U.S." one word is a phrase's noun: no organisation.
      {"in Japan, U.S. Bank officials said", "", "Japan | U.S"},
      {"Volkswagen U.S. Inc said", "", "U.S"},
      {"The U.S. Agency also said", "", "U.S"},
  };
  const Gazetteer& gazetteer = Gazetteer::builtin();
  const NameLexicon& lexicon = NameLexicon::builtin();
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const std::vector<Token> tokens = tokenize(row.text);
    ExtractionCost cost;
    const auto capitals = name_capitals(row.text, tokens, lexicon);
    auto aliases = match_aliases(row.text, tokens, capitals, gazetteer, lexicon, cost);
    confirm_places(row.text, tokens, capitals, lexicon, gazetteer, aliases);
    const auto runs = find_name_runs(row.text, tokens, capitals, lexicon, gazetteer, aliases, cost);
    std::string organisation, place;
    for (const NameRun& run : runs)
      for (const NameReading& r : read_run(row.text, tokens, run, lexicon))
        if (r.type == ActorType::kOrganisation)
          organisation = span(row.text, tokens, r.begin, r.end);
    for (const AliasMatch& alias : aliases)
      if (gazetteer.entry(alias.entry).kind == EntityKind::kPlace)
        place += (place.empty() ? "" : " | ") + span(row.text, tokens, alias.begin, alias.end);
    CHECK(organisation == row.organisation);
    CHECK(place == row.place);
  }
}

}  // namespace lsearch
