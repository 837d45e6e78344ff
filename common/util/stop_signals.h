// StopSignals: what SIGINT and SIGTERM do in a command (lindex stops its run at
// the next safe point, lsearch serve stops its server). For main() only: the
// libraries never touch signals. Not copyable; one per process.
#pragma once

#include <signal.h>

#include <atomic>
#include <functional>
#include <thread>

namespace lsearch {

class StopSignals {
 public:
  // `finished` turns true when the StopSignals is destroyed: an on_stop that
  // must repeat itself until then (lsearch serve) loops on it.
  using OnStop = std::function<void(const std::atomic<bool>& finished)>;

  // Blocks SIGINT and SIGTERM and waits for them on a thread of its own
  // (sigwait), so `on_stop` is ordinary code, not a signal handler, and may
  // call anything. Construct it before starting other threads: they inherit the
  // blocked signals. The first signal calls `on_stop`; one more after it has
  // returned ends the process as an unhandled signal would (a second Ctrl-C).
  explicit StopSignals(OnStop on_stop);
  // Ends the waiting thread (an on_stop still running sees `finished`) and
  // restores the signal mask.
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

 private:
  void wait(const OnStop& on_stop);

  sigset_t signals_;
  sigset_t previous_mask_;
  std::atomic<bool> finished_{false};
  std::thread waiter_;
};

}  // namespace lsearch
