// Analyzer's stop-word tables: the stems are a table written once, so a test
// stems every stop word with the index's stemmer and compares.
#include "common/analysis/analyzer.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

namespace lsearch {

TEST_CASE("the stop-stem table is the English stems of the stop words") {
  Analyzer analyzer;
  Xapian::Stem stemmer = analyzer.make_stemmer();
  std::set<std::string> stems;
  for (std::string_view word : Analyzer::stop_words()) stems.insert(stemmer(std::string(word)));
  const std::set<std::string> table(Analyzer::stop_stems().begin(), Analyzer::stop_stems().end());
  CHECK(table == stems);
  CHECK(Analyzer::stop_words().size() == 120);
}

TEST_CASE("stop words and unpositioned terms are read from the tables") {
  Analyzer analyzer;
  struct Row {
    const char* word;
    bool stop;
  };
  const Row words[] = {{"the", true},  {"a", true}, {"your", true},   {"themselves", true},
                       {"oil", false}, {"", false}, {"they'", false}, {"yours", false}};
  for (const auto& row : words) {
    CAPTURE(row.word);
    CHECK(analyzer.is_stop_word(row.word) == row.stop);
  }
  struct TermRow {
    const char* term;
    bool unpositioned;
  };
  const TermRow terms[] = {{"Zthe", true}, {"Zthemselv", true},    {"ZSthe", true},
                           {"Zdoe", true}, {"Zoil", false},        {"Z", false},
                           {"the", true},  {"Zthemselves", false}, {"ZXTabov", true},
                           {"", false}};
  for (const auto& row : terms) {
    CAPTURE(row.term);
    CHECK(analyzer.is_unpositioned_term(row.term) == row.unpositioned);
  }
  Xapian::QueryParser parser;
  analyzer.configure(parser);
  parser.set_default_op(Xapian::Query::OP_AND);
  const Xapian::Query query = parser.parse_query("the oil of kuwait");
  CHECK(query.get_description().find("Zthe") == std::string::npos);
  CHECK(query.get_description().find("Zoil") != std::string::npos);
}

}  // namespace lsearch
