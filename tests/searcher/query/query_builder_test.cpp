// QueryBuilder over a real index built by lindex's library: the parity of the index path
// (DocumentBuilder) and the query path as lsearch really runs it (normalisation, the lexer,
// wildcards, prefixes, the proximity boost), and the parsing fixes of issue 11 item 15.
#include "searcher/query/query_builder.h"

#include <doctest/doctest.h>

#include "../../support/seed_index.h"
#include "common/error.h"

namespace lsearch {
namespace {

const testing::SeedIndex& parity_index() {
  static const testing::SeedIndex index({
      {"p/possessive.txt",
       "Title: Haftar\u2019s forces advanced\n\nHaftar\u2019s forces advanced on Tripoli."},
      {"p/accent.txt", "Title: Envoy\n\nGhassan Salam\u00E9, the UN envoy, spoke."},
      {"p/acronym.txt", "Title: Embargo\n\nThe U.N. arms embargo holds."},
      {"p/fullwidth.txt", "Title: Wide\n\n\uFF28\uFF41\uFF46\uFF54\uFF41\uFF52 speaks."},
      {"p/covid.txt", "Title: Pandemic\n\nThe Covid-19 pandemic and covid19 cases."},
      {"p/market.txt", "Title: Oil markets calm\n\nThe oil markets were calm."},
      {"p/arabic.txt",
       "Title: Name\n\n\u0623\u062D\u0645\u062F \u0637\u0631\u0627\u0628\u0644\u0633\u0629"},
  });
  return index;
}

Xapian::MSet run(const std::string& query, std::vector<std::string>* notes = nullptr) {
  Xapian::Database db(parity_index().db());
  Analyzer analyzer;
  EntityResolver resolver(db);
  QueryBuilder builder(db, analyzer, resolver);
  SearchRequest request;
  request.query = query;
  BuiltQuery built = builder.build(request);
  if (notes != nullptr) *notes = built.notes;
  Xapian::Enquire enquire(db);
  enquire.set_query(built.query);
  return enquire.get_mset(0, 100, db.get_doccount());
}

std::size_t count(const std::string& query, std::vector<std::string>* notes = nullptr) {
  return run(query, notes).size();
}

// True when `query` finds the article with this id.
bool finds(const std::string& query, const std::string& id) {
  Xapian::MSet mset = run(query);
  for (auto it = mset.begin(); it != mset.end(); ++it)
    if (it.get_document().get_value(kSlotSummary).find(id) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("parity: each query finds the article written in another form, through QueryBuilder") {
  struct Row {
    const char* query;
    const char* id;
  };
  const Row rows[] = {
      {"Haftar's forces", "p/possessive.txt"},
      {"\"Haftar forces\"", "p/possessive.txt"},
      {"Salame", "p/accent.txt"},
      {"Salam\u00E9", "p/accent.txt"},
      {"UN embargo", "p/acronym.txt"},
      {"\"U.N. arms\"", "p/acronym.txt"},
      {"Haftar", "p/fullwidth.txt"},
      {"covid-19", "p/covid.txt"},
      {"covid19", "p/covid.txt"},
      {"oil markets", "p/market.txt"},
      {"title:markets", "p/market.txt"},
      {"title:mark*", "p/market.txt"},
      {"mark*", "p/market.txt"},
      {"calm NEAR oil", "p/market.txt"},
      {"\u0627\u062D\u0645\u062F \u0637\u0631\u0627\u0628\u0644\u0633\u0647", "p/arabic.txt"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.query);
    CHECK(finds(row.query, row.id));
  }
  CHECK_FALSE(finds("title:calm*", "p/possessive.txt"));
}

TEST_CASE("a dangling operator is dropped, with a note, not turned into an AND of every word") {
  std::vector<std::string> notes;
  const std::size_t both = count("markets OR embargo");
  REQUIRE(both >= 2);
  CHECK(count("markets OR embargo OR", &notes) == both);
  REQUIRE_FALSE(notes.empty());
  CHECK(notes.back().find("OR at the end") != std::string::npos);
  // Cut at the length bound so that the query ends on OR.
  std::string long_or = "markets OR embargo";
  while (long_or.size() < kMaxQueryBytes - 3) long_or += " OR embargo";
  long_or += " OR zzzzzzzzzz";
  CHECK(count(long_or) == both);
}

TEST_CASE("wildcards in phrases and NEAR, and bad dates in date:, are errors that say so") {
  CHECK_THROWS_WITH_AS(count("\"oil mark*\""), doctest::Contains("inside a phrase"), QueryError);
  CHECK_THROWS_WITH_AS(count("oil NEAR mark*"), doctest::Contains("with NEAR"), QueryError);
  CHECK_THROWS_WITH_AS(count("oil date:2019-13"), doctest::Contains("in date:2019-13"), QueryError);
  try {
    count("oil date:2019-13..2020");
  } catch (const QueryError& e) {
    CHECK(std::string(e.what()).find("--since") == std::string::npos);
  }
}

TEST_CASE("every query field of the schema is wired: title: takes words, filters resolve values") {
  CHECK(finds("title:markets", "p/market.txt"));
  CHECK(count("title:tripoli") == 0);  // only in a body
  CHECK(count("tripoli") >= 1);
  for (const FieldSpec& spec : kFields) {
    if (spec.query != QuerySyntax::kFilter) continue;
    CAPTURE(spec.name);
    // A wired filter resolves the value and refuses this one; an unwired name
    // would be searched as two words and find nothing, without an error.
    CHECK_THROWS_AS(count("oil " + std::string(spec.name) + ":zzqqxx"), QueryError);
  }
}

}  // namespace lsearch
