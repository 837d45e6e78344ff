#include "indexer/spelling_writer.h"

namespace lsearch {
namespace {

constexpr std::size_t kQueuedBatches = 4;
// Xapian keeps uncommitted spelling changes in memory: commit now and then.
constexpr std::size_t kBatchesPerCommit = 32;

}  // namespace

SpellingWriter::SpellingWriter(const std::string& path)
    : db_(path, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS | Xapian::DB_DANGEROUS),
      queue_(kQueuedBatches),
      thread_([this] { write_all(); }) {}

SpellingWriter::~SpellingWriter() {
  queue_.close();
  if (thread_.joinable()) thread_.join();
}

void SpellingWriter::add(Vocabulary&& words) {
  if (!words.empty()) queue_.push(std::move(words));
}

void SpellingWriter::write_all() {
  try {
    std::size_t batches = 0;
    while (auto words = queue_.pop()) {
      add_spelling(db_, *words);
      if (++batches % kBatchesPerCommit == 0) db_.commit();
    }
  } catch (...) {
    error_ = std::current_exception();
    queue_.close();  // later add() calls return at once
  }
}

void SpellingWriter::finish() {
  queue_.close();
  thread_.join();
  if (error_) std::rethrow_exception(error_);
  db_.commit();
  db_.close();
}

}  // namespace lsearch
