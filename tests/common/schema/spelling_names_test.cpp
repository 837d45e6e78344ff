// The spelling names table: which keys it lists, for which entries, and that
// lindex's metadata write leaves one an index can tell from no table at all.
#include "common/schema/spelling_names.h"

#include <doctest/doctest.h>

#include <vector>

#include "../../support/temp_dir.h"
#include "common/schema/alias_keys.h"

namespace lsearch {
namespace {

struct Row {
  std::string key;
  std::size_t entry;
  std::size_t position;
  std::string term;
  bool operator==(const Row&) const = default;
};

std::vector<Row> rows_of(std::string_view table) {
  std::vector<Row> rows;
  SpellingNameReader reader(table);
  SpellingName name;
  while (reader.next(name))
    rows.push_back({std::string(name.key), name.entry, name.position, std::string(name.term)});
  return rows;
}

}  // namespace

TEST_CASE("spelling names: one-word keys, each entry naming them, sorted by key then entry") {
  Gazetteer gazetteer;
  gazetteer.add_tsv(
      "actor\tKhalifa Haftar\tHifter|~Marshal\n"
      "place\tTripoli\tTarabulus\n"
      "actor\tMarshal Plan\tMarshal\n",
      "test.tsv");
  const std::vector<Row> rows = rows_of(spelling_names_of(gazetteer));
  // "khalifa haftar" has two words: not listed. The weak "~Marshal" is (marks dropped).
  const std::vector<Row> expected = {{"hifter", 0, 1, "XAkhalifa_haftar"},
                                     {"marshal", 0, 2, "XAkhalifa_haftar"},
                                     {"marshal", 2, 1, "XAmarshal_plan"},
                                     {"tarabulus", 1, 1, "XPtripoli"},
                                     {"tripoli", 1, 0, "XPtripoli"}};
  CHECK(rows == expected);
  CHECK(rows_of(spelling_names_of(Gazetteer())).empty());
  // A cut table ends the walk at the cut line.
  const std::string table = spelling_names_of(gazetteer);
  CHECK(rows_of(table.substr(0, table.size() - 3)).size() == expected.size() - 1);
}

TEST_CASE("write_alias_keys writes the spelling names, also for an empty gazetteer") {
  testing::TempDir dir;
  Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
  CHECK_FALSE(has_spelling_names(db));
  CHECK(read_spelling_names(db).empty());
  write_alias_keys(db, "");
  CHECK(has_spelling_names(db));
  const std::string tsv = "actor\tKhalifa Haftar\tHifter\n";
  write_alias_keys(db, tsv);
  Gazetteer gazetteer;
  gazetteer.add_tsv(tsv, "test.tsv");
  CHECK(read_spelling_names(db) == spelling_names_of(gazetteer));
  CHECK(rows_of(read_spelling_names(db)).size() == 1);
}

}  // namespace lsearch
