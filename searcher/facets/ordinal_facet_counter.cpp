#include "searcher/facets/ordinal_facet_counter.h"

#include <algorithm>

namespace lsearch {

OrdinalFacetSpy::OrdinalFacetSpy(const Xapian::Database& db,
                                 std::shared_ptr<const FacetColumn> column) {
  if (column && column->matches(db)) column_ = std::move(column);
  for (const FacetSpec& spec : kFacets)
    counts_[static_cast<std::size_t>(spec.facet)].resize(facet_dictionary_size(db, spec.facet));
}

Xapian::MatchSpy* OrdinalFacetSpy::clone() const {
  auto* spy = new OrdinalFacetSpy;
  for (std::size_t f = 0; f < counts_.size(); ++f) spy->counts_[f].resize(counts_[f].size());
  spy->column_ = column_;
  return spy;
}

// The column needs only the docid; a value read costs Xapian a B-tree look-up
// and a copy of the value chunk per match (README, Speed).
void OrdinalFacetSpy::operator()(const Xapian::Document& doc, double) {
  std::string_view ordinals;
  if (column_ && column_->get(doc.get_docid(), ordinals))
    count(ordinals);
  else
    count(doc.get_value(kSlotFacetOrdinals));
}

void OrdinalFacetSpy::count(std::string_view ordinals) {
  for_each_facet_ordinal(ordinals, [this](Facet facet, FacetOrdinal ordinal) {
    auto& counts = counts_[static_cast<std::size_t>(facet)];
    // Months, and values committed after the arrays were sized.
    if (ordinal >= counts.size()) counts.resize(ordinal + std::size_t{1});
    ++counts[ordinal];
  });
}

// Names only for the values that can be shown: those counted at least as
// often as the limit-th highest count (ties there are broken by name).
std::vector<FacetValue> OrdinalFacetCounter::top(Facet facet, std::size_t limit) const {
  const auto& counts = spy_.counts(facet);
  std::vector<std::uint32_t> nonzero;
  for (std::uint32_t count : counts)
    if (count != 0) nonzero.push_back(count);
  std::uint32_t threshold = 1;
  if (limit == 0) return {};
  if (nonzero.size() > limit) {
    auto nth = nonzero.begin() + static_cast<std::ptrdiff_t>(limit - 1);
    std::nth_element(nonzero.begin(), nth, nonzero.end(), std::greater<>());
    threshold = *nth;
  }
  std::vector<FacetValue> candidates;
  for (std::size_t ordinal = 0; ordinal < counts.size(); ++ordinal)
    if (counts[ordinal] >= threshold)
      candidates.push_back(
          {facet_name(db_, facet, static_cast<FacetOrdinal>(ordinal)), counts[ordinal]});
  return top_values(std::move(candidates), limit);
}

Facets OrdinalFacetCounter::collect(std::size_t limit, bool exact) {
  Facets facets;
  facets.computed = true;
  facets.exact = exact;
  facets.actors = top(Facet::kActors, limit);
  facets.places = top(Facet::kPlaces, limit);
  facets.sources = top(Facet::kSources, limit);
  facets.countries = top(Facet::kCountries, limit);
  // Month ordinals are in calendar order.
  const auto& months = spy_.counts(Facet::kMonths);
  for (std::size_t ordinal = 0; ordinal < months.size(); ++ordinal)
    if (months[ordinal] != 0)
      facets.months.push_back({month_name(static_cast<FacetOrdinal>(ordinal)), months[ordinal]});
  return facets;
}

}  // namespace lsearch
