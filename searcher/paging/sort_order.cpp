#include "searcher/paging/sort_order.h"

#include "common/schema/fields.h"

namespace lsearch {

std::string SortRankKey::operator()(const Xapian::Document& doc) const {
  std::uint32_t rank = 0;
  // Every docid of the column's revision is in it: a miss leaves rank 0,
  // which only a document without a sort value has.
  column_->sort_rank(doc.get_docid(), rank);
  return {static_cast<char>(rank >> 24), static_cast<char>(rank >> 16),
          static_cast<char>(rank >> 8), static_cast<char>(rank)};
}

void set_sort_order(Xapian::Enquire& enquire, SortOrder sort, SortRankKey* ranks) {
  // Built-in value sorts otherwise (remote shards run no KeyMaker); ties by date
  // and id, never by docid, so that every split into shards gives the same order.
  if (sort == SortOrder::kRelevance && ranks)
    enquire.set_sort_by_relevance_then_key(ranks, false);
  else if (sort == SortOrder::kRelevance)
    enquire.set_sort_by_relevance_then_value(kSlotSortNewest, false);
  else if (sort == SortOrder::kNewest && ranks)
    enquire.set_sort_by_key_then_relevance(ranks, false);
  else
    enquire.set_sort_by_value_then_relevance(
        sort == SortOrder::kNewest ? kSlotSortNewest : kSlotSortOldest, false);
}

}  // namespace lsearch
