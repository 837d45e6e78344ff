#include "searcher/query/entity_aliases.h"

#include <doctest/doctest.h>

#include "../../support/temp_dir.h"

namespace lsearch {
namespace {

const char* const kTsv =
    "person\tMuammar Gaddafi\tGaddafi|Qaddafi|Kadhafi|Muammar Qaddafi\n"
    "person\tKhalifa Haftar\tHaftar|Hifter|\u062d\u0641\u062a\u0631\n"
    "org\tEuropean Commission\t~EC|~the Commission\n"
    "place\tReading\t!Reading\tcity\tUnited Kingdom\tEngland\t51.45,-0.97\n"
    "place\tTurkey\tTurkiye\n"
    "person\tFayez al-Sarraj\tSarraj|Serraj\n";

// The same table through both sources: the parsed gazetteer (indexes without
// the alias table) and the table lindex writes into a real index.
void check_expansions(AliasKeys& aliases) {
  auto skip = [](const std::string& w) { return w == "turkey" || w == "the"; };
  struct Row {
    std::string query, expanded;
  };
  const std::vector<Row> rows = {
      {"kadhafi", "(kadhafi OR \"muammar gaddafi\" OR gaddafi OR qaddafi OR \"muammar qaddafi\")"},
      {"hifter forces",
       "(hifter OR \"khalifa haftar\" OR haftar OR \u062d\u0641\u062a\u0631) forces"},
      {"oil prices", "oil prices"},
      {"ec", "ec"},                            // weak alias: not in free text
      {"reading", "reading"},                  // needs evidence: not in free text
      {"turkey sandwich", "turkey sandwich"},  // a common word alone is left alone
      {"kadhafi OR oil", "kadhafi OR oil"},    // operators: the query is Xapian's
      {"\"kadhafi\"", "\"kadhafi\""},
      {"kadh*", "kadh*"},                // a wildcard: Xapian's
      {"kadhafi -oil", "kadhafi -oil"},  // a NOT sign: Xapian's
      // A hyphenated compound is read as its words, as the indexer reads them.
      {"fayez al-sarraj visit", "(\"fayez al sarraj\" OR sarraj OR serraj) visit"},
      {"al-sarraj", "al-sarraj"},  // its words alone name nobody
      {"  serraj  ", "(serraj OR \"fayez al sarraj\" OR sarraj)"},
      // A repeated name is expanded once (a query of 1,000 "haftar" stays 1,000 words).
      {"hifter haftar hifter",
       "(hifter OR \"khalifa haftar\" OR haftar OR \u062d\u0641\u062a\u0631) haftar hifter"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.query);
    std::vector<std::string> expanded;
    CHECK(expand_entity_aliases(row.query, aliases, skip, expanded) == row.expanded);
  }
  std::vector<std::string> expanded;
  expand_entity_aliases("muammar qaddafi speech", aliases, skip, expanded);
  REQUIRE(expanded.size() == 1);
  CHECK(expanded[0] == "Muammar Gaddafi");
}

}  // namespace

TEST_CASE("free-text aliases: a query word naming an entity also matches its other names") {
  Gazetteer g;
  g.add_tsv(kTsv, "test");
  GazetteerAliasKeys from_gazetteer(g);
  check_expansions(from_gazetteer);
}

TEST_CASE("free-text aliases: the index's alias table expands as the gazetteer does") {
  testing::TempDir dir;
  Xapian::WritableDatabase db(dir.path(), Xapian::DB_CREATE);
  CHECK_FALSE(has_alias_keys(db));
  write_alias_keys(db, "person\tSomeone Else\tElse\n");
  write_alias_keys(db, kTsv);  // replaces the first table whole
  db.commit();
  REQUIRE(has_alias_keys(db));
  IndexAliasKeys from_index(db);
  CHECK_FALSE(from_index.named("else"));
  CHECK(from_index.is_prefix("khalifa"));
  CHECK_FALSE(from_index.is_prefix("haftar"));
  check_expansions(from_index);
}

}  // namespace lsearch
