// Facets of one local database by ordinals: OrdinalFacetSpy reads each match's
// ordinals from the facet column by docid (common/schema/facet_column.h), or
// its kSlotFacetOrdinals value when there is no column of the open revision,
// and increments an array counter per value; names are read from the
// dictionary only for the values shown (common/schema/facet_dictionary.h).
// A custom spy: local databases only.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "common/schema/facet_column.h"
#include "common/schema/facet_dictionary.h"
#include "searcher/facets/facet_counter.h"

namespace lsearch {

// Counts per ordinal, for every facet; usable on its own (e.g. to count months
// of a result set: counts(Facet::kMonths)[month_ordinal]).
class OrdinalFacetSpy : public Xapian::MatchSpy {
 public:
  // Sizes the arrays for `db`'s dictionaries (they also grow on demand).
  // `column` is used when it was written from `db`'s revision; otherwise, and
  // for documents beyond it, the values are read.
  explicit OrdinalFacetSpy(const Xapian::Database& db,
                           std::shared_ptr<const FacetColumn> column = nullptr);
  OrdinalFacetSpy() = default;

  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override;
  std::string name() const override { return "lsearch::OrdinalFacetSpy"; }

  // counts(f)[ordinal]: matching documents with that value (size may be short).
  const std::vector<std::uint32_t>& counts(Facet facet) const {
    return counts_[static_cast<std::size_t>(facet)];
  }
  // The ordinals counted at least once, in the order first seen: what the
  // counter reads to pick the top values, instead of scanning whole arrays
  // sized for every value of the index.
  const std::vector<FacetOrdinal>& seen(Facet facet) const {
    return seen_[static_cast<std::size_t>(facet)];
  }
  // Whether matches are read from the column (for tests and benchmarks).
  bool uses_column() const { return column_ != nullptr; }

 private:
  void add_words(std::span<const std::uint32_t> words);
  void add(std::size_t facet, FacetOrdinal ordinal) {
    auto& counts = counts_[facet];
    // Months, and values committed after the arrays were sized.
    if (ordinal >= counts.size()) [[unlikely]]
      counts.resize(ordinal + std::size_t{1});
    if (counts[ordinal]++ == 0) seen_[facet].push_back(ordinal);
  }

  std::array<std::vector<std::uint32_t>, kFacets.size()> counts_;
  std::array<std::vector<FacetOrdinal>, kFacets.size()> seen_;
  std::shared_ptr<const FacetColumn> column_;
};

class OrdinalFacetCounter : public FacetCounter {
 public:
  OrdinalFacetCounter(const Xapian::Database& db, std::shared_ptr<const FacetColumn> column)
      : db_(db), spy_(db, std::move(column)) {}
  void attach(Xapian::Enquire& enquire) override { enquire.add_matchspy(&spy_); }
  Facets collect(std::size_t limit, bool exact) override;
  const OrdinalFacetSpy& spy() const { return spy_; }

 private:
  std::vector<FacetValue> top(Facet facet, std::size_t limit) const;

  Xapian::Database db_;
  OrdinalFacetSpy spy_;
};

}  // namespace lsearch
