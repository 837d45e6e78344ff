// Finds the article files under the corpus paths given to lindex: *.txt,
// *.jsonl, *.jsonl.gz (also .ndjson). Hidden entries are ignored, symlinked
// directories are never followed (no loops), symlinked files only when asked
// and only to a target inside a corpus root (a link must not bring
// /etc/passwd into the index); unreadable entries are reported.
#pragma once

#include <string>
#include <vector>

#include "indexer/corpus/corpus_file.h"
#include "indexer/corpus/diagnostics.h"

namespace lsearch {

// What one input covers: a whole root directory, or one file under a root
// (or, with `subtree`, a directory under a root). An incremental run deletes
// the articles of vanished files in its scopes only.
struct CorpusScope {
  std::string root;
  std::string relpath;  // empty: the whole root
  bool subtree = false;
  bool covers(const std::string& file_root, const std::string& file_relpath) const {
    if (file_root != root) return false;
    if (relpath.empty() || relpath == file_relpath) return true;
    return subtree && file_relpath.size() > relpath.size() && file_relpath.starts_with(relpath) &&
           file_relpath[relpath.size()] == '/';
  }
};

struct CorpusListing {
  std::vector<CorpusFile> files;  // sorted by (root, relpath), unique
  std::vector<CorpusScope> scopes;
  // Entries that exist but could not be listed or opened this run (an
  // unreadable directory, a file that is not regular now): reported skips,
  // never vanished, so their indexed articles are kept.
  std::vector<CorpusScope> unlisted;
};

struct WalkOptions {
  bool follow_links = false;   // --follow: index links to files inside a corpus root
  bool allow_missing = false;  // --allow-shrink: a missing input is an empty scope
};

// Throws ShrinkError when an input path does not exist (unless allow_missing:
// then it is a scope without files, so its articles count as vanished).
CorpusListing walk_corpus(const std::vector<std::string>& inputs, Diagnostics& diagnostics,
                          const WalkOptions& options = {});

}  // namespace lsearch
