// The facet column's sort ranks stand in for kSlotSortNewest: Xapian's page,
// ranked by relevance with ties newest first (or sorted newest first), is the
// same through SortRankKey as through the value slot (same docids, weights,
// collapse counts and bounds), with and without collapsing, at several
// offsets, for hundreds of queries on a real Reuters-21578 index and on the
// Libya headlines, whose titles of equal lengths tie in weight.
#include "searcher/paging/sort_order.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../../support/ranking_queries.h"
#include "../../support/reuters_index.h"
#include "common/schema/fields.h"
#include "searcher/ranking.h"

namespace lsearch {
namespace {

using testing::generation_of;
using testing::headlines_index;
using testing::queries_of;

struct Page {
  std::vector<Xapian::docid> docids;
  std::vector<double> weights;
  std::vector<Xapian::doccount> collapse_counts;
  Xapian::doccount lower = 0, estimate = 0, upper = 0;
  bool operator==(const Page&) const = default;
};

Page page_of(const Xapian::MSet& mset) {
  Page page{{},
            {},
            {},
            mset.get_matches_lower_bound(),
            mset.get_matches_estimated(),
            mset.get_matches_upper_bound()};
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    page.docids.push_back(*it);
    page.weights.push_back(it.get_weight());
    page.collapse_counts.push_back(it.get_collapse_count());
  }
  return page;
}

Page search(const Xapian::Database& db, const Xapian::Query& query, SortOrder sort,
            SortRankKey* ranks, bool collapse, Xapian::doccount offset) {
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(ranking_weight());
  enquire.set_query(query);
  set_sort_order(enquire, sort, ranks);
  if (collapse) enquire.set_collapse_key(kSlotCluster);
  return page_of(enquire.get_mset(offset, 20));
}

// Whether ranking by weight alone (ties by docid) would give another page:
// the tie-break is what the comparison is about.
bool ties_matter(const Xapian::Database& db, const Xapian::Query& query, const Page& want) {
  Xapian::Enquire enquire(db);
  enquire.set_weighting_scheme(ranking_weight());
  enquire.set_query(query);
  return page_of(enquire.get_mset(0, 20)).docids != want.docids;
}

// Returns how many relevance pages depend on the tie-break.
std::size_t check_same_pages(const std::string& path) {
  Xapian::Database db(path);
  auto column = FacetColumn::open(generation_of(path), db);
  REQUIRE(column);
  REQUIRE(column->has_sort_ranks());
  SortRankKey ranks(column);
  std::size_t tie_pages = 0;
  const std::vector<Xapian::Query> queries = queries_of(db);
  REQUIRE(queries.size() > 150);
  for (const Xapian::Query& query : queries)
    for (SortOrder sort : {SortOrder::kRelevance, SortOrder::kNewest})
      for (bool collapse : {true, false})
        for (Xapian::doccount offset : {0u, 7u}) {
          CAPTURE(query.get_description());
          CAPTURE(static_cast<int>(sort));
          CAPTURE(collapse);
          CAPTURE(offset);
          const Page want = search(db, query, sort, nullptr, collapse, offset);
          CHECK(search(db, query, sort, &ranks, collapse, offset) == want);
          if (sort == SortOrder::kRelevance && !collapse && offset == 0 &&
              ties_matter(db, query, want))
            ++tie_pages;
        }
  return tie_pages;
}

}  // namespace

TEST_CASE("the column's sort ranks give Xapian's pages on a real Reuters-21578 index") {
  CHECK(check_same_pages(testing::ReutersIndex::get().db()) > 10);
}

TEST_CASE("the column's sort ranks give Xapian's pages on headlines that tie in weight") {
  CHECK(check_same_pages(headlines_index()) > 100);
}

}  // namespace lsearch
