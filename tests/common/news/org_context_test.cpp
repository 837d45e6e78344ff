// The organisation contexts of a lone word (common/news/org_context.h), and what the
// extractor makes of them.
#include "common/news/org_context.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "common/news/entity_extractor.h"

namespace lsearch {
namespace {

// The type of the actor `canonical` found in `text`; nullopt if none is.
std::optional<ActorType> actor_type(const std::string& text, const std::string& canonical) {
  static const Gazetteer g = Gazetteer::builtin();
  const auto found = EntityExtractor(g, NameLexicon::builtin()).extract(text);
  auto it = std::find_if(found.begin(), found.end(),
                         [&](const auto& m) { return m.canonical == canonical; });
  if (it == found.end()) return std::nullopt;
  return it->type;
}

}  // namespace

TEST_CASE("organisation contexts: held, a spokesman, a chairman or a board") {
  struct Row {
    std::string text;
    std::string word;  // as written
    bool organisation;
  };
  const std::vector<Row> rows = {
      {"analysts said shares of Rexnord fell", "Rexnord", true},
      {"Shares of Finmeccanica rose", "Finmeccanica", true},
      {"it raised its stake in Datarex to 9 pct", "Datarex", true},
      {"Benetton spokesman Luca Ricci", "Benetton", true},
      {"Thiokol's chairman will retire", "Thiokol's", true},
      {"Intel's chief executive said", "Intel's", true},
      {"Fiat said", "Fiat", false},                    // a reporting verb is the extractor's
      {"a spokesman for Blair said", "Blair", false},  // one speaks for a person
      {"Blair's plan", "Blair's", false},
      {"Benetton's spokesman", "Benetton's", false},  // a possessive spokesman: anyone's
      {"shares of\nRexnord", "Rexnord", false},       // a line between: a table's layout
      {"Blair spokesmen", "Blair", false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const std::vector<Token> tokens = tokenize(row.text);
    std::size_t pos = 0;
    while (pos < tokens.size() &&
           row.text.substr(tokens[pos].begin, tokens[pos].end - tokens[pos].begin) != row.word)
      ++pos;
    REQUIRE(pos < tokens.size());
    CHECK(organisation_context(row.text, tokens, pos) == row.organisation);
  }
}

TEST_CASE("a lone word in an organisation context is an organisation") {
  CHECK(actor_type("Shares of Finmeccanica rose 3 pct.", "Finmeccanica") ==
        ActorType::kOrganisation);  // "Shares" is no title that makes a person
  CHECK(actor_type("A Benetton spokesman said no.", "Benetton") == ActorType::kOrganisation);
  CHECK(actor_type("It said Thiokol's chairman would retire.", "Thiokol") ==
        ActorType::kOrganisation);
  // Common words, demonyms and short words are not taken: "the Treasury spokesman", "Australian
  // spokesman", "S&N's chief executive".
  CHECK(!actor_type("The Treasury spokesman said.", "Treasury").has_value());
  CHECK(!actor_type("An Australian spokesman said.", "Australian").has_value());
  CHECK(!actor_type("Tony Froggatt, S&N's chief executive, said.", "N").has_value());
  // "Tory" is the Conservative Party's (gazetteer), as the labellers read it: no lone "Tory".
  CHECK(actor_type("The Tory spokesman said.", "Conservative Party") == ActorType::kOrganisation);
}

}  // namespace lsearch
