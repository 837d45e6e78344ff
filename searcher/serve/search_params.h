// The HTTP API's query parameters -> a SearchRequest, validated in one place.
// Names and meanings follow lsearch's flags (q is the query words; actor,
// place and source repeat for OR); what cannot be meant is a ParamError that
// names the parameter, which the server answers with HTTP 400.
#pragma once

#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>

#include "lsearch/searcher.h"

namespace lsearch {

// The decoded query string: the same type as httplib::Params.
using QueryParams = std::multimap<std::string, std::string>;

class ParamError : public std::runtime_error {
 public:
  ParamError(std::string parameter, const std::string& why)
      : std::runtime_error(why), parameter_(std::move(parameter)) {}
  const std::string& parameter() const { return parameter_; }

 private:
  std::string parameter_;
};

struct ApiSearch {
  SearchRequest request;
  bool explain = false;
};

// Bounds of the web API (tighter than the CLI's: a page is for a reader).
inline constexpr std::size_t kMaxLimit = 1000;
inline constexpr std::size_t kMaxOffset = 100000;
inline constexpr std::size_t kMaxFacetLimit = 1000;

// Throws ParamError for an unknown parameter, a value out of range or a
// single-valued parameter given twice. Empty values count as absent.
ApiSearch parse_search_params(const QueryParams& params);

// The one value of a single-valued parameter ("" when absent).
std::string single_param(const QueryParams& params, const std::string& name);

}  // namespace lsearch
