// The facet column: every docid's kSlotFacetOrdinals bytes, used only for the
// database uuid and revision it was written from.
#include "common/schema/facet_column.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "../../support/temp_dir.h"
#include "common/schema/fields.h"

namespace lsearch {
namespace {

// Documents 1..n; every third has no ordinals value (an article without facets).
void add_documents(const std::string& path, int n, const std::string& salt) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
  for (int i = 1; i <= n; ++i) {
    Xapian::Document doc;
    if (i % 3 != 0) doc.add_value(kSlotFacetOrdinals, salt + std::to_string(i));
    db.add_document(doc);
  }
  db.commit();
}

// The column gives what Xapian gives, for every docid up to the last.
void check_column_equals_values(const std::string& path) {
  Xapian::Database db(path);
  auto column = FacetColumn::open(path, db);
  REQUIRE(column);
  CHECK(column->matches(db));
  for (Xapian::docid did = 1; did <= db.get_lastdocid(); ++did) {
    CAPTURE(did);
    std::string_view got;
    REQUIRE(column->get(did, got));
    std::string want;
    try {
      want = db.get_document(did).get_value(kSlotFacetOrdinals);
    } catch (const Xapian::DocNotFoundError&) {
    }
    CHECK(got == want);
  }
  std::string_view beyond;
  CHECK_FALSE(column->get(db.get_lastdocid() + 1, beyond));
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
  std::string_view last;
  REQUIRE(new_column->get(25, last));
  CHECK(last == "b5");
  // The old mapping is still the old file (renamed over, not rewritten).
  std::string_view first;
  REQUIRE(old_column->get(20, first));
  CHECK(first == "a20");
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

}  // namespace lsearch
