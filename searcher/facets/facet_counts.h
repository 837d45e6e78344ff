// FacetCounts: counts by value name, looked up by string_view without
// allocating (for spies that count names, e.g. searcher/analytics).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lsearch {

struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using FacetCounts = std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>>;

}  // namespace lsearch
