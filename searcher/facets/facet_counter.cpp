#include "searcher/facets/facet_counter.h"

#include <algorithm>

#include "common/schema/fields.h"

namespace lsearch {
namespace {

std::vector<FacetValue> top(const std::unordered_map<std::string, std::size_t>& counts, std::size_t limit) {
  std::vector<FacetValue> values;
  values.reserve(counts.size());
  for (const auto& [value, count] : counts) values.push_back({value, count});
  auto by_count = [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  };
  if (values.size() > limit) {
    std::partial_sort(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(limit), values.end(), by_count);
    values.resize(limit);
  } else {
    std::sort(values.begin(), values.end(), by_count);
  }
  return values;
}

std::vector<FacetValue> top(const Xapian::ValueCountMatchSpy& spy, std::size_t limit) {
  std::vector<FacetValue> values;
  for (auto it = spy.top_values_begin(limit); it != spy.top_values_end(limit); ++it)
    values.push_back({*it, static_cast<std::size_t>(it.get_termfreq())});
  return values;
}

}  // namespace

FacetCounter::FacetCounter()
    : actors_(std::make_unique<ListCountMatchSpy>(kSlotActors)),
      places_(std::make_unique<ListCountMatchSpy>(kSlotPlaces)),
      sources_(std::make_unique<Xapian::ValueCountMatchSpy>(kSlotSource)),
      months_(std::make_unique<Xapian::ValueCountMatchSpy>(kSlotMonth)) {}

void FacetCounter::attach(Xapian::Enquire& enquire) {
  enquire.add_matchspy(actors_.get());
  enquire.add_matchspy(places_.get());
  enquire.add_matchspy(sources_.get());
  enquire.add_matchspy(months_.get());
}

Facets FacetCounter::collect(std::size_t limit, bool exact) const {
  Facets facets;
  facets.computed = true;
  facets.exact = exact;
  facets.actors = top(actors_->counts(), limit);
  facets.places = top(places_->counts(), limit);
  facets.sources = top(*sources_, limit);
  // The month histogram: every month, in calendar order ("YYYYMM" -> "YYYY-MM").
  for (auto it = months_->values_begin(); it != months_->values_end(); ++it) {
    const std::string& raw = *it;
    std::string month = raw.size() == 6 ? raw.substr(0, 4) + '-' + raw.substr(4) : raw;
    facets.months.push_back({month, static_cast<std::size_t>(it.get_termfreq())});
  }
  return facets;
}

}  // namespace lsearch
