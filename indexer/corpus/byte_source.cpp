#include "indexer/corpus/byte_source.h"

#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "indexer/corpus/safe_open.h"

namespace lsearch {

ByteSource::ByteSource(const std::string& path, bool gzip, bool follow_links) : gzip_(gzip) {
  const int fd = open_regular_file(path, follow_links, open_error_);
  if (fd < 0) return;
  if (gzip_)
    gz_ = gzdopen(fd, "rb");
  else
    plain_ = ::fdopen(fd, "rb");
  if (!ok()) {
    open_error_ = std::string("cannot open: ") + std::strerror(errno);
    ::close(fd);
  }
}

std::uint64_t ByteSource::file_bytes_read() const {
  if (!gzip_) return plain_bytes_;
  const z_off_t offset = gz_ != nullptr ? gzoffset(gz_) : 0;
  return offset > 0 ? static_cast<std::uint64_t>(offset) : 0;
}

ByteSource::~ByteSource() {
  if (gz_ != nullptr) gzclose(gz_);
  if (plain_ != nullptr) std::fclose(plain_);
}

long ByteSource::read(char* buf, unsigned size) {
  if (!gzip_) {
    std::size_t n = std::fread(buf, 1, size, plain_);
    if (n == 0 && std::ferror(plain_)) return -1;
    plain_bytes_ += n;
    return static_cast<long>(n);
  }
  int n = gzread(gz_, buf, size);
  if (n < 0) return -1;
  if (n == 0) {
    int code = Z_OK;
    gzerror(gz_, &code);
    if (code != Z_OK && code != Z_STREAM_END) return -1;
  }
  return n;
}

std::string ByteSource::error() const {
  if (!gzip_) return std::strerror(errno);
  int code = Z_OK;
  const char* message = gzerror(gz_, &code);
  return std::string("corrupt or truncated gzip data (") + (message ? message : "?") + ")";
}

LineScan for_each_line(const std::string& path, bool gzip, std::size_t max_line,
                       const std::function<void(std::string_view, bool)>& line,
                       const LineScanOptions& options) {
  LineScan scan;
  ByteSource source(path, gzip, options.follow_links);
  if (!source.ok()) {
    scan.opened = scan.complete = false;
    scan.error = source.open_error();
    return scan;
  }
  std::string pending;
  bool overlong = false;
  auto finish = [&] {
    ++scan.lines;
    line(overlong ? std::string_view() : std::string_view(pending), overlong);
    pending.clear();
    overlong = false;
  };
  constexpr unsigned kChunk = 1 << 16;
  auto buffer = std::make_unique<char[]>(kChunk);
  while (true) {
    const long n = source.read(buffer.get(), kChunk);
    if (n < 0) {
      scan.complete = false;
      scan.error = source.error();
      return scan;
    }
    if (n == 0) break;
    if (options.bytes_read != nullptr) *options.bytes_read = source.file_bytes_read();
    std::string_view chunk(buffer.get(), static_cast<std::size_t>(n));
    while (!chunk.empty()) {
      const std::size_t nl = chunk.find('\n');
      const std::string_view piece = chunk.substr(0, nl);
      if (!overlong && pending.size() + piece.size() > max_line) {
        overlong = true;
        pending.clear();
        pending.shrink_to_fit();
      }
      if (!overlong) pending.append(piece);
      if (nl == std::string_view::npos) break;
      finish();
      chunk.remove_prefix(nl + 1);
    }
  }
  if (!pending.empty() || overlong) finish();
  return scan;
}

}  // namespace lsearch
