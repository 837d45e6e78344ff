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

TEST_CASE("a name whose analyst or player is named beside it is an organisation's") {
  struct Row {
    std::string text;
    std::size_t begin, end;  // the name's tokens
    bool employs;
  };
  const std::vector<Row> rows = {
      {"according to Smith Barney livestock analyst Tom\nO'Hare.", 2, 4, true},
      {"GH Miller analyst Jerry Gidel said", 0, 2, true},
      {"Motley Crue guitarist Mick Mars is sued", 0, 2, true},
      {"said Robin Fuller, analyst for Agri Analysis. She added", 5, 7, true},
      {"Chuck Levitt, analyst for Shearson Lehman said", 4, 6, true},
      {"said Robin Fuller, an analyst.", 1, 3, false},                    // nobody named after it
      {"Smith Barney analysts said", 0, 2, false},                        // nor here
      {"Tom O'Hare, a senior livestock market analyst at", 0, 2, false},  // three modifiers
      {"Smith Barney. Analyst Tom O'Hare", 0, 2, false},                  // a sentence between
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const std::vector<Token> tokens = tokenize(row.text);
    REQUIRE(row.end <= tokens.size());
    CHECK(employs(row.text, tokens, row.begin, row.end) == row.employs);
  }
  CHECK(actor_type("cattle, Smith Barney livestock analyst Tom O'Hare said.", "Smith Barney") ==
        ActorType::kOrganisation);
  CHECK(actor_type("Chuck Levitt, analyst for Shearson Lehman, said so.", "Shearson Lehman") ==
        ActorType::kOrganisation);
  CHECK(actor_type("cattle, Smith Barney livestock analyst Tom O'Hare said.", "Tom O'Hare") ==
        ActorType::kPerson);
}

TEST_CASE("a name right before a newspaper's or a band's noun is the newspaper or the band") {
  struct Row {
    std::string text;
    std::size_t end;  // the token after the name
    bool named;
  };
  const std::vector<Row> rows = {
      {"quoted in today's Gazeta Mercantil\nnewspaper as saying", 5, true},
      {"the Motley Crue band", 3, true},
      {"the Evening Standard newspaper said", 3, true},
      {"the Evening Standard Newspaper Group", 3, false},  // capitalised: part of the name
      {"the Evening Standard, a newspaper", 3, false},
      {"Gordon Brown government", 2, false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const std::vector<Token> tokens = tokenize(row.text);
    CHECK(named_by_medium_after(row.text, tokens, row.end) == row.named);
  }
  CHECK(actor_type("was quoted in today's Gazeta Mercantil\nnewspaper as saying",
                   "Gazeta Mercantil") == ActorType::kOrganisation);
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

TEST_CASE("a name right before a Reuters ticker is a listed company's") {
  // Whether the name that ends before token `end` stands before a ticker.
  auto listed = [](const std::string& text, std::size_t end) {
    CAPTURE(text);
    const std::vector<Token> tokens = tokenize(text);
    REQUIRE(end < tokens.size());
    return before_ticker(text, tokens, end);
  };
  CHECK(listed("Texaco <TX> said", 1));
  CHECK(listed("said Lloyds Bank <LLOY.L> would", 3));
  CHECK(listed("agreement Citicorp's <CCI> Citibank", 2));
  CHECK(listed("owned by Turner\nBroadcasting System <TBS>.", 5));
  CHECK(listed("and Newmont Gold\n<NGC> increased", 3));  // the line wraps before the ticker
  CHECK_FALSE(listed("From: Mark A. Davis <mad@sprite.com>", 4));  // a post's address
  CHECK_FALSE(listed("said Texaco (TX) would", 2));
  CHECK_FALSE(listed("said Texaco, <TX> would", 2));
  CHECK_FALSE(listed("COUSINS HOME FURNISHINGS <CUZZ> GET CREDIT", 3));  // a headline in capitals
  // Read as people or not at all before: two uncommon words, a lone word, a place opening it.
  CHECK(actor_type("Earlier, Phillips Petroleum <P> raised prices.", "Phillips Petroleum") ==
        ActorType::kOrganisation);
  CHECK(actor_type("it holds nine pct of Viratek <VIRA>.", "Viratek") == ActorType::kOrganisation);
  CHECK(actor_type("Brooklyn Union Gas <BU>, a gas utility, said", "Brooklyn Union Gas") ==
        ActorType::kOrganisation);
  CHECK(actor_type("Mark A. Davis <mad@sprite.com> wrote:", "Mark A. Davis") == ActorType::kPerson);
}

}  // namespace lsearch
