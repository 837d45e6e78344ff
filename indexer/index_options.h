// What a caller asks of an index run (IndexOptions) and what it did
// (IndexReport). lindex fills the options from flags and prints the report.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/corpus/read_limits.h"
#include "lsearch/indexer.h"

namespace lsearch {

// CompactPolicy and IndexProgress are public (lsearch/indexer.h).

// One shard of a corpus split N ways by a hash of the article id (lindex
// --shard I/N): each shard is an ordinary index holding the articles it owns.
struct ShardFilter {
  unsigned index = 0, count = 1;
  bool owns(std::string_view id) const;
};

struct IndexOptions {
  std::string db_path;                    // the index directory
  std::vector<std::string> inputs;        // corpus files and directories
  std::vector<std::string> entity_files;  // extra gazetteer TSV files
  bool rebuild = false;                   // build a fresh index beside the live one and swap
  bool dry_run = false;                   // report what would change; write nothing
  bool follow_links = false;  // index symbolic links to files inside a corpus root (--follow)
  bool allow_shrink = false;  // allow losing most of a root's articles in one run (--allow-shrink)
  unsigned jobs = 0;          // worker threads; 0 = one per core
  double lock_timeout_seconds = 10;
  std::size_t commit_every = 50000;  // incremental runs commit in batches this large
  CompactPolicy compact = CompactPolicy::kAuto;
  ReadLimits limits;
  ShardFilter shard;  // index only the articles of this shard (default: all)
  std::function<void(const IndexProgress&)> on_progress;  // called from one thread
  const std::atomic<bool>* cancel = nullptr;              // set it (e.g. on SIGINT) to stop safely
};

struct IndexReport {
  std::string mode;  // "full" or "incremental"
  std::size_t files_seen = 0;
  std::size_t files_unchanged = 0;  // skipped by size+mtime
  std::size_t files_read = 0;
  std::size_t files_vanished = 0;
  std::size_t added = 0;
  std::size_t updated = 0;
  std::size_t unchanged = 0;  // read, but the content hash matched
  std::size_t deleted = 0;
  std::size_t skipped = 0;  // inputs not indexed (see Diagnostics)
  std::size_t repaired = 0;
  std::size_t duplicates = 0;
  std::uint64_t text_bytes = 0;  // title + body bytes analysed
  std::size_t doc_count = 0;     // documents in the index afterwards
  double seconds = 0;
  bool compacted = false;
  bool interrupted = false;
  std::string generation;  // the live generation afterwards
};

}  // namespace lsearch
