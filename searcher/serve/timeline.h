// The timeline of a result set: counts per month or per year, every bucket
// from the first to the last (empty ones included, so a chart's axis is
// calendar time), computed from the month facet the Searcher counts exactly.
#pragma once

#include <vector>

#include "lsearch/searcher.h"
#include "searcher/serve/search_params.h"

namespace lsearch {

// `months`: "YYYY-MM" values in calendar order (Facets::months).
std::vector<FacetValue> timeline_buckets(const std::vector<FacetValue>& months, TimelineUnit unit);

}  // namespace lsearch
