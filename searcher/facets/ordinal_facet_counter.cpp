#include "searcher/facets/ordinal_facet_counter.h"

#include <algorithm>

namespace lsearch {

OrdinalFacetSpy::OrdinalFacetSpy(const Xapian::Database& db,
                                 std::shared_ptr<const FacetColumn> column) {
  if (column && column->matches(db)) column_ = std::move(column);
  for (const FacetSpec& spec : kFacets)
    counts_[static_cast<std::size_t>(spec.facet)].resize(facet_dictionary_size(db, spec.facet));
  point_slots();
}

Xapian::MatchSpy* OrdinalFacetSpy::clone() const {
  auto* spy = new OrdinalFacetSpy;
  for (std::size_t f = 0; f < counts_.size(); ++f) spy->counts_[f].resize(counts_[f].size());
  spy->point_slots();
  spy->column_ = column_;
  return spy;
}

void OrdinalFacetSpy::point_slots() {
  for (std::size_t f = 0; f < counts_.size(); ++f) {
    slot_counts_[f] = counts_[f].data();
    slot_sizes_[f] = static_cast<std::uint32_t>(counts_[f].size());
  }
}

void OrdinalFacetSpy::grow(std::size_t facet, FacetOrdinal ordinal) {
  counts_[facet].resize(ordinal + std::size_t{1});
  point_slots();
}

void OrdinalFacetSpy::first_or_past(std::size_t facet, FacetOrdinal ordinal) {
  std::uint16_t& count = slot_counts_[facet][ordinal];
  if (count == 1) {
    seen_[facet].push_back(ordinal);
  } else {
    count = 1;  // 65536 = 1 + 65535: never 0 again, so never "seen" twice
    spilled_[facet][ordinal] += 0xFFFF;
  }
}

std::uint32_t OrdinalFacetSpy::spilled(std::size_t facet, FacetOrdinal ordinal) const {
  auto it = spilled_[facet].find(ordinal);
  return it == spilled_[facet].end() ? 0 : it->second;
}

// The column needs only the docid, and its words no decoding; a value read
// costs Xapian a B-tree look-up and a copy of the value chunk per match (README, Speed).
void OrdinalFacetSpy::operator()(const Xapian::Document& doc, double) {
  const Xapian::docid did = doc.get_docid();
  if (copies_) copies_->count(doc, did);
  std::span<const std::uint32_t> words;
  if (column_ && column_->get(did, words)) {
    add_words(words);
  } else {
    for_each_facet_ordinal(doc.get_value(kSlotFacetOrdinals),
                           [this](Facet facet, FacetOrdinal ordinal) {
                             add(static_cast<std::size_t>(facet), ordinal);
                           });
  }
}

// The hot loop of a broad query: 18 instructions a word (objdump).
void OrdinalFacetSpy::add_words(std::span<const std::uint32_t> words) {
  for (const std::uint32_t word : words) {
    const std::size_t facet = FacetColumn::facet_index(word);
    const FacetOrdinal ordinal = FacetColumn::ordinal(word);
    if (ordinal >= slot_sizes_[facet]) [[unlikely]] {
      if (facet >= counts_.size()) return;  // damaged: nothing after it is trusted
      grow(facet, ordinal);
    }
    bump(facet, ordinal);
  }
}

namespace {

// The limit-th highest count among the seen values, or 1 when there are no
// more than `limit` of them: a min-heap of the `limit` highest, which most
// values pass with one comparison (instead of an nth_element over a copy of
// every seen count).
std::uint32_t limit_th_count(const OrdinalFacetSpy& spy, Facet facet, std::size_t limit) {
  const std::vector<FacetOrdinal>& seen = spy.seen(facet);
  if (limit == 0 || seen.size() <= limit) return 1;
  std::vector<std::uint32_t> highest;  // a min-heap: front() is the lowest kept
  highest.reserve(limit);
  for (FacetOrdinal ordinal : seen) {
    const std::uint32_t count = spy.count(facet, ordinal);
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
  const std::uint32_t threshold = limit_th_count(spy_, facet, limit);
  std::vector<FacetOrdinal> shown;
  for (FacetOrdinal ordinal : spy_.seen(facet))
    if (spy_.count(facet, ordinal) >= threshold) shown.push_back(ordinal);
  // Names in key order (their keys sort as the ordinals do): neighbouring
  // look-ups then share the B-tree blocks Xapian's cursor holds.
  std::sort(shown.begin(), shown.end());
  std::vector<FacetValue> candidates;
  candidates.reserve(shown.size());
  for (FacetOrdinal ordinal : shown)
    candidates.push_back({facet_name(db_, facet, ordinal), spy_.count(facet, ordinal)});
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
    facets.months.push_back({month_name(ordinal), spy_.count(Facet::kMonths, ordinal)});
  return facets;
}

}  // namespace lsearch
