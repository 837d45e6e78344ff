#include "searcher/cli/list_values.h"

#include <limits>
#include <ostream>

#include "common/error.h"
#include "common/util/display_text.h"

namespace lsearch {

int list_facet_values(Searcher& searcher, const std::string& kind, std::ostream& out) {
  // A search with no words and no filters matches every article; its exact
  // facets are the index's values (the page itself is empty).
  SearchRequest request;
  request.limit = 0;
  request.facet_limit = std::numeric_limits<std::size_t>::max();
  request.snippets = false;
  request.suggest = false;
  SearchResults results = searcher.search(request);
  const auto& values = kind == "actors"      ? results.facets.actors
                       : kind == "places"    ? results.facets.places
                       : kind == "countries" ? results.facets.countries
                                             : results.facets.sources;
  for (const FacetValue& value : values) out << display_text(value.value) << "\n";
  out.flush();
  return values.empty() ? kExitNoMatchOrSkipped : kExitOk;
}

}  // namespace lsearch
