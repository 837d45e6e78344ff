// Table tests of the edge rules of names (common/news/name_edges.h).
#include "common/news/name_edges.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace lsearch {

TEST_CASE("name edges: tickers, sentence starts, possessives, coordinations, joins") {
  struct Row {
    std::string text;
    std::size_t token;  // the token the rules are asked about
    bool ticker, sentence_initial, possessive, coordinates, joined_to_next;
  };
  const std::vector<Row> rows = {
      {"CSR Ltd <CSRA.S> said", 2, true, false, false, false, false},
      {"<Pioneer Sugar Mills Ltd> said", 0, false, false, false, false, true},
      {"Rates fell. Blair's plan", 2, false, true, true, false, true},
      {"Procter & Gamble", 1, false, false, false, true, false},
      {"Sarkozy and Cameron", 1, false, false, false, true, true},
      {"the Bank of\n  England said", 2, false, false, false, false, true},
      {"the Bank\n\n\nEngland", 1, false, false, false, false, false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const std::vector<Token> tokens = tokenize(row.text);
    REQUIRE(row.token < tokens.size());
    const Token& t = tokens[row.token];
    CHECK(is_ticker(row.text, t) == row.ticker);
    CHECK(sentence_initial(row.text, t) == row.sentence_initial);
    CHECK(ends_in_possessive(row.text, t) == row.possessive);
    CHECK(coordinates(row.text, tokens, row.token) == row.coordinates);
    const bool joins = row.token + 1 < tokens.size() && joined(row.text, t, tokens[row.token + 1]);
    CHECK(joins == row.joined_to_next);
  }
  const std::vector<Token> initial = tokenize("Mark A. Davis");
  CHECK(abbreviation_stop("Mark A. Davis", initial[1], initial[2], NameLexicon::builtin()));
  CHECK(!abbreviation_stop("Mark A. Davis", initial[0], initial[1], NameLexicon::builtin()));
}

TEST_CASE("name edges: initials skip the connectors, as acronyms spell names") {
  const NameLexicon& lexicon = NameLexicon::builtin();
  const std::vector<Token> fund = tokenize("the International Monetary Fund");
  CHECK(initials(fund, 1, fund.size(), lexicon) == "imf");
  CHECK(initials(fund, 1, 3, lexicon) == "im");
  const std::vector<Token> bank = tokenize("Bank of Japan");
  CHECK(initials(bank, 0, bank.size(), lexicon) == "bj");
  CHECK(initials(bank, 1, 2, lexicon).empty());
}

}  // namespace lsearch
