// Golden tests: the output formats are contracts for scripts. A change here
// is a change of the documented schema (README "Output schema"): bump
// kJsonSchemaVersion when a field changes meaning or disappears.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "searcher/cli/printers/printer.h"

namespace lsearch {
namespace {

SearchResults sample_results() {
  SearchResults r;
  r.total = 42;
  r.total_exact = true;
  Hit hit;
  hit.rank = 1;
  hit.id = "seed/000.txt";
  hit.title = "Haftar\u2019s forces retreat";
  hit.title_highlights = {{0, 10}};
  hit.date = "2020-07-02";
  hit.source = "Al Jazeera";
  hit.score = 7.25;
  hit.snippet = {"\u2026discovery of mass graves in Tarhuna\u2026", {{16, 27}}};
  hit.actors = {"Khalifa Haftar", "United Nations"};
  hit.places = {"Tarhuna"};
  hit.countries = {"Libya"};
  hit.entities = {{"actor", "Khalifa Haftar", "person", "", "", std::nullopt, std::nullopt},
                  {"actor", "United Nations", "org", "", "", std::nullopt, std::nullopt},
                  {"place", "Tarhuna", "", "city", "Libya", 32.435, 13.6332}};
  r.hits.push_back(hit);
  Hit second;
  second.rank = 2;
  second.id = "feed-7";
  second.score = 3.5;
  r.hits.push_back(second);
  r.facets.computed = true;
  r.facets.exact = true;
  r.facets.actors = {{"Khalifa Haftar", 40, "person"}, {"United Nations", 12, "org"}};
  r.facets.places = {{"Tripoli", 30}};
  r.facets.countries = {{"Libya", 35}};
  r.facets.sources = {{"Al Jazeera", 5}};
  r.facets.months = {{"2019-04", 10}, {"2020-06", 32}};
  r.explanation.entities = {{"actor", "hifter", "Khalifa Haftar", "XAkhalifa_haftar"}};
  return r;
}

std::string render(const std::string& format, const std::string& qid = "1", bool color = false) {
  SearchRequest request;
  request.query = "mass graves";
  request.actors = {"hifter"};
  SearchResults results = sample_results();
  PrinterOptions options;
  options.format = format;
  options.color = color;
  auto printer = make_printer(options);
  std::ostringstream out;
  printer->print({qid, request.query, &request, false}, results, out);
  return out.str();
}

std::string golden(const std::string& name) {
  std::ifstream in(std::string(LSEARCH_SOURCE_DIR) + "/tests/golden/" + name);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("json output matches the documented schema (golden)") {
  CHECK(render("json") == golden("search_v1.json"));
}
TEST_CASE("jsonl output: one hit per line (golden)") {
  CHECK(render("jsonl") == golden("search_v1.jsonl"));
}
TEST_CASE("text output without colour (golden)") {
  CHECK(render("text") == golden("search.txt"));
}

TEST_CASE("text in colour: a highlight inside the bold title keeps the rest of the title bold") {
  const std::string text = render("text", "1", true);
  CHECK(
      text.starts_with("1. \033[1m\033[1;31mHaftar\u2019s\033[0m\033[1m forces retreat\033[0m\n"));
}

TEST_CASE("trec and ids formats") {
  CHECK(render("trec", "q7") ==
        "q7 Q0 seed/000.txt 1 7.250000 lsearch\nq7 Q0 feed-7 2 3.500000 lsearch\n");
  CHECK(render("ids") == "seed/000.txt\nfeed-7\n");
  PrinterOptions unknown;
  unknown.format = "xml";
  CHECK(make_printer(unknown) == nullptr);
}

}  // namespace lsearch
