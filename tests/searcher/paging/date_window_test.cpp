// The page of a date-sorted search from the newest (oldest) months equals the
// page Xapian gives over the whole result set: same articles, same order, with
// and without collapsing, at every offset, on a real Reuters-21578 index and on
// articles dated only to the month or year (which sort last).
#include "searcher/paging/date_window.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../../support/reuters_index.h"
#include "../../support/seed_index.h"
#include "common/schema/fields.h"

namespace lsearch {
namespace {

struct Page {
  std::vector<Xapian::docid> docids;
  std::vector<double> weights;
  bool operator==(const Page&) const = default;
};

Page page_of(const Xapian::MSet& mset) {
  Page page;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    page.docids.push_back(*it);
    page.weights.push_back(it.get_weight());
  }
  return page;
}

Xapian::Enquire sorted(const Xapian::Database& db, Xapian::valueno slot, bool collapse) {
  Xapian::Enquire enquire(db);
  enquire.set_sort_by_value_then_relevance(slot, false);
  if (collapse) enquire.set_collapse_key(kSlotCluster);
  return enquire;
}

// Every offset/limit/order/collapse combination: the windowed page is Xapian's
// whole-set page. Returns how many searches took their page from a window.
std::size_t check_pages(const Xapian::Database& db, const Xapian::Query& query,
                        Xapian::doccount first_window_per_hit) {
  std::size_t windowed = 0;
  for (bool newest : {true, false})
    for (bool collapse : {true, false})
      for (Xapian::doccount offset : {0u, 1u, 9u, 40u, 300u})
        for (Xapian::doccount limit : {1u, 10u, 57u}) {
          CAPTURE(newest);
          CAPTURE(collapse);
          CAPTURE(offset);
          CAPTURE(limit);
          const Xapian::valueno slot = newest ? kSlotSortNewest : kSlotSortOldest;
          Xapian::Enquire whole = sorted(db, slot, collapse);
          whole.set_query(query);
          const Page want = page_of(whole.get_mset(offset, limit));
          Xapian::Enquire enquire = sorted(db, slot, collapse);
          DateWindows windows(db, newest, slot, first_window_per_hit);
          const Page got = page_of(windows.page(enquire, query, offset, limit, nullptr));
          CHECK(got == want);
          if (windows.windows_tried() > 0 && got.docids.size() == limit) ++windowed;
        }
  return windowed;
}

}  // namespace

TEST_CASE("a date-sorted page from the newest or oldest months is the whole set's page") {
  Xapian::Database db(testing::ReutersIndex::get().db());
  // Every article, a word's articles (weights kept), and a filter.
  CHECK(check_pages(db, Xapian::Query(std::string()), DateWindows::kFirstWindowPerHit) > 0);
  CHECK(check_pages(db, Xapian::Query("Zoil"), 1) > 0);
  CHECK(check_pages(
            db,
            Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("Zoil"), Xapian::Query("Y1987")),
            2) > 0);
}

TEST_CASE("articles dated only to the month or year sort last, and a window never cuts them in") {
  // The newest month holds only articles dated to the month: a window of it is
  // full of articles that sort after every full date, so the page widens.
  std::string lines;
  const char* dates[] = {"2011-01-05", "2011-01-20", "2011-02-03", "2011-02-17", "2011-03",
                         "2011-03",    "2011-03",    "2011",       "",           "2011-02-25"};
  int n = 0;
  for (const char* date : dates)
    lines += "{\"id\":\"w" + std::to_string(n++) + "\",\"title\":\"Window " + date +
             "\",\"date\":\"" + date + "\",\"text\":\"A note on the window.\"}\n";
  testing::SeedIndex index({{"dates/window.jsonl", lines}});
  Xapian::Database db(index.db());
  const Xapian::Query query("Zwindow");
  CHECK(check_pages(db, query, 1) > 0);
  Xapian::Enquire enquire = sorted(db, kSlotSortNewest, false);
  DateWindows windows(db, true, kSlotSortNewest, 1);
  Xapian::MSet top = windows.page(enquire, query, 0, 2, nullptr);
  REQUIRE(top.size() == 2);
  CHECK(top[0].get_document().get_value(kSlotDate) == "20110225");
  CHECK(windows.windows_tried() == 1);  // March (dated to the month only) did not hold it
}

}  // namespace lsearch
