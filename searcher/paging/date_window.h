// The page of a search sorted by date, from the newest (or oldest) months only.
// Sorted by a value, Xapian's page pass reads the sort and collapse values of
// every match, since no weight bound lets it stop early (on the 786k-article
// index, `--since 2011` newest first: ~150 ms for 10 hits out of 734k). The
// page of the whole result set is the page of the matches in the newest months
// when those fill it: every article outside them sorts after every dated
// article inside, and a wire-copy cluster's first article is its newest (so
// the collapsed lists agree on the page too). The page is accepted from a
// window only when it is full and its last hit has a full date (articles dated
// only to the month or year sort last with the undated ones: their sort keys
// start with '~', indexer/document_builder's add_sort_keys);
// else the window widens 16-fold, up to the whole result set.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <vector>

namespace lsearch {

class DateWindows {
 public:
  // The first window holds this many articles per hit the page asks for
  // (offset + limit); each next one 16 times more, so at most 1/15 of a last,
  // whole pass goes to windows that did not hold the page.
  static constexpr Xapian::doccount kFirstWindowPerHit = 32;

  // `newest`: windows of the newest months (else the oldest). `sort_slot`: the
  // slot the page is sorted by (kSlotSortNewest / kSlotSortOldest).
  DateWindows(const Xapian::Database& db, bool newest, Xapian::valueno sort_slot,
              Xapian::doccount first_window_per_hit = kFirstWindowPerHit);

  // The page (offset, limit) of `query` as `enquire` is set up to sort and
  // collapse it, from the smallest window that holds it. Its counts (matches,
  // collapse counts) are the window's: use it only when an exact counting pass
  // follows.
  Xapian::MSet page(Xapian::Enquire& enquire, const Xapian::Query& query, Xapian::doccount offset,
                    Xapian::doccount limit, const Xapian::MatchDecider* decider) const;
  // How many windows the last page() tried before the whole result set (tests).
  std::size_t windows_tried() const { return windows_tried_; }

 private:
  // The months' terms from the first end of the sort order, and the number of
  // articles each window up to them holds (term frequencies, summed).
  std::vector<std::string> months_;
  std::vector<Xapian::doccount> cumulative_;
  Xapian::valueno sort_slot_;
  Xapian::doccount first_window_per_hit_;
  mutable std::size_t windows_tried_ = 0;

  bool full_and_dated(const Xapian::MSet& mset, Xapian::doccount limit) const;
};

}  // namespace lsearch
