#include "indexer/corpus/corpus_walker.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "common/error.h"

namespace fs = std::filesystem;

namespace lsearch {
namespace {

bool stat_file(const std::string& path, CorpusFile& file, std::string& why) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    why = errno == ELOOP ? "symbolic link loop" : std::strerror(errno);
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    why = "not a regular file";
    return false;
  }
  file.size = static_cast<std::uint64_t>(st.st_size);
  file.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
  return true;
}

void add_file(const fs::path& root, const fs::path& path, std::vector<CorpusFile>& out,
              Diagnostics& diagnostics) {
  CorpusFile file;
  if (!format_of(path.filename().string(), file.format)) return;
  file.path = path.string();
  file.root = root.string();
  file.relpath = path.lexically_relative(root).string();
  std::string why;
  if (!stat_file(file.path, file, why)) {
    diagnostics.skipped(file.path, why);
    return;
  }
  out.push_back(std::move(file));
}

bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

void walk_directory(const fs::path& root, std::vector<CorpusFile>& out, Diagnostics& diagnostics) {
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::none, ec);
  if (ec) {
    diagnostics.skipped(root.string(), ec.message());
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      diagnostics.skipped(it->path().string(), ec.message());
      ec.clear();
      continue;
    }
    const fs::directory_entry& entry = *it;
    if (hidden(entry.path())) {
      if (entry.is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (entry.is_symlink(ec) && entry.is_directory(ec)) {
      it.disable_recursion_pending();  // never follow: symlink loops
      continue;
    }
    if (entry.is_directory(ec)) {
      if (::access(entry.path().c_str(), R_OK | X_OK) != 0) {
        diagnostics.skipped(entry.path().string(), "directory not readable");
        it.disable_recursion_pending();
      }
      continue;
    }
    add_file(root, entry.path(), out, diagnostics);
  }
}

}  // namespace

CorpusListing walk_corpus(const std::vector<std::string>& inputs, Diagnostics& diagnostics) {
  CorpusListing listing;
  std::vector<CorpusFile>& files = listing.files;
  for (const auto& input : inputs) {
    std::error_code ec;
    fs::path path = fs::absolute(input, ec).lexically_normal();
    if (!path.empty() && !path.has_filename()) path = path.parent_path();
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw CorpusError(input, "no such file or directory");
    if (fs::is_directory(status)) {
      listing.scopes.push_back({path.string(), ""});
      walk_directory(path, files, diagnostics);
    } else {
      CorpusFormat format;
      if (!format_of(path.filename().string(), format)) {
        diagnostics.skipped(input, "not a corpus file (expected .txt, .jsonl or .jsonl.gz)");
        continue;
      }
      listing.scopes.push_back({path.parent_path().string(), path.filename().string()});
      add_file(path.parent_path(), path, files, diagnostics);
    }
  }
  std::sort(files.begin(), files.end(), [](const CorpusFile& a, const CorpusFile& b) {
    return a.root != b.root ? a.root < b.root : a.relpath < b.relpath;
  });
  files.erase(
      std::unique(files.begin(), files.end(),
                  [](const CorpusFile& a, const CorpusFile& b) { return a.path == b.path; }),
      files.end());
  return listing;
}

}  // namespace lsearch
