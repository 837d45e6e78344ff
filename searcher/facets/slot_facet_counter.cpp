#include "searcher/facets/slot_facet_counter.h"

#include <map>

#include "common/schema/fields.h"
#include "common/schema/value_codec.h"

namespace lsearch {

SlotFacetCounter::SlotFacetCounter() {
  for (const FacetSpec& spec : kFacets) {
    FacetSpies spies;
    for (unsigned k = 0; k < spec.slots; ++k)
      spies.slots.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(spec.first_slot + k));
    if (spec.overflow_slot)
      spies.overflow = std::make_unique<Xapian::ValueCountMatchSpy>(*spec.overflow_slot);
    spies_.push_back(std::move(spies));
  }
}

void SlotFacetCounter::attach(Xapian::Enquire& enquire) {
  for (auto& spies : spies_) {
    for (auto& spy : spies.slots) enquire.add_matchspy(spy.get());
    if (spies.overflow) enquire.add_matchspy(spies.overflow.get());
  }
}

std::vector<FacetValue> SlotFacetCounter::all_values(const FacetSpies& spies) const {
  std::map<std::string, std::size_t, std::less<>> counts;
  for (const auto& spy : spies.slots)
    for (auto it = spy->values_begin(); it != spy->values_end(); ++it)
      counts[*it] += it.get_termfreq();
  if (spies.overflow)
    for (auto it = spies.overflow->values_begin(); it != spies.overflow->values_end(); ++it) {
      const Xapian::doccount docs = it.get_termfreq();
      for_each_list_item(*it, [&](std::string_view name) {
        auto found = counts.find(name);
        if (found == counts.end())
          counts.emplace(std::string(name), docs);
        else
          found->second += docs;
      });
    }
  std::vector<FacetValue> values;
  values.reserve(counts.size());
  for (auto& [name, count] : counts) values.push_back({name, count});
  return values;
}

Facets SlotFacetCounter::collect(std::size_t limit, bool exact) {
  Facets facets;
  facets.computed = true;
  facets.exact = exact;
  facets.actors = top_values(all_values(spies_[0]), limit);
  facets.places = top_values(all_values(spies_[1]), limit);
  facets.sources = top_values(all_values(spies_[2]), limit);
  facets.countries = top_values(all_values(spies_[3]), limit);
  // std::map order is calendar order for "YYYYMM".
  for (FacetValue& month : all_values(spies_[4])) {
    if (month.value.size() == 6) month.value.insert(4, "-");
    facets.months.push_back(std::move(month));
  }
  return facets;
}

}  // namespace lsearch
