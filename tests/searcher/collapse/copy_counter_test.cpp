// The copy counter on a small hand-made database: the copies of each page
// hit's cluster are the same by the facet column's cluster numbers as by the
// values, and as a brute-force count; a column of another revision counts by
// the values.
#include "searcher/collapse/copy_counter.h"

#include <doctest/doctest.h>

#include <map>

#include "../../support/temp_dir.h"
#include "common/schema/fields.h"

namespace lsearch {
namespace {

// Documents 1..n: document i matches "T" when i % 7 != 0; its cluster is
// "c" + (i % clusters), none when i % 5 == 0. Rewrites documents already there.
void write_documents(const std::string& path, int n, int clusters) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
  for (int i = 1; i <= n; ++i) {
    Xapian::Document doc;
    if (i % 7 != 0) doc.add_boolean_term("T");
    if (i % 5 != 0) doc.add_value(kSlotCluster, "c" + std::to_string(i % clusters));
    db.replace_document(static_cast<Xapian::docid>(i), doc);
  }
  db.commit();
}

// The page: one hit per cluster (the first match of each), and their docids.
std::vector<Hit> page_of(const Xapian::Database& db, std::vector<Xapian::docid>& page) {
  std::vector<Hit> hits;
  std::map<std::string, bool> seen;
  for (auto it = db.postlist_begin("T"); it != db.postlist_end("T"); ++it) {
    Hit hit;
    hit.cluster = db.get_document(*it).get_value(kSlotCluster);
    if (!hit.cluster.empty() && seen.emplace(hit.cluster, true).second) {
      hits.push_back(hit);
      page.push_back(*it);
    }
  }
  return hits;
}

// cluster -> matches - 1, by brute force.
std::map<std::string, std::size_t> brute_force_copies(const Xapian::Database& db) {
  std::map<std::string, std::size_t> sizes;
  for (auto it = db.postlist_begin("T"); it != db.postlist_end("T"); ++it) {
    std::string cluster = db.get_document(*it).get_value(kSlotCluster);
    if (!cluster.empty()) ++sizes[cluster];
  }
  for (auto& [cluster, size] : sizes) --size;
  return sizes;
}

void check_copies(const Xapian::Database& db, std::shared_ptr<const FacetColumn> column,
                  std::size_t clusters) {
  std::vector<Xapian::docid> page;
  std::vector<Hit> hits = page_of(db, page);
  REQUIRE(hits.size() == clusters);
  CopyCounter copies(db, hits, page, std::move(column));
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("T"));
  enquire.add_matchspy(&copies);
  enquire.get_mset(0, 0, db.get_doccount());
  copies.fill(hits);
  const auto want = brute_force_copies(db);
  for (const Hit& hit : hits) {
    CAPTURE(hit.cluster);
    CHECK(hit.copies == want.at(hit.cluster));
  }
}

}  // namespace

TEST_CASE("copies by the column's cluster numbers = by the values = brute force") {
  testing::TempDir dir;
  const std::string path = dir.file("db");
  write_documents(path, 300, 9);
  write_facet_column(path);
  Xapian::Database db(path);
  auto column = FacetColumn::open(path, db);
  REQUIRE(column);
  SUBCASE("column") {
    check_copies(db, column, 9);
  }
  SUBCASE("values") {
    check_copies(db, nullptr, 9);
  }
}

TEST_CASE("a column of another revision is not used for copies: they stay exact") {
  testing::TempDir dir;
  const std::string path = dir.file("db");
  write_documents(path, 200, 9);
  write_facet_column(path);
  auto old_column = FacetColumn::open(path, Xapian::Database(path));
  REQUIRE(old_column);
  write_documents(path, 200, 6);  // other clusters; the column has the old ones
  Xapian::Database db(path);
  check_copies(db, old_column, 6);
  write_facet_column(path);
  check_copies(db, FacetColumn::open(path, db), 6);
}

}  // namespace lsearch
