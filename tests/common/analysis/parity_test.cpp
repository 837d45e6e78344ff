// The parity test: one table of texts through the index path and the query
// path; every term a query produces must be among the terms the index holds.
#include <doctest/doctest.h>
#include <xapian.h>

#include <set>
#include <string>

#include "common/analysis/analyzer.h"

namespace lsearch {
namespace {

std::set<std::string> index_terms(const Analyzer& analyzer, const std::string& text) {
  Xapian::TermGenerator generator;
  analyzer.configure(generator);
  Xapian::Document doc;
  generator.set_document(doc);
  analyzer.index_text(generator, text);
  std::set<std::string> terms;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) terms.insert(*it);
  return terms;
}

std::set<std::string> query_terms(const Analyzer& analyzer, const std::string& query) {
  Xapian::QueryParser parser;
  analyzer.configure(parser);
  Xapian::Query q =
      parser.parse_query(analyzer.normalize_query(query), Xapian::QueryParser::FLAG_DEFAULT);
  std::set<std::string> terms;
  for (auto it = q.get_terms_begin(); it != q.get_terms_end(); ++it) terms.insert(*it);
  return terms;
}

}  // namespace

TEST_CASE("every query term is an indexed term for the same words") {
  struct Row {
    const char* indexed;
    const char* query;
  };
  const Row rows[] = {
      {"Haftar\u2019s forces advanced on Tripoli", "Haftar's forces"},
      {"Haftar\u2019s forces advanced on Tripoli", "\"Haftar forces\""},
      {"Haftar's forces", "haftar"},
      {"Ghassan Salam\u00E9, the UN envoy", "Salame"},
      {"Ghassan Salame, the UN envoy", "Salam\u00E9"},
      {"the U.N. arms embargo", "UN embargo"},
      {"The UN said", "\"U.N. said\""},
      {"mass graves were discovered in Tarhuna", "mass graves"},
      {"mass graves were discovered in Tarhuna", "\"mass graves\""},
      {"mass graves were discovered in Tarhuna", "graves discovered"},
      {"\u0623\u062D\u0645\u062F \u0637\u0631\u0627\u0628\u0644\u0633\u0629",
       "\u0627\u062D\u0645\u062F \u0637\u0631\u0627\u0628\u0644\u0633\u0647"},
      {"\uFF28\uFF41\uFF46\uFF54\uFF41\uFF52 speaks", "Haftar"},
      {"Covid-19 pandemic", "covid-19"},
      {"elections in Libya", "ELECTION"},
      {"Field Marshal Khalifa Haftar", "field marshal"},
  };
  Analyzer analyzer;
  for (const auto& row : rows) {
    std::string indexed_text = row.indexed, query_text = row.query;
    CAPTURE(indexed_text);
    CAPTURE(query_text);
    auto indexed = index_terms(analyzer, row.indexed);
    auto queried = query_terms(analyzer, row.query);
    REQUIRE_FALSE(queried.empty());
    for (const auto& term : queried) {
      CAPTURE(term);
      CHECK(indexed.count(term) == 1);
    }
  }
}

TEST_CASE("the fingerprint names the normaliser version and stemmer") {
  Analyzer analyzer;
  CHECK(analyzer.fingerprint().find("normalizer=") != std::string::npos);
  CHECK(analyzer.fingerprint().find("stemmer=english") != std::string::npos);
}

}  // namespace lsearch
