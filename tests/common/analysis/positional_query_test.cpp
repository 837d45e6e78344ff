// Stop words are indexed without positions but keep their place; phrases over
// them are rewritten to match (positional_query.h). Real Xapian databases.
#include "common/analysis/positional_query.h"

#include <doctest/doctest.h>
#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "common/analysis/analyzer.h"

namespace lsearch {
namespace {

Xapian::Document indexed(const Analyzer& analyzer, const std::string& text) {
  Xapian::TermGenerator generator;
  analyzer.configure(generator);
  Xapian::Document doc;
  generator.set_document(doc);
  analyzer.index_text(generator, text);
  return doc;
}

std::vector<Xapian::termpos> positions(const Xapian::Document& doc, const std::string& term) {
  Xapian::TermIterator it = doc.termlist_begin();
  it.skip_to(term);
  if (it == doc.termlist_end() || *it != term) return {};
  return {it.positionlist_begin(), it.positionlist_end()};
}

std::set<Xapian::docid> search(const Analyzer& analyzer, const std::vector<std::string>& texts,
                               const std::string& query) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const auto& text : texts) db.add_document(indexed(analyzer, text));
  Xapian::QueryParser parser;
  analyzer.configure(parser);
  Xapian::Query q = fit_phrases_to_positions(
      parser.parse_query(analyzer.normalize_query(query), Xapian::QueryParser::FLAG_DEFAULT),
      analyzer);
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  std::set<Xapian::docid> found;
  for (auto m : enquire.get_mset(0, 100)) found.insert(m);
  return found;
}

}  // namespace

TEST_CASE("stop words are terms without positions, and keep their place") {
  Analyzer analyzer;
  Xapian::Document doc = indexed(analyzer, "The Bank of England said");
  CHECK(positions(doc, "Zbank") == std::vector<Xapian::termpos>{2});
  CHECK(positions(doc, "Zengland") == std::vector<Xapian::termpos>{4});
  CHECK(positions(doc, "Zsaid") == std::vector<Xapian::termpos>{5});
  Xapian::TermIterator of = doc.termlist_begin();
  of.skip_to("Zof");
  REQUIRE(*of == "Zof");
  CHECK(of.get_wdf() == 1);
  CHECK(of.positionlist_count() == 0);
  CHECK(positions(doc, "Zthe").empty());
}

TEST_CASE("Xapian's description still shows a phrase's window (the only way 1.4 gives it)") {
  std::vector<Xapian::Query> terms = {Xapian::Query("Zbank"), Xapian::Query("Zof"),
                                      Xapian::Query("Zengland")};
  Xapian::Query phrase(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), 3);
  Analyzer analyzer;
  CHECK(fit_phrases_to_positions(phrase, analyzer).get_description() ==
        "Query((Zof AND (Zbank PHRASE 3 Zengland)))");
  Xapian::Query near(Xapian::Query::OP_NEAR, terms.begin(), terms.end(), 12);
  CHECK(fit_phrases_to_positions(near, analyzer).get_description() ==
        "Query((Zof AND (Zbank NEAR 12 Zengland)))");
  std::vector<Xapian::Query> words = {Xapian::Query("Zmass"), Xapian::Query("Zgrave")};
  Xapian::Query plain(Xapian::Query::OP_PHRASE, words.begin(), words.end(), 2);
  CHECK(fit_phrases_to_positions(plain, analyzer).get_description() == plain.get_description());
}

TEST_CASE("phrases over stop words match as they did") {
  Analyzer analyzer;
  const std::vector<std::string> texts = {
      "The Bank of England raised rates",        // 1
      "England's bank was closed",               // 2
      "a bank far from england",                 // 3
      "mass graves were discovered in Tarhuna",  // 4
      "a state-of-the-art plant",                // 5
      "the art of the state",                    // 6
      "to be or not to be",                      // 7
  };
  struct Row {
    const char* query;
    std::set<Xapian::docid> expected;
  };
  const Row rows[] = {
      {"\"bank of england\"", {1}},        {"\"mass graves\"", {4}},
      {"\"graves were discovered\"", {4}}, {"\"state-of-the-art\"", {5}},
      {"state-of-the-art", {5}},           {"\"to be or not to be\"", {7}},
      {"bank NEAR/2 england", {1, 2}},
  };
  for (const auto& row : rows) {
    std::string query = row.query;
    CAPTURE(query);
    CHECK(search(analyzer, texts, row.query) == row.expected);
  }
}

}  // namespace lsearch
