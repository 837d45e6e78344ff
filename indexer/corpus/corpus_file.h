// CorpusFile: one input file found by the walker, with what the incremental
// run needs to decide whether it changed (size, mtime) and where it belongs.
#pragma once

#include <cstdint>
#include <string>

namespace lsearch {

enum class CorpusFormat { kTxt, kJsonl, kJsonlGz };

struct CorpusFile {
  std::string path;     // as opened (root joined with relpath)
  std::string root;     // the corpus root it was found under (absolute)
  std::string relpath;  // path relative to root: the article id of a .txt file
  CorpusFormat format = CorpusFormat::kTxt;
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  bool via_link = false;  // a symbolic link the walk followed (--follow): opened through it

  // Stable key of (root, relpath), used in terms and metadata.
  std::string origin_key() const;
  // "size mtime": changes whenever the file is rewritten.
  std::string fingerprint() const;
};

// The format a file name implies, or false for files lindex ignores.
bool format_of(const std::string& filename, CorpusFormat& format);

}  // namespace lsearch
