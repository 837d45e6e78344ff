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

// The column needs only the docid, and its words no decoding; a value read
// costs Xapian a B-tree look-up and a copy of the value chunk per match (README, Speed).
void OrdinalFacetSpy::operator()(const Xapian::Document& doc, double) {
  std::span<const std::uint32_t> words;
  if (column_ && column_->get(doc.get_docid(), words)) {
    add_words(words);
  } else {
    for_each_facet_ordinal(doc.get_value(kSlotFacetOrdinals),
                           [this](Facet facet, FacetOrdinal ordinal) {
                             add(static_cast<std::size_t>(facet), ordinal);
                           });
  }
}

void OrdinalFacetSpy::add_words(std::span<const std::uint32_t> words) {
  for (const std::uint32_t word : words) {
    const std::size_t facet = FacetColumn::facet_index(word);
    if (facet >= counts_.size()) return;  // damaged: nothing after it is trusted
    add(facet, FacetColumn::ordinal(word));
  }
}

namespace {

// The limit-th highest count among the seen values, or 1 when there are no
// more than `limit` of them: a min-heap of the `limit` highest, which most
// values pass with one comparison (instead of an nth_element over a copy of
// every seen count).
std::uint32_t limit_th_count(const std::vector<std::uint32_t>& counts,
                             const std::vector<FacetOrdinal>& seen, std::size_t limit) {
  if (limit == 0 || seen.size() <= limit) return 1;
  std::vector<std::uint32_t> highest;  // a min-heap: front() is the lowest kept
  highest.reserve(limit);
  for (FacetOrdinal ordinal : seen) {
    const std::uint32_t count = counts[ordinal];
    if (highest.size() < limit) {
      highest.push_back(count);
      std::push_heap(highest.begin(), highest.end(), std::greater<>());
    } else if (count > highest.front()) {
      std::pop_heap(highest.begin(), highest.end(), std::greater<>());
      highest.back() = count;
      std::push_heap(highest.begin(), highest.end(), std::greater<>());
    }
  }
  return highest.front();
}

}  // namespace

// Names only for the values that can be shown: those counted at least as
// often as the limit-th highest count (ties there are broken by name).
std::vector<FacetValue> OrdinalFacetCounter::top(Facet facet, std::size_t limit) const {
  if (limit == 0) return {};
  const auto& counts = spy_.counts(facet);
  const auto& seen = spy_.seen(facet);
  const std::uint32_t threshold = limit_th_count(counts, seen, limit);
  std::vector<FacetValue> candidates;
  for (FacetOrdinal ordinal : seen)
    if (counts[ordinal] >= threshold)
      candidates.push_back({facet_name(db_, facet, ordinal), counts[ordinal]});
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
  std::vector<FacetOrdinal> months = spy_.seen(Facet::kMonths);
  std::sort(months.begin(), months.end());
  for (FacetOrdinal ordinal : months)
    facets.months.push_back({month_name(ordinal), spy_.counts(Facet::kMonths)[ordinal]});
  return facets;
}

}  // namespace lsearch
