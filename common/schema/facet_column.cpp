#include "common/schema/facet_column.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/error.h"
#include "common/schema/facet_dictionary.h"
#include "common/schema/fields.h"

namespace lsearch {
namespace {

// The file: a fixed header, then `entries` u32 offsets into the data (entry
// `did` .. `did + 1` are document did's words; entries = last docid + 2), then
// `entries - 1` u32 cluster numbers by docid, then the data: u32 words, then
// (version 3) `entries - 1` u32 sort ranks by docid. Native byte order: the
// file is rewritten by the lindex that updates the database beside it, on the
// same machine. Version 2 files (no sort ranks) are still read: the ranking
// then reads the sort values. Version 1 held the varint bytes themselves and
// no clusters; its files are refused (the values are read) until a run of
// lindex rewrites them.
constexpr char kMagic[8] = {'L', 'S', 'F', 'C', 'O', 'L', '3', '\n'};
constexpr char kMagicNoRanks[8] = {'L', 'S', 'F', 'C', 'O', 'L', '2', '\n'};
constexpr std::size_t kUuidBytes = 64;
struct Header {
  char magic[8];
  std::uint64_t revision;
  std::uint64_t entries;
  std::uint64_t data_words;
  std::uint64_t uuid_length;
  char uuid[kUuidBytes];
};
static_assert(sizeof(Header) == 104 && sizeof(Header) % alignof(std::uint32_t) == 0);
static_assert(kFacets.size() <= (std::size_t{1} << (32 - FacetColumn::kOrdinalBits)));

bool has_ranks(const Header& h) {
  return std::memcmp(h.magic, kMagic, sizeof kMagic) == 0;
}

std::uint64_t file_bytes(const Header& h) {
  const std::uint64_t ranks = has_ranks(h) ? h.entries - 1 : 0;
  return sizeof(Header) + (2 * h.entries - 1 + h.data_words + ranks) * sizeof(std::uint32_t);
}

bool same_database(const Header& h, const std::string& uuid, Xapian::rev revision) {
  return h.revision == revision && h.uuid_length == uuid.size() &&
         std::memcmp(h.uuid, uuid.data(), uuid.size()) == 0;
}

bool read_header(int fd, Header& h) {
  return ::pread(fd, &h, sizeof h, 0) == static_cast<ssize_t>(sizeof h) &&
         (has_ranks(h) || std::memcmp(h.magic, kMagicNoRanks, sizeof kMagicNoRanks) == 0) &&
         h.uuid_length <= kUuidBytes && h.entries >= 1 && h.entries < (std::uint64_t{1} << 34) &&
         h.data_words <= std::numeric_limits<std::uint32_t>::max();
}

// What the file holds after its header.
struct ColumnArrays {
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> clusters;
  std::vector<std::uint32_t> data;
  std::vector<std::uint32_t> ranks;
};

// Each document's ordinals as words (FacetColumn::facet_index, ordinal). False
// when an ordinal or the data outgrows them (the values then serve every match).
bool fill_ordinals(const Xapian::Database& db, ColumnArrays& arrays) {
  auto& offsets = arrays.offsets;
  auto& data = arrays.data;
  bool fits = true;
  std::size_t next = 1;  // the first entry not yet set
  for (auto it = db.valuestream_begin(kSlotFacetOrdinals);
       fits && it != db.valuestream_end(kSlotFacetOrdinals); ++it) {
    while (next <= it.get_docid()) offsets[next++] = static_cast<std::uint32_t>(data.size());
    for_each_facet_ordinal(*it, [&](Facet facet, FacetOrdinal ordinal) {
      fits = fits && ordinal <= FacetColumn::kOrdinalMask;
      data.push_back(static_cast<std::uint32_t>(facet) << FacetColumn::kOrdinalBits |
                     (ordinal & FacetColumn::kOrdinalMask));
    });
    fits = fits && data.size() < std::numeric_limits<std::uint32_t>::max();
  }
  while (next < offsets.size()) offsets[next++] = static_cast<std::uint32_t>(data.size());
  return fits;
}

// Cluster numbers from 1, one per distinct kSlotCluster value.
void fill_clusters(const Xapian::Database& db, ColumnArrays& arrays) {
  std::unordered_map<std::string, std::uint32_t> numbers;
  for (auto it = db.valuestream_begin(kSlotCluster); it != db.valuestream_end(kSlotCluster); ++it) {
    auto [entry, added] = numbers.try_emplace(*it, static_cast<std::uint32_t>(numbers.size() + 1));
    arrays.clusters[it.get_docid()] = entry->second;
  }
}

// Each document's place in kSlotSortNewest order: equal ranks for equal values,
// 0 for none (an empty value, which sorts first).
void fill_sort_ranks(const Xapian::Database& db, ColumnArrays& arrays) {
  std::vector<std::pair<std::string, Xapian::docid>> keys;
  keys.reserve(db.get_doccount());
  for (auto it = db.valuestream_begin(kSlotSortNewest); it != db.valuestream_end(kSlotSortNewest);
       ++it)
    keys.emplace_back(*it, it.get_docid());
  std::sort(keys.begin(), keys.end());
  std::uint32_t rank = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i == 0 || keys[i].first != keys[i - 1].first) ++rank;
    arrays.ranks[keys[i].second] = rank;
  }
}

// The header and arrays of `db`'s documents; false when they do not fit.
bool build_column(const Xapian::Database& db, Header& h, ColumnArrays& arrays) {
  std::memset(&h, 0, sizeof h);
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  const std::string uuid = db.get_uuid();
  if (uuid.size() > kUuidBytes) return false;
  h.revision = db.get_revision();
  h.uuid_length = uuid.size();
  std::memcpy(h.uuid, uuid.data(), uuid.size());
  arrays.offsets.assign(std::uint64_t{db.get_lastdocid()} + 2, 0);
  arrays.clusters.assign(std::uint64_t{db.get_lastdocid()} + 1, 0);
  arrays.ranks.assign(std::uint64_t{db.get_lastdocid()} + 1, 0);
  if (!fill_ordinals(db, arrays)) return false;
  fill_clusters(db, arrays);
  fill_sort_ranks(db, arrays);
  h.entries = arrays.offsets.size();
  h.data_words = arrays.data.size();
  return true;
}

void write_all(int fd, const void* bytes, std::size_t size, const std::string& path) {
  const char* p = static_cast<const char*>(bytes);
  while (size > 0) {
    ssize_t n = ::write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = errno;
      ::close(fd);
      ::unlink(path.c_str());
      throw IndexError(path + ": cannot write the facet column: " + std::strerror(error));
    }
    p += n;
    size -= static_cast<std::size_t>(n);
  }
}

}  // namespace

std::string facet_column_path(const std::string& generation_dir) {
  return generation_dir + "/facets.column";
}

void write_facet_column(const std::string& generation_dir) {
  Xapian::Database db(generation_dir);
  if (auto column = FacetColumn::open(generation_dir, db); column && column->has_sort_ranks())
    return;  // e.g. a run that changed nothing
  Header h{};
  ColumnArrays arrays;
  const std::string path = facet_column_path(generation_dir);
  if (!build_column(db, h, arrays)) {
    ::unlink(path.c_str());  // a stale column would be ignored anyway
    return;
  }
  const std::string temp = path + ".tmp";
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw IndexError(temp + ": cannot write the facet column: " + std::strerror(errno));
  write_all(fd, &h, sizeof h, temp);
  for (const auto* array : {&arrays.offsets, &arrays.clusters, &arrays.data, &arrays.ranks})
    write_all(fd, array->data(), array->size() * sizeof(std::uint32_t), temp);
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced || ::rename(temp.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp.c_str());
    throw IndexError(path + ": cannot write the facet column: " + std::strerror(error));
  }
}

std::shared_ptr<const FacetColumn> FacetColumn::open(const std::string& generation_dir,
                                                     const Xapian::Database& db) {
  const std::string path = facet_column_path(generation_dir);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  Header h{};
  struct stat st {};
  const std::string uuid = db.get_uuid();
  const Xapian::rev revision = db.get_revision();
  void* map = MAP_FAILED;
  if (read_header(fd, h) && same_database(h, uuid, revision) && ::fstat(fd, &st) == 0 &&
      static_cast<std::uint64_t>(st.st_size) == file_bytes(h))
    map = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return nullptr;
  std::shared_ptr<FacetColumn> column(new FacetColumn);
  column->map_ = static_cast<const char*>(map);
  column->map_bytes_ = static_cast<std::size_t>(st.st_size);
  column->offsets_ = reinterpret_cast<const std::uint32_t*>(column->map_ + sizeof(Header));
  column->entries_ = h.entries;
  column->clusters_ = column->offsets_ + h.entries;
  column->data_ = column->clusters_ + (h.entries - 1);
  column->data_words_ = h.data_words;
  if (has_ranks(h)) column->ranks_ = column->data_ + h.data_words;
  column->uuid_ = uuid;
  column->revision_ = revision;
  return column;
}

FacetColumn::~FacetColumn() {
  if (map_ != nullptr) ::munmap(const_cast<char*>(map_), map_bytes_);
}

bool FacetColumn::matches(const Xapian::Database& db) const {
  return db.get_revision() == revision_ && db.get_uuid() == uuid_;
}

}  // namespace lsearch
