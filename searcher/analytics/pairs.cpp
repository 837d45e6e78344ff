#include "searcher/analytics/pairs.h"

#include <algorithm>

#include "common/error.h"
#include "common/schema/fields.h"
#include "common/schema/value_codec.h"

namespace lsearch {
namespace {

std::uint64_t key(std::uint32_t a, std::uint32_t b) {
  return (static_cast<std::uint64_t>(a) << 32) | b;
}

void dedupe(std::vector<std::uint32_t>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

}  // namespace

PairKind parse_pair_kind(const std::string& kind) {
  if (kind == "actor") return PairKind::kActors;
  if (kind == "place") return PairKind::kPlaces;
  if (kind == "actor-place") return PairKind::kActorPlace;
  throw QueryError("unknown pair kind '" + kind + "' (actor, place or actor-place)");
}

std::uint32_t PairSpy::intern(std::string_view name) {
  auto it = ids_.find(std::string(name));
  if (it != ids_.end()) return it->second;
  auto id = static_cast<std::uint32_t>(names_.size());
  names_.emplace_back(name);
  ids_.emplace(names_.back(), id);
  return id;
}

void PairSpy::operator()(const Xapian::Document& doc, double) {
  left_.clear();
  right_.clear();
  const char left_tag = kind_ == PairKind::kPlaces ? kTagPlace : kTagActor;
  const char right_tag = kind_ == PairKind::kActorPlace ? kTagPlace : 0;
  for_each_list_item(doc.get_value(kSlotFacets), [&](std::string_view item) {
    if (item.empty()) return;
    if (item[0] == left_tag)
      left_.push_back(intern(item.substr(1)));
    else if (item[0] == right_tag)
      right_.push_back(intern(item.substr(1)));
  });
  dedupe(left_);
  if (kind_ == PairKind::kActorPlace) {
    dedupe(right_);
    for (std::uint32_t a : left_)
      for (std::uint32_t b : right_) ++counts_[key(a, b)];
    return;
  }
  for (std::size_t i = 0; i < left_.size(); ++i)
    for (std::size_t j = i + 1; j < left_.size(); ++j) ++counts_[key(left_[i], left_[j])];
}

std::vector<EntityPair> PairSpy::top(std::size_t limit) const {
  std::vector<EntityPair> pairs;
  pairs.reserve(counts_.size());
  for (const auto& [k, count] : counts_) {
    const std::string& a = names_[static_cast<std::size_t>(k >> 32)];
    const std::string& b = names_[static_cast<std::size_t>(k & 0xffffffffu)];
    // One kind: the pair is unordered, so name it in alphabetical order.
    if (kind_ != PairKind::kActorPlace && b < a)
      pairs.push_back({b, a, count});
    else
      pairs.push_back({a, b, count});
  }
  auto by_count = [](const EntityPair& x, const EntityPair& y) {
    if (x.count != y.count) return x.count > y.count;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  };
  if (pairs.size() > limit) {
    std::partial_sort(pairs.begin(), pairs.begin() + static_cast<std::ptrdiff_t>(limit),
                      pairs.end(), by_count);
    pairs.resize(limit);
  } else {
    std::sort(pairs.begin(), pairs.end(), by_count);
  }
  return pairs;
}

}  // namespace lsearch
