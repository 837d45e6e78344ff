#include "common/util/stop_signals.h"

#include <pthread.h>

namespace lsearch {

StopSignals::StopSignals(OnStop on_stop) {
  sigemptyset(&signals_);
  sigaddset(&signals_, SIGINT);
  sigaddset(&signals_, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals_, &previous_mask_);
  waiter_ = std::thread([this, on_stop = std::move(on_stop)] { wait(on_stop); });
}

void StopSignals::wait(const OnStop& on_stop) {
  int signal = 0;
  sigwait(&signals_, &signal);
  if (finished_) return;  // the destructor's wake-up
  on_stop(finished_);
  sigwait(&signals_, &signal);
  if (finished_) return;
  // A second signal: its default action, as if nothing handled it.
  ::signal(signal, SIG_DFL);
  pthread_sigmask(SIG_UNBLOCK, &signals_, nullptr);
  ::raise(signal);
}

StopSignals::~StopSignals() {
  finished_ = true;
  pthread_kill(waiter_.native_handle(), SIGTERM);  // wakes it from sigwait
  waiter_.join();
  pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
}

}  // namespace lsearch
