#include "indexer/corpus/corpus_walker.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <filesystem>

#include "common/error.h"

namespace fs = std::filesystem;

namespace lsearch {
namespace {

constexpr const char* kNotFollowed =
    "symbolic link, not followed (--follow follows links to files inside the corpus roots)";

// 0, or why the file cannot be listed: an errno value, or -1 (not a regular file).
int stat_file(const std::string& path, CorpusFile& file, std::string& why) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    const int error = errno;
    why = error == ELOOP ? "symbolic link loop" : std::strerror(error);
    return error;
  }
  if (!S_ISREG(st.st_mode)) {
    why = "not a regular file (a FIFO, device or socket); not read";
    return -1;
  }
  file.size = static_cast<std::uint64_t>(st.st_size);
  file.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
  return 0;
}

// What one walk needs besides its output: options and the resolved roots
// (canonical paths) a followed link must stay inside.
struct Walk {
  const WalkOptions& options;
  Diagnostics& diagnostics;
  std::vector<fs::path> canonical_roots;
  CorpusListing& listing;

  // Reports an entry that exists but cannot be indexed now; its articles stay.
  void unlisted(const fs::path& root, const fs::path& path, const std::string& why, bool subtree) {
    diagnostics.skipped(path.string(), why);
    listing.unlisted.push_back({root.string(), path.lexically_relative(root).string(), subtree});
  }

  void add_file(const fs::path& root, const fs::path& path, bool via_link) {
    CorpusFile file;
    if (!format_of(path.filename().string(), file.format)) return;
    file.path = path.string();
    file.root = root.string();
    file.relpath = path.lexically_relative(root).string();
    file.via_link = via_link;
    std::string why;
    if (const int error = stat_file(file.path, file, why); error != 0) {
      if (error == ENOENT) return diagnostics.skipped(file.path, why);  // gone: it vanished
      return unlisted(root, path, why, false);
    }
    listing.files.push_back(std::move(file));
  }

  bool inside_a_root(const fs::path& target) const {
    for (const auto& root : canonical_roots) {
      auto [r, t] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
      if (r == root.end()) return true;
    }
    return false;
  }

  // A symbolic link to a file (links to directories are never followed).
  void add_link(const fs::path& root, const fs::path& path) {
    CorpusFormat format;
    if (!format_of(path.filename().string(), format)) return;
    if (!options.follow_links) return diagnostics.skipped(path.string(), kNotFollowed);
    std::error_code ec;
    const fs::path target = fs::canonical(path, ec);
    if (ec)
      return diagnostics.skipped(path.string(), ec.value() == ELOOP
                                                    ? "symbolic link loop"
                                                    : "symbolic link to " + ec.message());
    if (!inside_a_root(target))
      return diagnostics.skipped(path.string(), "symbolic link to " + target.string() +
                                                    ", outside every corpus root; not followed");
    add_file(root, path, true);
  }

  void directory(const fs::path& root);
};

bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

void Walk::directory(const fs::path& root) {
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::none, ec);
  if (ec) return diagnostics.skipped(root.string(), ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      unlisted(root, it->path(), ec.message(), true);
      ec.clear();
      continue;
    }
    const fs::directory_entry& entry = *it;
    if (hidden(entry.path())) {
      if (entry.is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (entry.is_symlink(ec)) {
      if (entry.is_directory(ec))
        it.disable_recursion_pending();  // never follow: symlink loops
      else
        add_link(root, entry.path());
      continue;
    }
    if (entry.is_directory(ec)) {
      if (::access(entry.path().c_str(), R_OK | X_OK) != 0) {
        // A path past PATH_MAX is not a permission problem: say which it is.
        unlisted(root, entry.path(),
                 errno == ENAMETOOLONG
                     ? "path longer than the system allows (ENAMETOOLONG, PATH_MAX " +
                           std::to_string(PATH_MAX) + " bytes): its files are not read"
                     : "directory not readable",
                 true);
        it.disable_recursion_pending();
      }
      continue;
    }
    add_file(root, entry.path(), false);
  }
}

fs::path input_path(const std::string& input) {
  std::error_code ec;
  fs::path path = fs::absolute(input, ec).lexically_normal();
  if (!path.empty() && !path.has_filename()) path = path.parent_path();
  return path;
}

void sort_unique(std::vector<CorpusFile>& files) {
  std::sort(files.begin(), files.end(), [](const CorpusFile& a, const CorpusFile& b) {
    return a.root != b.root ? a.root < b.root : a.relpath < b.relpath;
  });
  files.erase(
      std::unique(files.begin(), files.end(),
                  [](const CorpusFile& a, const CorpusFile& b) { return a.path == b.path; }),
      files.end());
}

}  // namespace

CorpusListing walk_corpus(const std::vector<std::string>& inputs, Diagnostics& diagnostics,
                          const WalkOptions& options) {
  CorpusListing listing;
  Walk walk{options, diagnostics, {}, listing};
  for (const auto& input : inputs) {
    std::error_code ec;
    fs::path canonical = fs::canonical(input_path(input), ec);
    if (!ec) walk.canonical_roots.push_back(canonical);
  }
  for (const auto& input : inputs) {
    const fs::path path = input_path(input);
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      if (!options.allow_missing)
        throw ShrinkError(input,
                          "no such file or directory; if it is gone for good, a run allowing the "
                          "shrink deletes its articles");
      // Either a missing root directory or a missing single file: both scopes.
      listing.scopes.push_back({path.string(), ""});
      listing.scopes.push_back({path.parent_path().string(), path.filename().string()});
      continue;
    }
    if (fs::is_directory(status)) {
      listing.scopes.push_back({path.string(), ""});
      walk.directory(path);
      continue;
    }
    CorpusFormat format;
    if (!format_of(path.filename().string(), format)) {
      diagnostics.skipped(input, "not a corpus file (expected .txt, .jsonl or .jsonl.gz)");
      continue;
    }
    listing.scopes.push_back({path.parent_path().string(), path.filename().string()});
    walk.add_file(path.parent_path(), path, true);  // named on the command line: followed
  }
  sort_unique(listing.files);
  return listing;
}

}  // namespace lsearch
