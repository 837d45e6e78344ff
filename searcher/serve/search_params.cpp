#include "searcher/serve/search_params.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "common/schema/fields.h"
#include "common/util/text.h"

namespace lsearch {
namespace {

constexpr std::array<std::string_view, 23> kKnown = {"q",
                                                     "actor",
                                                     "place",
                                                     "source",
                                                     "since",
                                                     "until",
                                                     "country",
                                                     "sort",
                                                     "offset",
                                                     "limit",
                                                     "timeline",
                                                     "timeline_by",
                                                     "timeline_series",
                                                     "pairs",
                                                     "pairs_limit",
                                                     "plain",
                                                     "similar",
                                                     "expand",
                                                     "explain",
                                                     "facet_limit",
                                                     "snippet_length",
                                                     "no_facets",
                                                     "no_snippets"};

std::size_t number_param(const QueryParams& params, const std::string& name, std::size_t fallback,
                         std::size_t low, std::size_t high) {
  std::string text = single_param(params, name);
  if (text.empty()) return fallback;
  const std::string range = std::to_string(low) + " to " + std::to_string(high);
  // At most 9 digits: no overflow, and anything longer is out of range anyway.
  if (text.size() > 9 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    throw ParamError(name, name + " must be a whole number from " + range);
  std::size_t value = std::stoul(text);
  if (value < low || value > high) throw ParamError(name, name + " must be from " + range);
  return value;
}

bool flag_param(const QueryParams& params, const std::string& name) {
  std::string text = single_param(params, name);
  if (text.empty() || text == "0" || text == "false") return false;
  if (text == "1" || text == "true") return true;
  throw ParamError(name, name + " must be 1 or 0 (true or false)");
}

std::vector<std::string> repeated_param(const QueryParams& params, const std::string& name) {
  std::vector<std::string> values;
  auto [begin, end] = params.equal_range(name);
  for (auto it = begin; it != end; ++it)
    if (!it->second.empty()) values.push_back(it->second);
  return values;
}

SortOrder sort_param(const QueryParams& params) {
  std::string text = single_param(params, "sort");
  if (text.empty() || text == "relevance") return SortOrder::kRelevance;
  if (text == "newest") return SortOrder::kNewest;
  if (text == "oldest") return SortOrder::kOldest;
  throw ParamError("sort", "sort must be relevance, newest or oldest");
}

// One of `allowed`, or "" when absent.
std::string choice_param(const QueryParams& params, const std::string& name,
                         const std::vector<std::string>& allowed) {
  std::string text = single_param(params, name);
  if (text.empty() || std::find(allowed.begin(), allowed.end(), text) != allowed.end()) return text;
  throw ParamError(name, name + " must be one of " + join(allowed, ", "));
}

// The CLI's --timeline, --timeline-by, --timeline-series, --pairs, --pairs-limit.
void analytics_params(const QueryParams& params, SearchRequest& request) {
  std::string unit = choice_param(params, "timeline", {"day", "week", "month", "year", "auto"});
  request.timeline.by = choice_param(params, "timeline_by", series_field_names());
  request.timeline.wanted = !unit.empty() || !request.timeline.by.empty();
  request.timeline.unit = unit == "day"     ? TimeUnit::kDay
                          : unit == "week"  ? TimeUnit::kWeek
                          : unit == "month" ? TimeUnit::kMonth
                          : unit == "year"  ? TimeUnit::kYear
                                            : TimeUnit::kAuto;
  request.timeline.series = number_param(params, "timeline_series", 5, 1, 50);
  request.pairs.kind = choice_param(params, "pairs", {"actor", "place", "actor-place"});
  request.pairs.limit = number_param(params, "pairs_limit", 20, 1, 10000);
}

}  // namespace

std::string single_param(const QueryParams& params, const std::string& name) {
  auto [begin, end] = params.equal_range(name);
  if (begin == end) return "";
  if (std::next(begin) != end) throw ParamError(name, name + " is given more than once");
  return begin->second;
}

ApiSearch parse_search_params(const QueryParams& params) {
  for (const auto& [name, value] : params)
    if (std::find(kKnown.begin(), kKnown.end(), name) == kKnown.end())
      throw ParamError(name, "unknown parameter '" + name + "'");
  ApiSearch api;
  SearchRequest& request = api.request;
  request.query = single_param(params, "q");
  request.actors = repeated_param(params, "actor");
  request.places = repeated_param(params, "place");
  request.sources = repeated_param(params, "source");
  request.countries = repeated_param(params, "country");
  request.since = single_param(params, "since");
  request.until = single_param(params, "until");
  request.sort = sort_param(params);
  request.offset = number_param(params, "offset", 0, 0, kMaxOffset);
  request.limit = number_param(params, "limit", 10, 0, kMaxLimit);
  request.plain = flag_param(params, "plain");
  request.similar_to = single_param(params, "similar");
  request.expand = flag_param(params, "expand");
  request.facets = !flag_param(params, "no_facets");
  request.snippets = !flag_param(params, "no_snippets");
  request.facet_limit = number_param(params, "facet_limit", 10, 0, kMaxFacetLimit);
  // The CLI's bounds for --snippet-length.
  request.snippet_bytes = number_param(params, "snippet_length", 240, 20, 100000);
  analytics_params(params, request);
  api.explain = flag_param(params, "explain");
  return api;
}

}  // namespace lsearch
