#include "searcher/serve/searcher_pool.h"

namespace lsearch {

Searcher& SearcherPool::for_this_thread() {
  const std::thread::id me = std::this_thread::get_id();
  {
    std::lock_guard lock(mutex_);
    auto it = searchers_.find(me);
    if (it != searchers_.end()) return *it->second;
  }
  // Opened outside the lock: opening reads the index, and other threads
  // should not wait for it. Only this thread ever adds its own entry.
  auto searcher = std::make_unique<Searcher>(Searcher::open(db_path_));
  std::lock_guard lock(mutex_);
  return *searchers_.emplace(me, std::move(searcher)).first->second;
}

void SearcherPool::discard_this_thread() {
  std::unique_ptr<Searcher> dropped;
  std::lock_guard lock(mutex_);
  auto it = searchers_.find(std::this_thread::get_id());
  if (it == searchers_.end()) return;
  dropped = std::move(it->second);
  searchers_.erase(it);
}

}  // namespace lsearch
