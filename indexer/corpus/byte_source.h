// ByteSource: the bytes of a plain or gzip-compressed file, read in chunks
// (JSON Lines corpora come either way). Not thread-safe.
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

typedef struct gzFile_s* gzFile;

namespace lsearch {

class ByteSource {
 public:
  ByteSource(const std::string& path, bool gzip);
  ~ByteSource();
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // False if the file could not be opened (errno says why).
  bool ok() const { return gzip_ ? gz_ != nullptr : plain_ != nullptr; }
  // Bytes read into buf; 0 at the end; -1 on error (see error()).
  long read(char* buf, unsigned size);
  std::string error() const;

 private:
  bool gzip_;
  gzFile gz_ = nullptr;
  std::FILE* plain_ = nullptr;
};

struct LineScan {
  bool opened = true;     // false: the file could not be opened (see error)
  bool complete = true;   // false: reading stopped early (see error)
  std::size_t lines = 0;  // lines handed over
  std::string error;
};

// Calls `line` for each line of a plain or gzip file, without the newline. A
// line longer than `max_line` bytes is not kept in memory: it is handed over
// empty with `overlong` set. A last line without a newline counts if not empty.
LineScan for_each_line(const std::string& path, bool gzip, std::size_t max_line,
                       const std::function<void(std::string_view line, bool overlong)>& line);

}  // namespace lsearch
