// FacetColumn: the facet ordinals of every document of one database revision
// in a file beside it (docid -> the kSlotFacetOrdinals bytes), so that the
// facet spy reads a match's ordinals from an mmapped array by its docid
// instead of asking Xapian for a value (a B-tree look-up and a chunk copy per
// match: 1.7M of 2.5M spy instructions on `oil`). lindex writes it into the
// generation directory after its last commit (write_facet_column); the file
// names the database uuid and revision it was read from, and a reader uses it
// only when they equal its open database's (a reader opened mid-update falls
// back to the values), so counts are never wrong. Immutable once opened:
// shareable between threads.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

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

  // The encoded ordinals of `did` (empty for a document without facets);
  // false when `did` is beyond the column or its entry is damaged.
  bool get(Xapian::docid did, std::string_view& ordinals) const {
    if (did + std::uint64_t{1} >= entries_) return false;
    const std::uint32_t begin = offsets_[did], end = offsets_[did + 1];
    if (end < begin || end > data_bytes_) return false;
    ordinals = std::string_view(data_ + begin, end - begin);
    return true;
  }

 private:
  FacetColumn() = default;

  const char* map_ = nullptr;
  std::size_t map_bytes_ = 0;
  const std::uint32_t* offsets_ = nullptr;  // entries_ of them: offsets_[did] .. offsets_[did + 1]
  std::uint64_t entries_ = 0;
  const char* data_ = nullptr;
  std::uint64_t data_bytes_ = 0;
  std::string uuid_;
  Xapian::rev revision_ = 0;
};

}  // namespace lsearch
