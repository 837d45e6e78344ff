#include "common/schema/facet_column.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

#include "common/error.h"
#include "common/schema/fields.h"

namespace lsearch {
namespace {

// The file: a fixed header, then `entries` u32 offsets into the data (entry
// `did` .. `did + 1` are document did's bytes; entries = last docid + 2), then
// the data. Native byte order: the file is rewritten by the lindex that
// updates the database beside it, on the same machine.
constexpr char kMagic[8] = {'L', 'S', 'F', 'C', 'O', 'L', '1', '\n'};
constexpr std::size_t kUuidBytes = 64;
struct Header {
  char magic[8];
  std::uint64_t revision;
  std::uint64_t entries;
  std::uint64_t data_bytes;
  std::uint64_t uuid_length;
  char uuid[kUuidBytes];
};
static_assert(sizeof(Header) == 104 && sizeof(Header) % alignof(std::uint32_t) == 0);

std::uint64_t file_bytes(const Header& h) {
  return sizeof(Header) + h.entries * sizeof(std::uint32_t) + h.data_bytes;
}

bool same_database(const Header& h, const std::string& uuid, Xapian::rev revision) {
  return h.revision == revision && h.uuid_length == uuid.size() &&
         std::memcmp(h.uuid, uuid.data(), uuid.size()) == 0;
}

bool read_header(int fd, Header& h) {
  return ::pread(fd, &h, sizeof h, 0) == static_cast<ssize_t>(sizeof h) &&
         std::memcmp(h.magic, kMagic, sizeof kMagic) == 0 && h.uuid_length <= kUuidBytes &&
         h.entries >= 1 && h.entries < (std::uint64_t{1} << 34) &&
         h.data_bytes <= std::numeric_limits<std::uint32_t>::max();
}

// The header and offsets of `db`'s documents; the data in `data`. False when
// the data outgrows 32-bit offsets (the values path then serves every match).
bool build_column(const Xapian::Database& db, Header& h, std::vector<std::uint32_t>& offsets,
                  std::string& data) {
  std::memset(&h, 0, sizeof h);
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  const std::string uuid = db.get_uuid();
  if (uuid.size() > kUuidBytes) return false;
  h.revision = db.get_revision();
  h.uuid_length = uuid.size();
  std::memcpy(h.uuid, uuid.data(), uuid.size());
  offsets.assign(std::uint64_t{db.get_lastdocid()} + 2, 0);
  std::size_t next = 1;  // the first entry not yet set
  for (auto it = db.valuestream_begin(kSlotFacetOrdinals);
       it != db.valuestream_end(kSlotFacetOrdinals); ++it) {
    while (next <= it.get_docid()) offsets[next++] = static_cast<std::uint32_t>(data.size());
    data += *it;
    if (data.size() > std::numeric_limits<std::uint32_t>::max()) return false;
  }
  while (next < offsets.size()) offsets[next++] = static_cast<std::uint32_t>(data.size());
  h.entries = offsets.size();
  h.data_bytes = data.size();
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
  if (FacetColumn::open(generation_dir, db)) return;  // e.g. a run that changed nothing
  Header h{};
  std::vector<std::uint32_t> offsets;
  std::string data;
  const std::string path = facet_column_path(generation_dir);
  if (!build_column(db, h, offsets, data)) {
    ::unlink(path.c_str());  // a stale column would be ignored anyway
    return;
  }
  const std::string temp = path + ".tmp";
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw IndexError(temp + ": cannot write the facet column: " + std::strerror(errno));
  write_all(fd, &h, sizeof h, temp);
  write_all(fd, offsets.data(), offsets.size() * sizeof(std::uint32_t), temp);
  write_all(fd, data.data(), data.size(), temp);
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
  column->data_ = column->map_ + sizeof(Header) + h.entries * sizeof(std::uint32_t);
  column->data_bytes_ = h.data_bytes;
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
