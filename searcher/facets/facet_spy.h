// FacetSpy: one Xapian MatchSpy that counts every facet of each matching
// document (actors and places are multi-valued, which Xapian 1.4 has no spy
// for; source and month). All facets live in one value slot, so each match
// costs one value lookup, and counting allocates nothing per value: counting
// every match (exact facets) is the costly part of a broad search (about 1 µs
// per match: half reading the value, half counting; measured in bench/). Local databases only: a
// custom spy cannot be serialised to a remote backend.
#pragma once

#include <xapian.h>

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lsearch {

struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using FacetCounts = std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>>;

class FacetSpy : public Xapian::MatchSpy {
 public:
  enum Facet { kActors, kPlaces, kSources, kMonths, kFacetCount };

  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override { return new FacetSpy; }
  std::string name() const override { return "lsearch::FacetSpy"; }

  const FacetCounts& counts(Facet facet) const { return counts_[facet]; }

 private:
  std::array<FacetCounts, kFacetCount> counts_;
};

}  // namespace lsearch
