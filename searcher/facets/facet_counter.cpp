#include "searcher/facets/facet_counter.h"

#include <algorithm>

namespace lsearch {
namespace {

std::vector<FacetValue> top(const FacetCounts& counts, std::size_t limit) {
  std::vector<FacetValue> values;
  values.reserve(counts.size());
  for (const auto& [value, count] : counts) values.push_back({value, count});
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

}  // namespace

Facets FacetCounter::collect(std::size_t limit, bool exact) const {
  Facets facets;
  facets.computed = true;
  facets.exact = exact;
  facets.actors = top(spy_->counts(FacetSpy::kActors), limit);
  facets.places = top(spy_->counts(FacetSpy::kPlaces), limit);
  facets.sources = top(spy_->counts(FacetSpy::kSources), limit);
  // The month histogram: every month, in calendar order ("YYYYMM" -> "YYYY-MM").
  for (const auto& [raw, count] : spy_->counts(FacetSpy::kMonths)) {
    std::string month = raw.size() == 6 ? raw.substr(0, 4) + '-' + raw.substr(4) : raw;
    facets.months.push_back({month, count});
  }
  std::sort(facets.months.begin(), facets.months.end(),
            [](const FacetValue& a, const FacetValue& b) { return a.value < b.value; });
  return facets;
}

}  // namespace lsearch
