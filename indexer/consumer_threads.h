// ConsumerThreads: threads that take items from one bounded WorkQueue and hand
// each to a function, the one form of "consumer thread + exception_ptr + close
// the queue" in the indexer (the analysis workers, the spelling writer, the
// incremental writer). The first exception, in a consumer or reported by the
// producer with fail(), is kept, closes the queue so nobody blocks on it, and
// is rethrown by finish(). push() and fail() may be called from any thread.
#pragma once

#include <atomic>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "indexer/work_queue.h"

namespace lsearch {

template <typename T>
class ConsumerThreads {
 public:
  // `consume(thread, item)` runs on consumer `thread` (0..threads-1).
  using Consume = std::function<void(unsigned thread, T&& item)>;

  ConsumerThreads(std::size_t capacity, unsigned threads, Consume consume)
      : queue_(capacity), consume_(std::move(consume)) {
    for (unsigned t = 0; t < threads; ++t) threads_.emplace_back([this, t] { drain(t); });
  }
  // Stops without rethrowing (finish() was not reached: an error is already on its way).
  ~ConsumerThreads() { join(); }
  ConsumerThreads(const ConsumerThreads&) = delete;
  ConsumerThreads& operator=(const ConsumerThreads&) = delete;

  // Blocks while the queue is full; false once it is closed by an error.
  bool push(T item) { return queue_.push(std::move(item)); }
  // Records the producer's error: consumers stop, finish() rethrows it.
  void fail(std::exception_ptr error) {
    {
      std::lock_guard lock(mutex_);
      if (!error_) error_ = std::move(error);
    }
    failed_ = true;
    queue_.close();
  }
  bool failed() const { return failed_; }
  // No more items: waits for the consumers to drain the queue, then rethrows
  // the first error.
  void finish() {
    join();
    if (error_) std::rethrow_exception(error_);
  }

 private:
  void drain(unsigned thread) {
    try {
      while (auto item = queue_.pop()) {
        if (failed_) break;
        consume_(thread, std::move(*item));
      }
    } catch (...) {
      fail(std::current_exception());
    }
  }
  void join() {
    queue_.close();
    for (auto& t : threads_)
      if (t.joinable()) t.join();
  }

  WorkQueue<T> queue_;
  Consume consume_;
  std::mutex mutex_;
  std::exception_ptr error_;
  std::atomic<bool> failed_{false};
  std::vector<std::thread> threads_;  // last: started once everything else exists
};

}  // namespace lsearch
