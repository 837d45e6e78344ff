#include "indexer/spelling_writer.h"

#include <utility>

namespace lsearch {
namespace {

constexpr std::size_t kQueuedBatches = 4;
// Xapian keeps uncommitted spelling changes in memory: commit now and then.
constexpr std::size_t kBatchesPerCommit = 32;

}  // namespace

SpellingWriter::SpellingWriter(const std::string& path, Prelude prelude)
    : db_(path, kScratchDatabase),
      prelude_(std::move(prelude)),
      writer_(kQueuedBatches, 1,
              [this](unsigned, Vocabulary&& words) { write(std::move(words)); }) {
  if (prelude_) writer_.push({});  // an empty batch: the thread runs the prelude at once
}

void SpellingWriter::add(Vocabulary&& words) {
  if (!words.empty()) writer_.push(std::move(words));  // after an error: dropped, finish() says why
}

void SpellingWriter::write(Vocabulary&& words) {
  if (prelude_) std::exchange(prelude_, {})(db_);
  if (words.empty()) return;  // the constructor's batch (add() drops empty ones)
  add_spelling(db_, words);
  if (++batches_ % kBatchesPerCommit == 0) db_.commit();
}

void SpellingWriter::finish() {
  writer_.finish();
  db_.commit();
  db_.close();
}

}  // namespace lsearch
