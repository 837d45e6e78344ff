// ByteSource: the bytes of a plain or gzip-compressed file, read in chunks
// (JSON Lines corpora come either way), opened with open_regular_file (no
// blocking on a FIFO). Not thread-safe.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

typedef struct gzFile_s* gzFile;

namespace lsearch {

class ByteSource {
 public:
  ByteSource(const std::string& path, bool gzip, bool follow_links = true);
  ~ByteSource();
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // False if the file could not be opened (open_error() says why).
  bool ok() const { return gzip_ ? gz_ != nullptr : plain_ != nullptr; }
  const std::string& open_error() const { return open_error_; }
  // Bytes read into buf; 0 at the end; -1 on error (see error()).
  long read(char* buf, unsigned size);
  std::string error() const;
  // Bytes of the file consumed so far: compressed bytes for gzip, so progress
  // over a .jsonl.gz moves as it is read.
  std::uint64_t file_bytes_read() const;

 private:
  bool gzip_;
  std::string open_error_;
  std::uint64_t plain_bytes_ = 0;
  gzFile gz_ = nullptr;
  std::FILE* plain_ = nullptr;
};

struct LineScan {
  bool opened = true;     // false: the file could not be opened (see error)
  bool complete = true;   // false: reading stopped early (see error)
  std::size_t lines = 0;  // lines handed over
  std::string error;
};

struct LineScanOptions {
  bool follow_links = true;             // false: a symbolic link is not opened
  std::uint64_t* bytes_read = nullptr;  // if set, kept at ByteSource::file_bytes_read()
};

// Calls `line` for each line of a plain or gzip file, without the newline. A
// line longer than `max_line` bytes is not kept in memory: it is handed over
// empty with `overlong` set. A last line without a newline counts if not empty.
LineScan for_each_line(const std::string& path, bool gzip, std::size_t max_line,
                       const std::function<void(std::string_view line, bool overlong)>& line,
                       const LineScanOptions& options = {});

}  // namespace lsearch
