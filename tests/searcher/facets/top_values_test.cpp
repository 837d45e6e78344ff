// top_values: what both facet counters show of a facet (highest counts first,
// ties by name, cut at the limit), as a table.
#include <doctest/doctest.h>

#include "searcher/facets/facet_counter.h"

namespace lsearch {
namespace {

std::string shown(const std::vector<FacetValue>& values) {
  std::string out;
  for (const FacetValue& v : values) out += v.value + "=" + std::to_string(v.count) + " ";
  return out;
}

}  // namespace

TEST_CASE("top_values: counts first, ties by name, cut at the limit") {
  struct Row {
    std::vector<FacetValue> values;
    std::size_t limit;
    const char* expected;
  };
  const Row rows[] = {
      {{}, 10, ""},
      {{{"b", 1}, {"a", 3}, {"c", 2}}, 10, "a=3 c=2 b=1 "},
      {{{"b", 2}, {"a", 2}, {"c", 2}}, 10, "a=2 b=2 c=2 "},       // ties by name
      {{{"b", 1}, {"a", 3}, {"c", 2}}, 2, "a=3 c=2 "},            // cut (partial sort)
      {{{"z", 5}, {"b", 1}, {"a", 1}, {"c", 1}}, 2, "z=5 a=1 "},  // a tie cut by name
      {{{"a", 1}, {"b", 2}}, 0, ""},                              // limit 0: none shown
      {{{"a", 1}, {"b", 2}}, 2, "b=2 a=1 "},                      // limit == size
  };
  for (const Row& row : rows) {
    CAPTURE(row.limit);
    CHECK(shown(top_values(row.values, row.limit)) == row.expected);
  }
}

}  // namespace lsearch
