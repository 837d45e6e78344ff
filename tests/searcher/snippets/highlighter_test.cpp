#include "searcher/snippets/highlighter.h"

#include <doctest/doctest.h>

#include "common/util/text.h"

namespace lsearch {
namespace {

std::string marks(const Snippet& s) {
  std::string out;
  for (const auto& h : s.highlights) out += "[" + s.text.substr(h.begin, h.end - h.begin) + "]";
  return out;
}

Xapian::Query parse(const std::string& q) {
  Analyzer analyzer;
  Xapian::QueryParser parser;
  analyzer.configure(parser);
  return parser.parse_query(analyzer.normalize_query(q), Xapian::QueryParser::FLAG_DEFAULT);
}

}  // namespace

TEST_CASE("highlights follow the analysis: stems, possessives, accents, phrases") {
  Analyzer analyzer;
  struct Row {
    const char* query;
    const char* text;
    const char* expected;
  };
  const Row rows[] = {
      {"grave", "Mass graves were found.", "[graves]"},
      {"haftar", "Haftar\u2019s forces and HAFTAR.", "[Haftar\u2019s][HAFTAR]"},
      {"salame", "Ghassan Salam\u00E9 said.", "[Salam\u00E9]"},
      {"\"mass graves\"", "the mass graves in Tarhuna", "[mass graves]"},
      {"title:tripoli", "Clashes near Tripoli.", "[Tripoli]"},
  };
  for (const auto& row : rows) {
    std::string q = row.query;
    CAPTURE(q);
    HighlightTerms terms(parse(row.query), analyzer);
    CHECK(marks(make_snippet(row.text, terms, 200)) == row.expected);
  }
}

TEST_CASE("entity aliases highlight as whole names") {
  Analyzer analyzer;
  HighlightTerms terms(Xapian::Query(), analyzer);
  terms.add_alias_keys({"khalifa haftar", "field marshal haftar", "hifter"});
  Snippet s =
      make_snippet("Field Marshal Haftar met Khalifa Haftar and Hifter, not Khalifa.", terms, 200);
  CHECK(marks(s) == "[Field Marshal Haftar][Khalifa Haftar][Hifter]");
}

TEST_CASE("the snippet is the passage with the most distinct matches, cut with ellipses") {
  Analyzer analyzer;
  std::string filler(400, 'x');
  for (std::size_t i = 50; i < filler.size(); i += 51) filler[i] = ' ';
  std::string text = "Tripoli is mentioned early. " + filler +
                     " Later, mass graves near Tripoli were found. " + filler;
  HighlightTerms terms(parse("tripoli grave"), analyzer);
  Snippet s = make_snippet(text, terms, 80);
  CHECK(s.text.find("mass graves near Tripoli") != std::string::npos);
  CHECK(s.text.starts_with("\u2026"));
  CHECK(s.text.ends_with("\u2026"));
  CHECK(s.text.size() < 80 + 2 * 3 + 10);
  for (const auto& h : s.highlights) CHECK(h.end <= s.text.size());
}

TEST_CASE("without a match the snippet is the start of the text") {
  Analyzer analyzer;
  HighlightTerms terms(parse("absent"), analyzer);
  Snippet s = make_snippet("First words of the article.\nSecond line.", terms, 200);
  CHECK(s.text == "First words of the article. Second line.");
  CHECK(s.highlights.empty());
}

TEST_CASE("a snippet with no whole word in its window is cut on a character boundary") {
  Analyzer analyzer;
  HighlightTerms terms(parse("absent"), analyzer);
  // One 601-byte word: no word fits in 240 bytes, and byte 240 is inside an "é".
  std::string text = "x";
  for (int i = 0; i < 300; ++i) text += "\u00E9";
  Snippet s = make_snippet(text, terms, 240);
  std::string copy = s.text;
  CHECK(repair_utf8(copy) == 0);
  CHECK(s.text.size() <= 240 + 3);
}

}  // namespace lsearch
