#include "searcher/facets/facet_counter.h"

#include <algorithm>

#include "searcher/facets/ordinal_facet_counter.h"
#include "searcher/facets/slot_facet_counter.h"

namespace lsearch {

std::unique_ptr<FacetCounter> make_facet_counter(FacetMethod method, const Xapian::Database& db,
                                                 std::shared_ptr<const FacetColumn> column) {
  if (method == FacetMethod::kOrdinals)
    return std::make_unique<OrdinalFacetCounter>(db, std::move(column));
  return std::make_unique<SlotFacetCounter>();
}

std::vector<FacetValue> top_values(std::vector<FacetValue> values, std::size_t limit) {
  auto by_count = [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  };
  if (values.size() > limit) {
    std::partial_sort(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(limit),
                      values.end(), by_count);
    values.resize(limit);
  } else {
    std::sort(values.begin(), values.end(), by_count);
  }
  return values;
}

}  // namespace lsearch
