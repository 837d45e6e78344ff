#include "indexer/corpus/txt_reader.h"

#include <unistd.h>
#include <cerrno>
#include <cstring>

#include "common/news/dates.h"
#include "common/news/txt_metadata.h"
#include "common/util/text.h"
#include "indexer/corpus/safe_open.h"
#include "indexer/corpus/text_decoding.h"

namespace lsearch {

std::optional<Article> parse_txt_article(std::string bytes, const std::string& id,
                                         const std::string& where, Diagnostics& diagnostics) {
  if (looks_binary(bytes)) {
    diagnostics.skipped(where, "binary file (NUL or control bytes), not text");
    return std::nullopt;
  }
  decode_to_utf8(bytes, where, diagnostics);
  if (trim(bytes).empty()) {
    diagnostics.skipped(where, "empty file");
    return std::nullopt;
  }
  TxtMetadata meta = parse_txt_metadata(bytes);
  if (trim(meta.text).empty() && meta.title.empty()) {
    diagnostics.skipped(where, "no article text after the header");
    return std::nullopt;
  }
  if (!meta.date.empty() && !parse_metadata_date(meta.date))
    diagnostics.warned(where, "unreadable date '" + meta.date + "' ignored");
  return to_article(std::move(meta), id);
}

std::optional<Article> read_txt_article(const CorpusFile& file, const ReadLimits& limits,
                                        Diagnostics& diagnostics) {
  auto fail = [&](std::string why) {
    diagnostics.skipped(file.path, std::move(why));
    return std::nullopt;
  };
  if (file.size > limits.max_article_bytes) {
    diagnostics.skipped(file.path, "file is " + std::to_string(file.size) + " bytes, over the " +
                                       std::to_string(limits.max_article_bytes) +
                                       "-byte article limit (--max-article-bytes)");
    return std::nullopt;
  }
  // Plain POSIX calls: one article per file makes per-file overhead count.
  std::string why;
  const int fd = open_regular_file(file.path, file.via_link, why);
  if (fd < 0) return fail(why);
  std::string bytes(file.size, '\0');
  std::size_t done = 0;
  while (done < bytes.size()) {  // the file may have shrunk since the walk: keep what is there
    const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int error = errno;
      ::close(fd);
      return fail(std::string("read error: ") + std::strerror(error));
    }
    if (n == 0) break;
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  bytes.resize(done);
  return parse_txt_article(std::move(bytes), file.relpath, file.path, diagnostics);
}

}  // namespace lsearch
