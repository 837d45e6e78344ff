// The order of a page: relevance with ties by kSlotSortNewest, or a date sort.
// Xapian reads the sort value of every candidate that reaches its proto-MSet
// (33 of the 170 index block reads of `lsearch oil` on Reuters-21578, and
// many more where headlines tie in weight); the facet column's sort ranks give
// the same order from memory, through a KeyMaker by docid. Remote shards run
// no KeyMaker: collections without a column keep the value sorts.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>

#include "common/schema/facet_column.h"
#include "lsearch/searcher.h"

namespace lsearch {

// kSlotSortNewest's order as the column's rank of the document, 4 big-endian
// bytes (byte order = number order, as Xapian compares keys). The column must
// be of the searched database's revision and hold ranks.
class SortRankKey : public Xapian::KeyMaker {
 public:
  explicit SortRankKey(std::shared_ptr<const FacetColumn> column) : column_(std::move(column)) {}
  std::string operator()(const Xapian::Document& doc) const override;

 private:
  std::shared_ptr<const FacetColumn> column_;
};

// Sets `enquire`'s order for `sort` (relevance: ties newest first, then by id;
// newest / oldest: by date, then id, then relevance). `ranks` (may be null)
// stands in for kSlotSortNewest.
void set_sort_order(Xapian::Enquire& enquire, SortOrder sort, SortRankKey* ranks);

}  // namespace lsearch
