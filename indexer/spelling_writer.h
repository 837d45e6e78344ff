// SpellingWriter: a full build's spelling table ("did you mean"), written by
// its own thread into its own scratch database while the workers index, so
// the serial end of the build only merges it. Workers hand over the words
// they counted (Vocabulary) in batches; the merge by compaction copies the
// table into the new generation.
#pragma once

#include <xapian.h>

#include <string>

#include "indexer/consumer_threads.h"
#include "indexer/document_builder.h"

namespace lsearch {

class SpellingWriter {
 public:
  // Creates a fresh database at `path` (no readers: DB_DANGEROUS).
  explicit SpellingWriter(const std::string& path);
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
  ConsumerThreads<Vocabulary> writer_;  // last: its thread uses the members above
};

}  // namespace lsearch
