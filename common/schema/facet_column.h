// FacetColumn: the facet ordinals, the wire-copy cluster and the sort rank of
// every document of one database revision in a file beside it (docid -> its
// ordinals, decoded from kSlotFacetOrdinals into fixed-width words, a cluster
// number and its place in kSlotSortNewest order), so that the facet spy, the
// copy counter and the ranking's tie-break read a match's from
// mmapped arrays by its docid instead of asking Xapian for a value (a B-tree
// look-up and a chunk copy per match: 1.7M of 2.5M spy instructions on `oil`)
// and decoding varints (half of what was left). lindex writes it into the
// generation directory after its last commit (write_facet_column); the file
// names the database uuid and revision it was read from, and a reader uses it
// only when they equal its open database's (a reader opened mid-update falls
// back to the values), so counts are never wrong. Immutable once opened:
// shareable between threads.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "common/schema/fields.h"

namespace lsearch {

// DIR/facets.column.
std::string facet_column_path(const std::string& generation_dir);

// Writes the column of the database in `generation_dir` as it is now (temp
// file, fsync, rename), unless the file there already matches it. Called with
// the writers' lock held, after the last commit. Throws IndexError naming the
// file when it cannot be written.
void write_facet_column(const std::string& generation_dir);

class FacetColumn {
 public:
  // The column in `generation_dir` if it was written from `db`'s uuid and
  // revision; nullptr when it is missing, malformed or of another revision.
  static std::shared_ptr<const FacetColumn> open(const std::string& generation_dir,
                                                 const Xapian::Database& db);
  ~FacetColumn();
  FacetColumn(const FacetColumn&) = delete;
  FacetColumn& operator=(const FacetColumn&) = delete;

  // Whether `db` is still the revision the column was written from.
  bool matches(const Xapian::Database& db) const;

  // A word of the column: the facet's index in kFacets in the top bits, the
  // ordinal in the rest (an index whose ordinals outgrow them has no column).
  static constexpr unsigned kOrdinalBits = 29;
  static constexpr std::uint32_t kOrdinalMask = (std::uint32_t{1} << kOrdinalBits) - 1;
  static std::size_t facet_index(std::uint32_t word) { return word >> kOrdinalBits; }
  static std::uint32_t ordinal(std::uint32_t word) { return word & kOrdinalMask; }

  // The ordinal words of `did`, in kSlotFacetOrdinals order (none for a document
  // without facets); false when `did` is beyond the column or its entry is damaged.
  bool get(Xapian::docid did, std::span<const std::uint32_t>& words) const {
    if (did + std::uint64_t{1} >= entries_) return false;
    const std::uint32_t begin = offsets_[did], end = offsets_[did + 1];
    if (end < begin || end > data_words_) return false;
    words = std::span<const std::uint32_t>(data_ + begin, end - begin);
    return true;
  }

  // The cluster number of `did`: equal for documents with equal kSlotCluster
  // values, 0 for none; false when `did` is beyond the column.
  bool cluster(Xapian::docid did, std::uint32_t& number) const {
    if (did + std::uint64_t{1} >= entries_) return false;
    number = clusters_[did];
    return true;
  }

  // Whether the column holds sort ranks (files of format 2 do not).
  bool has_sort_ranks() const { return ranks_ != nullptr; }
  // The place of `did`'s kSlotSortNewest value among all of them: ranks compare
  // as the values do (equal for equal values, 0 for none); false when `did` is
  // beyond the column or the column has no ranks.
  bool sort_rank(Xapian::docid did, std::uint32_t& rank) const {
    if (ranks_ == nullptr || did + std::uint64_t{1} >= entries_) return false;
    rank = ranks_[did];
    return true;
  }

 private:
  FacetColumn() = default;

  const char* map_ = nullptr;
  std::size_t map_bytes_ = 0;
  const std::uint32_t* offsets_ = nullptr;  // entries_ of them: offsets_[did] .. offsets_[did + 1]
  std::uint64_t entries_ = 0;
  const std::uint32_t* clusters_ = nullptr;  // entries_ - 1 of them, by docid
  const std::uint32_t* data_ = nullptr;
  std::uint64_t data_words_ = 0;
  const std::uint32_t* ranks_ = nullptr;  // entries_ - 1 of them, by docid; null in format 2
  std::string uuid_;
  Xapian::rev revision_ = 0;
};

}  // namespace lsearch
