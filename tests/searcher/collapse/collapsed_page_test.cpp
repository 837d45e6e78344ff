// The page collapsed by the facet column's cluster numbers is Xapian's
// collapsed page (same docids, same order, same weights), ranked by relevance
// with ties by the column's sort ranks and sorted newest first, at two offsets
// and two page sizes, for hundreds of queries on a real Reuters-21578 index
// and on the Libya headlines, where many pages hold wire copies.
#include "searcher/collapse/collapsed_page.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../../support/ranking_queries.h"
#include "../../support/reuters_index.h"
#include "common/schema/fields.h"
#include "searcher/paging/sort_order.h"
#include "searcher/ranking.h"

namespace lsearch {
namespace {

struct Shown {
  std::vector<Xapian::docid> docids;
  std::vector<double> weights;
  bool operator==(const Shown&) const = default;
};

Shown shown_of(const std::vector<PageItem>& items) {
  Shown shown;
  for (const PageItem& item : items) {
    shown.docids.push_back(*item.item);
    shown.weights.push_back(item.item.get_weight());
  }
  return shown;
}

struct Tally {
  std::size_t pages = 0, fallbacks = 0, collapsing = 0;
};

void check_one(Xapian::Enquire& enquire, const FacetColumn& column, Xapian::doccount offset,
               Xapian::doccount limit, Tally& tally) {
  enquire.set_collapse_key(Xapian::BAD_VALUENO);
  const Shown uncollapsed = shown_of(page_of(enquire.get_mset(offset, limit)).items);
  auto got = collapsed_page(enquire, column, offset, limit, nullptr);
  enquire.set_collapse_key(kSlotCluster);
  const Shown want = shown_of(page_of(enquire.get_mset(offset, limit)).items);
  ++tally.pages;
  if (want != uncollapsed) ++tally.collapsing;
  if (!got) {
    ++tally.fallbacks;
    return;
  }
  CHECK(shown_of(got->items) == want);
}

Tally check_pages(const std::string& path) {
  Xapian::Database db(path);
  auto column = FacetColumn::open(testing::generation_of(path), db);
  REQUIRE(column);
  REQUIRE(column->has_sort_ranks());
  SortRankKey ranks(column);
  const std::vector<Xapian::Query> queries = testing::queries_of(db);
  REQUIRE(queries.size() > 150);
  Tally tally;
  for (const Xapian::Query& query : queries)
    for (SortOrder sort : {SortOrder::kRelevance, SortOrder::kNewest})
      for (Xapian::doccount offset : {0u, 7u})
        for (Xapian::doccount limit : {10u, 20u}) {
          CAPTURE(query.get_description());
          CAPTURE(static_cast<int>(sort));
          CAPTURE(offset);
          CAPTURE(limit);
          Xapian::Enquire enquire(db);
          enquire.set_weighting_scheme(ranking_weight());
          enquire.set_query(query);
          set_sort_order(enquire, sort, &ranks);
          check_one(enquire, *column, offset, limit, tally);
        }
  return tally;
}

}  // namespace

TEST_CASE("the column's clusters collapse a page as Xapian does on a Reuters-21578 index") {
  const Tally tally = check_pages(testing::ReutersIndex::get().db());
  CHECK(tally.collapsing > 50);
  CHECK(tally.fallbacks * 20 < tally.pages);
}

TEST_CASE("the column's clusters collapse a page as Xapian does on headlines with many copies") {
  const Tally tally = check_pages(testing::headlines_index());
  CHECK(tally.collapsing > 300);
  CHECK(tally.fallbacks * 10 < tally.pages);
}

}  // namespace lsearch
