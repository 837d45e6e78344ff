#include "searcher/serve/timeline.h"

#include <doctest/doctest.h>

namespace lsearch {
namespace {

std::string render(const std::vector<FacetValue>& buckets) {
  std::string out;
  for (const auto& b : buckets) out += b.value + "=" + std::to_string(b.count) + " ";
  return out;
}

}  // namespace

TEST_CASE("months: every month from the first to the last, empty ones as 0") {
  std::vector<FacetValue> months = {{"2019-11", 2}, {"2020-02", 5}};
  CHECK(render(timeline_buckets(months, TimelineUnit::kMonth)) ==
        "2019-11=2 2019-12=0 2020-01=0 2020-02=5 ");
}

TEST_CASE("years: months summed per year, gaps as 0") {
  std::vector<FacetValue> months = {{"2017-01", 1}, {"2017-12", 2}, {"2019-06", 4}};
  CHECK(render(timeline_buckets(months, TimelineUnit::kYear)) == "2017=3 2018=0 2019=4 ");
}

TEST_CASE("no months, or none that is a month, is an empty timeline") {
  CHECK(timeline_buckets({}, TimelineUnit::kMonth).empty());
  CHECK(timeline_buckets({{"garbage", 3}, {"2019-13", 1}}, TimelineUnit::kYear).empty());
}

}  // namespace lsearch
