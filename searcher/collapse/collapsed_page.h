// The collapsed relevance page (one hit per wire-copy cluster) from Xapian's
// uncollapsed ranking. With set_collapse_key Xapian reads the kSlotCluster
// value of every candidate that reaches its proto-MSet (a B-tree look-up
// each); here Xapian ranks without collapsing a few times the page's end, and
// the page is collapsed by the facet column's cluster numbers (an array read
// by docid). The first document of each cluster in the ranking is the one
// Xapian's collapse keeps, and documents without a cluster (number 0) are not
// collapsed, so the page is Xapian's: same docids in the same order (a unit
// test compares them on hundreds of queries). When the ranking's head holds
// too few clusters to fill the page, it asks again for 4x, then 16x, turning
// away the copies of the clusters already seen (they rank below their first
// document, so the page is the same and the head holds new clusters); after
// that it gives up and the caller collapses with Xapian.
#pragma once

#include <xapian.h>

#include <optional>
#include <vector>

#include "common/schema/facet_column.h"

namespace lsearch {

// One hit of the page: Xapian's item, and how many documents of its cluster
// the ranking's head held after it (a lower bound, as Xapian's collapse count
// is; the counting pass makes it exact).
struct PageItem {
  Xapian::MSetIterator item;
  Xapian::doccount collapse_count = 0;
};

// A ranked page: the MSet Xapian gave (its bounds count every match, not
// clusters, when lsearch collapsed) and the page's items in rank order.
struct RankedPage {
  Xapian::MSet mset;
  std::vector<PageItem> items;
};

// Xapian's own page: every item of `mset`, with Xapian's collapse counts.
RankedPage page_of(const Xapian::MSet& mset);

// Items [offset, offset + limit) of `enquire`'s ranking collapsed by the
// column's cluster numbers; nullopt when three rankings of the head did not
// fill the page, or a docid is beyond the column. `enquire` must have no
// collapse key; `column` must be of the searched database's revision.
std::optional<RankedPage> collapsed_page(const Xapian::Enquire& enquire, const FacetColumn& column,
                                         Xapian::doccount offset, Xapian::doccount limit,
                                         const Xapian::MatchDecider* decider);

}  // namespace lsearch
