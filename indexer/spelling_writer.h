// SpellingWriter: a full build's spelling table ("did you mean"), written by
// its own thread into its own scratch database while the workers index, so
// the serial end of the build only merges it. Workers hand over the words
// they counted (Vocabulary) in batches; the merge by compaction copies the
// table into the new generation.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>

#include "indexer/consumer_threads.h"
#include "indexer/document_builder.h"

namespace lsearch {

// How a full build opens its scratch databases (the shards, the spelling
// table): fresh directories nobody reads (DB_DANGEROUS), deleted once merged,
// so a crash means a rebuild and nothing needs to reach the disk (DB_NO_SYNC:
// each commit's fdatasync blocked the worker, 29 ms per call on this VM).
inline constexpr int kScratchDatabase = Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS |
                                        Xapian::DB_DANGEROUS | Xapian::DB_NO_SYNC;

class SpellingWriter {
 public:
  using Prelude = std::function<void(Xapian::WritableDatabase&)>;

  // Creates a fresh database at `path` (kScratchDatabase). `prelude`,
  // if given, runs first on the writer's thread: a full build writes the
  // collection's metadata (the alias table's 25k entries) there while the
  // workers index, instead of in the serial end after the merge.
  explicit SpellingWriter(const std::string& path, Prelude prelude = {});
  // Stops and discards what is unwritten, if finish() was not called.
  ~SpellingWriter() = default;
  SpellingWriter(const SpellingWriter&) = delete;
  SpellingWriter& operator=(const SpellingWriter&) = delete;

  // From any thread; blocks while the writer is behind (bounded memory).
  void add(Vocabulary&& words);
  // Writes what is queued, commits and closes; rethrows the writer's error.
  void finish();

 private:
  void write(Vocabulary&& words);

  Xapian::WritableDatabase db_;
  std::size_t batches_ = 0;
  Prelude prelude_;
  ConsumerThreads<Vocabulary> writer_;  // last: its thread uses the members above
};

}  // namespace lsearch
