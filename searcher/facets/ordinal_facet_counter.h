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
#include <unordered_map>
#include <vector>

#include "common/schema/facet_column.h"
#include "common/schema/facet_dictionary.h"
#include "searcher/facets/facet_counter.h"

namespace lsearch {

// Counts per ordinal, for every facet; usable on its own (e.g. to count months
// of a result set: count(Facet::kMonths, month_ordinal)).
class OrdinalFacetSpy : public Xapian::MatchSpy {
 public:
  // Sizes the arrays for `db`'s dictionaries (they also grow on demand).
  // `column` is used when it was written from `db`'s revision; otherwise, and
  // for documents beyond it, the values are read.
  explicit OrdinalFacetSpy(const Xapian::Database& db,
                           std::shared_ptr<const FacetColumn> column = nullptr);
  OrdinalFacetSpy() = default;

  void operator()(const Xapian::Document& doc, double weight) override;
  // One match by docid alone (searcher/facets/posting_pass): from the column,
  // or from the document when the column does not hold it.
  void count_docid(const Xapian::Database& db, Xapian::docid did) {
    std::span<const std::uint32_t> words;
    if (!column_ || !column_->get(did, words)) return (*this)(db.get_document(did), 0.0);
    if (copies_) copies_->count_docid(db, did);
    add_words(words);
  }
  Xapian::MatchSpy* clone() const override;
  std::string name() const override { return "lsearch::OrdinalFacetSpy"; }

  // Matching documents with `ordinal` as a value of `facet`.
  std::uint32_t count(Facet facet, FacetOrdinal ordinal) const {
    const auto f = static_cast<std::size_t>(facet);
    if (ordinal >= counts_[f].size()) return 0;
    const std::uint32_t low = counts_[f][ordinal];
    return spilled_[f].empty() ? low : low + spilled(f, ordinal);
  }
  // The ordinals counted at least once, in the order first seen: what the
  // counter reads to pick the top values, instead of scanning whole arrays
  // sized for every value of the index.
  const std::vector<FacetOrdinal>& seen(Facet facet) const {
    return seen_[static_cast<std::size_t>(facet)];
  }
  // Counts `copies` too, in this spy's call per match (the counting pass with
  // facets and collapsing). A clone does not carry it.
  void count_copies_too(CopyCounter* copies) { copies_ = copies; }
  // Whether matches are read from the column (for tests and benchmarks).
  bool uses_column() const { return column_ != nullptr; }

 private:
  void add_words(std::span<const std::uint32_t> words);
  // Months, and values committed after the arrays were sized.
  void add(std::size_t facet, FacetOrdinal ordinal) {
    if (ordinal >= slot_sizes_[facet]) [[unlikely]]
      grow(facet, ordinal);
    bump(facet, ordinal);
  }
  // `ordinal` is within the facet's array. One test for the two rare cases:
  // a count of 1 (first seen) or 0 (past 65535).
  void bump(std::size_t facet, FacetOrdinal ordinal) {
    std::uint16_t& count = slot_counts_[facet][ordinal];
    if (++count <= 1) [[unlikely]]
      first_or_past(facet, ordinal);
  }
  void first_or_past(std::size_t facet, FacetOrdinal ordinal);
  void grow(std::size_t facet, FacetOrdinal ordinal);
  std::uint32_t spilled(std::size_t facet, FacetOrdinal ordinal) const;
  void point_slots();

  // 16-bit counters: the matches of a broad query name dozens of values each
  // (31 on `government` of the 786k mix, which has 176k actors), and half the
  // width is twice the counters per cache line; a count past 65535 keeps 1 in
  // the array and moves 65535 to spilled_ (count() adds them back).
  std::array<std::vector<std::uint16_t>, kFacets.size()> counts_;
  std::array<std::unordered_map<FacetOrdinal, std::uint32_t>, kFacets.size()> spilled_;
  std::array<std::vector<FacetOrdinal>, kFacets.size()> seen_;
  // counts_ by a column word's facet bits, as pointers and sizes: one compare
  // per word both bounds the ordinal and turns a damaged word away (the
  // indexes past kFacets have size 0), instead of two and a vector's size.
  // Two arrays, not one of pairs, so that the facet bits index each directly
  // (18 instructions a word instead of 20).
  static constexpr std::size_t kSlots = std::size_t{1} << (32 - FacetColumn::kOrdinalBits);
  std::array<std::uint16_t*, kSlots> slot_counts_{};
  std::array<std::uint32_t, kSlots> slot_sizes_{};
  std::shared_ptr<const FacetColumn> column_;
  CopyCounter* copies_ = nullptr;
};

class OrdinalFacetCounter : public FacetCounter {
 public:
  OrdinalFacetCounter(const Xapian::Database& db, std::shared_ptr<const FacetColumn> column)
      : db_(db), spy_(db, std::move(column)) {}
  void attach(Xapian::Enquire& enquire) override { enquire.add_matchspy(&spy_); }
  void attach_with(Xapian::Enquire& enquire, CopyCounter& copies) override {
    spy_.count_copies_too(&copies);
    attach(enquire);
  }
  Facets collect(std::size_t limit, bool exact) override;
  const OrdinalFacetSpy& spy() const { return spy_; }
  // Counting without an Enquire (searcher/facets/posting_pass): `copies` counts
  // the same matches, each given by its docid to count().
  void count_copies_too(CopyCounter& copies) { spy_.count_copies_too(&copies); }
  void count(Xapian::docid did) { spy_.count_docid(db_, did); }

 private:
  std::vector<FacetValue> top(Facet facet, std::size_t limit) const;

  Xapian::Database db_;
  OrdinalFacetSpy spy_;
};

}  // namespace lsearch
