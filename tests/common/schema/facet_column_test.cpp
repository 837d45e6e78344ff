// The facet column: every docid's ordinals (decoded from kSlotFacetOrdinals)
// and cluster number, used only for the database uuid and revision it was
// written from.
#include "common/schema/facet_column.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "../../support/temp_dir.h"
#include "common/schema/facet_dictionary.h"
#include "common/schema/fields.h"

namespace lsearch {
namespace {

// The ordinals of document i: actors salt+i and salt+(i/2), place i % 5, a month.
std::string ordinals_of(int i, const std::string& salt, FacetDictionary& dictionary) {
  FacetValues v;
  v[static_cast<std::size_t>(Facet::kActors)] = {salt + std::to_string(i),
                                                 salt + std::to_string(i / 2)};
  v[static_cast<std::size_t>(Facet::kPlaces)] = {"place" + std::to_string(i % 5)};
  v[static_cast<std::size_t>(Facet::kMonths)] = {"2020" + std::string(i % 2 ? "07" : "12")};
  return dictionary.encode(v);
}

// Documents 1..n; every third has no ordinals value (an article without facets),
// every fourth no cluster; the others fall into 5 clusters.
void add_documents(const std::string& path, int n, const std::string& salt) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
  FacetDictionary dictionary;
  dictionary.load(db);
  for (int i = 1; i <= n; ++i) {
    Xapian::Document doc;
    if (i % 3 != 0) doc.add_value(kSlotFacetOrdinals, ordinals_of(i, salt, dictionary));
    if (i % 4 != 0) doc.add_value(kSlotCluster, "cluster" + std::to_string(i % 5));
    db.add_document(doc);
  }
  dictionary.write_new(db);
  db.commit();
}

// kSlotFacetOrdinals of `did` as the column's words.
std::vector<std::uint32_t> words_of_value(const Xapian::Database& db, Xapian::docid did) {
  std::vector<std::uint32_t> words;
  try {
    for_each_facet_ordinal(
        db.get_document(did).get_value(kSlotFacetOrdinals), [&](Facet facet, FacetOrdinal ordinal) {
          words.push_back(static_cast<std::uint32_t>(facet) << FacetColumn::kOrdinalBits | ordinal);
        });
  } catch (const Xapian::DocNotFoundError&) {
  }
  return words;
}

std::string cluster_value(const Xapian::Database& db, Xapian::docid did) {
  try {
    return db.get_document(did).get_value(kSlotCluster);
  } catch (const Xapian::DocNotFoundError&) {
    return "";
  }
}

// The column gives what Xapian gives, for every docid up to the last: the same
// ordinals, and cluster numbers equal exactly where the values are (0 for none).
void check_column_equals_values(const std::string& path) {
  Xapian::Database db(path);
  auto column = FacetColumn::open(path, db);
  REQUIRE(column);
  CHECK(column->matches(db));
  std::map<std::string, std::uint32_t> numbers;
  std::set<std::uint32_t> seen;
  for (Xapian::docid did = 1; did <= db.get_lastdocid(); ++did) {
    CAPTURE(did);
    std::span<const std::uint32_t> got;
    REQUIRE(column->get(did, got));
    CHECK(std::vector<std::uint32_t>(got.begin(), got.end()) == words_of_value(db, did));
    std::uint32_t number = 0;
    REQUIRE(column->cluster(did, number));
    const std::string cluster = cluster_value(db, did);
    if (cluster.empty()) {
      CHECK(number == 0);
    } else if (auto [it, added] = numbers.emplace(cluster, number); added) {
      CHECK(number != 0);
      CHECK(seen.insert(number).second);  // another value's number would merge two clusters
    } else {
      CHECK(number == it->second);
    }
  }
  std::span<const std::uint32_t> beyond;
  std::uint32_t none = 0;
  CHECK_FALSE(column->get(db.get_lastdocid() + 1, beyond));
  CHECK_FALSE(column->cluster(db.get_lastdocid() + 1, none));
}

// The actor names of `did` in the column, through the dictionary.
std::vector<std::string> actors_in_column(const Xapian::Database& db, const FacetColumn& column,
                                          Xapian::docid did) {
  std::span<const std::uint32_t> words;
  REQUIRE(column.get(did, words));
  std::vector<std::string> names;
  for (std::uint32_t word : words)
    if (FacetColumn::facet_index(word) == static_cast<std::size_t>(Facet::kActors))
      names.push_back(facet_name(db, Facet::kActors, FacetColumn::ordinal(word)));
  return names;
}

}  // namespace

TEST_CASE("the column holds each document's ordinals bytes, deleted and empty ones empty") {
  testing::TempDir dir;
  const std::string path = dir.file("db");
  add_documents(path, 50, "a");
  {
    Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
    db.delete_document(7);
    db.delete_document(50);  // the last docid stays the last
    db.commit();
  }
  write_facet_column(path);
  check_column_equals_values(path);
}

TEST_CASE("a column of another revision is not used; rewriting it after the commit is") {
  testing::TempDir dir;
  const std::string path = dir.file("db");
  add_documents(path, 20, "a");
  write_facet_column(path);
  Xapian::Database before(path);
  auto old_column = FacetColumn::open(path, before);
  REQUIRE(old_column);

  add_documents(path, 5, "b");  // a commit lindex has not written the column for yet
  Xapian::Database after(path);
  CHECK_FALSE(FacetColumn::open(path, after));
  CHECK_FALSE(old_column->matches(after));
  CHECK(old_column->matches(before));  // a reader still at the old revision keeps it

  write_facet_column(path);
  check_column_equals_values(path);
  auto new_column = FacetColumn::open(path, after);
  REQUIRE(new_column);
  CHECK(actors_in_column(after, *new_column, 25) == std::vector<std::string>{"b5", "b2"});
  // The old mapping is still the old file (renamed over, not rewritten).
  CHECK(actors_in_column(before, *old_column, 20) == std::vector<std::string>{"a20", "a10"});
}

TEST_CASE("a column copied from another database of the same revision is refused") {
  testing::TempDir dir;
  add_documents(dir.file("one"), 10, "a");
  add_documents(dir.file("two"), 10, "a");
  write_facet_column(dir.file("one"));
  Xapian::Database two(dir.file("two"));
  REQUIRE(Xapian::Database(dir.file("one")).get_revision() == two.get_revision());
  std::filesystem::copy_file(facet_column_path(dir.file("one")),
                             facet_column_path(dir.file("two")));
  CHECK_FALSE(FacetColumn::open(dir.file("two"), two));
}

TEST_CASE("a damaged or truncated column is refused") {
  testing::TempDir dir;
  const std::string path = dir.file("db");
  add_documents(path, 10, "a");
  write_facet_column(path);
  Xapian::Database db(path);
  const std::string file = facet_column_path(path);
  const auto size = std::filesystem::file_size(file);
  std::filesystem::resize_file(file, size - 1);
  CHECK_FALSE(FacetColumn::open(path, db));
  std::ofstream(file) << "not a column";
  CHECK_FALSE(FacetColumn::open(path, db));
  std::filesystem::remove(file);
  CHECK_FALSE(FacetColumn::open(path, db));
}

TEST_CASE("writing a column that already matches leaves the file alone") {
  testing::TempDir dir;
  const std::string path = dir.file("db");
  add_documents(path, 10, "a");
  write_facet_column(path);
  struct stat first {};
  REQUIRE(::stat(facet_column_path(path).c_str(), &first) == 0);
  write_facet_column(path);
  struct stat second {};
  REQUIRE(::stat(facet_column_path(path).c_str(), &second) == 0);
  CHECK(first.st_ino == second.st_ino);
}

TEST_CASE("an ordinal beyond the column's words leaves the index without a column") {
  testing::TempDir dir;
  const std::string path = dir.file("db");
  add_documents(path, 5, "a");
  {
    Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
    Xapian::Document doc;
    // One actor of ordinal 2^29 (varint 80 80 80 80 02), no other facet value.
    doc.add_value(kSlotFacetOrdinals, std::string("\x01\x80\x80\x80\x80\x02\0\0\0\0", 10));
    db.add_document(doc);
    db.commit();
  }
  write_facet_column(path);
  CHECK_FALSE(FacetColumn::open(path, Xapian::Database(path)));
  CHECK_FALSE(std::filesystem::exists(facet_column_path(path)));
}

// Sort values with repeats, one document without one and a deleted one: the
// ranks order the documents as the values do, equal exactly where they are.
TEST_CASE("the column's sort ranks compare as the kSlotSortNewest values") {
  testing::TempDir dir;
  const std::string path = dir.file("db");
  add_documents(path, 40, "a");
  {
    Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
    for (Xapian::docid did = 1; did <= 40; ++did) {
      Xapian::Document doc = db.get_document(did);
      if (did != 13) doc.add_value(kSlotSortNewest, "79" + std::to_string(did * 7 % 11) + "id");
      db.replace_document(did, doc);
    }
    db.delete_document(5);
    db.commit();
  }
  write_facet_column(path);
  Xapian::Database db(path);
  auto column = FacetColumn::open(path, db);
  REQUIRE(column);
  REQUIRE(column->has_sort_ranks());
  for (Xapian::docid a = 1; a <= 40; ++a)
    for (Xapian::docid b = 1; b <= 40; ++b) {
      if (a == 5 || b == 5) continue;
      CAPTURE(a);
      CAPTURE(b);
      const std::string va = db.get_document(a).get_value(kSlotSortNewest);
      const std::string vb = db.get_document(b).get_value(kSlotSortNewest);
      std::uint32_t ra = 0, rb = 0;
      REQUIRE(column->sort_rank(a, ra));
      REQUIRE(column->sort_rank(b, rb));
      CHECK((va < vb) == (ra < rb));
      CHECK((va == vb) == (ra == rb));
    }
  std::uint32_t rank = 1;
  CHECK(column->sort_rank(13, rank));
  CHECK(rank == 0);  // no value: first, as the empty value sorts
  CHECK_FALSE(column->sort_rank(41, rank));
}

// A column of format 2 (written before the sort ranks): still read for the
// facets and clusters, without ranks; lindex's next write replaces it.
TEST_CASE("a column without sort ranks is read without them, then rewritten with them") {
  testing::TempDir dir;
  const std::string path = dir.file("db");
  add_documents(path, 30, "a");
  write_facet_column(path);
  const std::string file = facet_column_path(path);
  {
    Xapian::Database db(path);
    const auto size = std::filesystem::file_size(file);
    std::filesystem::resize_file(file, size - (db.get_lastdocid() + 1) * sizeof(std::uint32_t));
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(6);
    f.put('2');
  }
  Xapian::Database db(path);
  auto old_column = FacetColumn::open(path, db);
  REQUIRE(old_column);
  CHECK_FALSE(old_column->has_sort_ranks());
  std::uint32_t rank = 0;
  CHECK_FALSE(old_column->sort_rank(1, rank));
  check_column_equals_values(path);
  write_facet_column(path);
  auto new_column = FacetColumn::open(path, db);
  REQUIRE(new_column);
  CHECK(new_column->has_sort_ranks());
  check_column_equals_values(path);
}

}  // namespace lsearch
