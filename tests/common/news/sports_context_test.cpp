// Sports reports and the slots that name a club by its town (common/news/sports_context.h),
// and what the extractor makes of them.
#include "common/news/sports_context.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "common/news/entity_extractor.h"

namespace lsearch {
namespace {

// Enough sports words for is_sports_report: a match report's opening.
const std::string kReport =
    "The striker scored two goals in the league match and the coach praised the players and "
    "the fans after the victory. ";

// "org", "person", "" (an actor of no type) or "place" for `canonical` found in `text`;
// "-" if it is not found.
std::string found_as(const std::string& text, const std::string& canonical) {
  static const Gazetteer g = Gazetteer::builtin();
  const auto found = EntityExtractor(g, NameLexicon::builtin()).extract(text);
  auto it = std::find_if(found.begin(), found.end(),
                         [&](const auto& m) { return m.canonical == canonical; });
  if (it == found.end()) return "-";
  if (it->kind == EntityKind::kPlace) return "place";
  return std::string(to_string(it->type));
}

}  // namespace

TEST_CASE("a score line is two short numbers joined by a hyphen") {
  struct Row {
    std::string text;
    bool score;  // at the first number
  };
  const std::vector<Row> rows = {
      {"2-1", true},    {"22-3", true},     {"Leeds 2-1 Everton", true},
      {"100-1", false}, {"1-2-3", false},   {"10.5-11", false},
      {"2 - 1", false}, {"1986-87", false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const std::vector<Token> tokens = tokenize(row.text);
    std::size_t k = 0;
    while (k < tokens.size() && !tokens[k].numeric) ++k;
    CHECK(score_at(row.text, tokens, k) == row.score);
  }
}

TEST_CASE("a sports report is weighed by its sports words and score lines") {
  struct Row {
    std::string text;
    bool sports;
  };
  const std::vector<Row> rows = {
      {kReport, true},
      {"Leeds won 2-1 and the striker scored. Bolton lost 3-0 to the league leaders.", true},
      {"The batsman was out for 12 as the wicket fell in the first innings of the match.", true},
      {"The dollar ended at 145.15 yen in the second round of talks on the trade title.", false},
      {"Shares rose 2-3 pct as the fund manager won a seat on the board.", false},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(is_sports_report(row.text, tokenize(row.text)) == row.sports);
  }
  // Only the opening words are read: a long post gathers the words of any subject.
  std::string late;
  for (int i = 0; i < 320; ++i) late += "word ";
  late += kReport;
  CHECK_FALSE(is_sports_report(late, tokenize(late)));
}

TEST_CASE("a town before its staff is a club in any article") {
  struct Row {
    std::string text;
    std::size_t end;  // the token after the town
    bool staff;
  };
  const std::vector<Row> rows = {
      {"Liverpool boss Rafa Benitez said", 1, true},
      {"Leeds striker Alan Smith scored", 1, true},
      {"Newcastle manager Graeme Souness", 1, true},
      {"Liverpool boss said", 1, false},           // nobody named
      {"Liverpool Boss Rafa", 1, false},           // a title-case phrase
      {"Liverpool mayor Joe Anderson", 1, false},  // no club's role
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(names_club_staff(row.text, tokenize(row.text), row.end) == row.staff);
  }
}

TEST_CASE("a town in a club's slot is the club") {
  struct Row {
    std::string text;
    std::string town;
    std::string as;  // found_as
  };
  const std::vector<Row> rows = {
      {"Liverpool boss Rafa Benitez said he was happy.", "Liverpool", "org"},  // any article
      {"Shares fell. Dayton Hudson chairman Kenneth Mackes said so.", "Hudson", "-"},
      {"The Liverpool Echo said Liverpool were to bid.", "Liverpool", "org"},  // no short form
      {kReport + "Leeds 2-1 Bolton was the result.", "Leeds", "org"},
      {kReport + "They beat Liverpool on Saturday.", "Liverpool", "org"},
      {kReport + "He played against Newcastle in May.", "Newcastle", "org"},
      {kReport + "They lost to Birmingham at home.", "Birmingham", "org"},
      {kReport + "Liverpool fans claimed the trouble was sparked.", "Liverpool", "org"},
      {kReport + "He was signed from Middlesbrough in May.", "Middlesbrough", "org"},
      {kReport + "He is on loan from Birmingham until May.", "Birmingham", "org"},
      {kReport + "He arrived from Leeds on Monday.", "Leeds", "place"},  // where he was
      {kReport + "The Kiwis won 22-3 in Sydney.", "Sydney", "place"},    // where a match was
      {kReport + "They won the final in Leeds.", "Leeds", "place"},
      {kReport + "It was a 2-1 win over Graz AK.", "Graz", "place"},  // a longer name
      {kReport + "Malmoe IF - Dynamo Moscow 4-3 in the final.", "Moscow", "place"},
      {"The dollar ended at 145 yen against Tokyo's close.", "Tokyo", "place"},  // no report
      {"The envoy flew to Moscow and beat Paris to the deal.", "Paris", "place"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(found_as(row.text, row.town) == row.as);
  }
}

TEST_CASE("a word no gazetteer knows, in a club's slot of a sports report, is the club") {
  struct Row {
    std::string text;
    std::string word;
    bool club;
  };
  const std::vector<Row> rows = {
      {"However, Millwall have been charged twice.", "Millwall", true},
      {"He was the former Rangers and Everton boss then.", "Everton", true},
      {"He was the former Rangers and Everton boss then.", "Rangers", true},
      {"The Addicks keeper could do nothing, said Smith.", "Addicks", true},
      {"Former Everton midfielder Thomas Gravesen scored.", "Everton", true},
      {"Hearts 2-1 Livingston was the score.", "Hearts", true},     // a sentence's start too
      {"SWE 1-0 Jan Larsson, in the first period.", "SWE", false},  // a goal in a table
      {"Candelaria outshone Seaver 3-2 Saturday.", "Seaver", false},
      {"Dawson, Wilkinson and Hill have all been mentioned.", "Hill", false},  // a list's verb
      {"She said she and sister Venus are not a declining force.", "Venus", false},
      {"They fined their Welsh striker Craig Bellamy.", "Welsh", false},  // a people
      {"The All Blacks captain Tama Umaga spoke.", "Blacks", false},      // a longer name
      {"Rangers' boss Alex McLeish accepted it.", "Rangers", true},       // a plural's possessive
      {"He fined the Hearts\u2019 striker Mark de Vries.", "Hearts", true},
      {"Workers' pay rose.", "Workers", false},  // no staff
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK((found_as(kReport + row.text, row.word) == "org") == row.club);
  }
  // Outside a sports report the slot says nothing.
  CHECK(found_as("However, Millwall have raised prices twice.", "Millwall") == "-");
}

}  // namespace lsearch
