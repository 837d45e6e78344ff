// Facets of one local database by ordinals: OrdinalFacetSpy reads each match's
// kSlotFacetOrdinals value (one value read) and increments an array counter
// per value; names are read from the dictionary only for the values shown
// (common/schema/facet_dictionary.h). A custom spy: local databases only.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <vector>

#include "common/schema/facet_dictionary.h"
#include "searcher/facets/facet_counter.h"

namespace lsearch {

// Counts per ordinal, for every facet; usable on its own (e.g. to count months
// of a result set: counts(Facet::kMonths)[month_ordinal]).
class OrdinalFacetSpy : public Xapian::MatchSpy {
 public:
  // Sizes the arrays for `db`'s dictionaries (they also grow on demand).
  explicit OrdinalFacetSpy(const Xapian::Database& db);
  OrdinalFacetSpy() = default;

  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override;
  std::string name() const override { return "lsearch::OrdinalFacetSpy"; }

  // counts(f)[ordinal]: matching documents with that value (size may be short).
  const std::vector<std::uint32_t>& counts(Facet facet) const {
    return counts_[static_cast<std::size_t>(facet)];
  }

 private:
  std::array<std::vector<std::uint32_t>, kFacets.size()> counts_;
};

class OrdinalFacetCounter : public FacetCounter {
 public:
  explicit OrdinalFacetCounter(const Xapian::Database& db) : db_(db), spy_(db) {}
  void attach(Xapian::Enquire& enquire) override { enquire.add_matchspy(&spy_); }
  Facets collect(std::size_t limit, bool exact) override;

 private:
  std::vector<FacetValue> top(Facet facet, std::size_t limit) const;

  Xapian::Database db_;
  OrdinalFacetSpy spy_;
};

}  // namespace lsearch
