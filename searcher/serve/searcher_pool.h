// One Searcher per server thread (a Searcher is one thread's: it owns a
// Xapian::Database). Each worker opens its own on first use and keeps it; each
// search then follows index updates and rebuild switches on its own.
// Thread-safe.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

#include "lsearch/searcher.h"

namespace lsearch {

class SearcherPool {
 public:
  explicit SearcherPool(std::string db_path) : db_path_(std::move(db_path)) {}

  // The calling thread's Searcher, opened now if it has none. Throws IndexError.
  Searcher& for_this_thread();
  // Drops the calling thread's Searcher (after an IndexError): the next
  // request opens the index afresh.
  void discard_this_thread();

  const std::string& db_path() const { return db_path_; }

 private:
  const std::string db_path_;
  std::mutex mutex_;
  std::unordered_map<std::thread::id, std::unique_ptr<Searcher>> searchers_;
};

}  // namespace lsearch
