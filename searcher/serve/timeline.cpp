#include "searcher/serve/timeline.h"

#include <cstdio>
#include <map>

namespace lsearch {
namespace {

// "2019-04" -> 2019 * 12 + 3; -1 for anything else.
int month_index(const std::string& value) {
  int year = 0, month = 0;
  if (value.size() != 7 || std::sscanf(value.c_str(), "%4d-%2d", &year, &month) != 2) return -1;
  if (year < 0 || month < 1 || month > 12) return -1;
  return year * 12 + month - 1;
}

std::string bucket_name(int index, TimelineUnit unit) {
  char text[16];
  if (unit == TimelineUnit::kYear)
    std::snprintf(text, sizeof text, "%04d", index);
  else
    std::snprintf(text, sizeof text, "%04d-%02d", index / 12, index % 12 + 1);
  return text;
}

}  // namespace

std::vector<FacetValue> timeline_buckets(const std::vector<FacetValue>& months, TimelineUnit unit) {
  std::map<int, std::size_t> counts;
  for (const auto& month : months) {
    int index = month_index(month.value);
    if (index < 0) continue;
    counts[unit == TimelineUnit::kYear ? index / 12 : index] += month.count;
  }
  std::vector<FacetValue> buckets;
  if (counts.empty()) return buckets;
  for (int i = counts.begin()->first; i <= counts.rbegin()->first; ++i) {
    auto it = counts.find(i);
    buckets.push_back({bucket_name(i, unit), it == counts.end() ? 0 : it->second});
  }
  return buckets;
}

}  // namespace lsearch
