// Who with whom: a MatchSpy that counts, over every match, each pair of
// entities named together in one article (two actors, two places, or an actor
// and a place), exactly. Names are interned once, so a pair costs one hash
// lookup on two numbers, not on strings.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "lsearch/searcher.h"

namespace lsearch {

enum class PairKind { kActors, kPlaces, kActorPlace };

// "actor", "place", "actor-place"; throws QueryError otherwise.
PairKind parse_pair_kind(const std::string& kind);

class PairSpy : public Xapian::MatchSpy {
 public:
  explicit PairSpy(PairKind kind) : kind_(kind) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override { return new PairSpy(kind_); }
  std::string name() const override { return "lsearch::PairSpy"; }

  // The `limit` most frequent pairs (ties by name).
  std::vector<EntityPair> top(std::size_t limit) const;

 private:
  std::uint32_t intern(std::string_view name);

  PairKind kind_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> names_;
  std::unordered_map<std::uint64_t, std::size_t> counts_;  // (id a << 32 | id b) -> count
  std::vector<std::uint32_t> left_, right_;                // scratch, reused per match
};

}  // namespace lsearch
