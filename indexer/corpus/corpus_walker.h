// Finds the article files under the corpus paths given to lindex: *.txt,
// *.jsonl, *.jsonl.gz (also .ndjson). Hidden entries are ignored, symlinked
// directories are not followed (no loops), unreadable entries are reported.
#pragma once

#include <string>
#include <vector>

#include "indexer/corpus/corpus_file.h"
#include "indexer/corpus/diagnostics.h"

namespace lsearch {

// What one input covers: a whole root directory, or one file under a root.
// An incremental run deletes the articles of vanished files in its scopes only.
struct CorpusScope {
  std::string root;
  std::string relpath;  // empty: the whole root
  bool covers(const std::string& file_root, const std::string& file_relpath) const {
    return file_root == root && (relpath.empty() || relpath == file_relpath);
  }
};

struct CorpusListing {
  std::vector<CorpusFile> files;  // sorted by (root, relpath), unique
  std::vector<CorpusScope> scopes;
};

// Throws CorpusError when an input path does not exist.
CorpusListing walk_corpus(const std::vector<std::string>& inputs, Diagnostics& diagnostics);

}  // namespace lsearch
