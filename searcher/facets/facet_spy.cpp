#include "searcher/facets/facet_spy.h"

#include "common/schema/fields.h"
#include "common/schema/value_codec.h"

namespace lsearch {
namespace {

void count(FacetCounts& counts, std::string_view value) {
  auto it = counts.find(value);
  if (it == counts.end())
    counts.emplace(value, 1);
  else
    ++it->second;
}

}  // namespace

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  const std::string facets = doc.get_value(kSlotFacets);
  for_each_list_item(facets, [&](std::string_view item) {
    if (item.empty()) return;
    switch (item[0]) {
      case kTagActor:
        count(counts_[kActors], item.substr(1));
        break;
      case kTagPlace:
        count(counts_[kPlaces], item.substr(1));
        break;
      case kTagSource:
        count(counts_[kSources], item.substr(1));
        break;
      case kTagMonth:
        count(counts_[kMonths], item.substr(1));
        break;
      default:
        break;
    }
  });
}

}  // namespace lsearch
