// StopSignals with real signals. Each signal goes to a forked child, which has
// one thread: a process-directed signal then has nowhere to go but the waiter.
#include "common/util/stop_signals.h"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <thread>

namespace lsearch {
namespace {

// Waits up to 5 s for `flag`.
bool becomes_true(const std::atomic<bool>& flag) {
  for (int i = 0; i < 500 && !flag; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  return flag;
}

// Runs `body` in a child process and returns its wait status.
int status_of_child(const std::function<int()>& body) {
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) ::_exit(body());
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  return status;
}

}  // namespace

TEST_CASE("without a signal, the destructor ends the waiter and on_stop is never called") {
  std::atomic<bool> called{false};
  {
    StopSignals stop([&](const std::atomic<bool>&) { called = true; });
  }
  CHECK_FALSE(called);
}

TEST_CASE("SIGTERM calls on_stop on the waiting thread, and a repeating on_stop ends with it") {
  int status = status_of_child([] {
    std::atomic<bool> called{false}, saw_finished{false};
    {
      StopSignals stop([&](const std::atomic<bool>& finished) {
        called = true;
        while (!finished) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        saw_finished = true;
      });
      ::kill(::getpid(), SIGTERM);
      if (!becomes_true(called)) return 3;
    }
    return saw_finished ? 0 : 4;
  });
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("a second signal ends the process as an unhandled one would") {
  int status = status_of_child([] {
    std::atomic<bool> stopping{false};
    StopSignals stop([&](const std::atomic<bool>&) { stopping = true; });
    ::kill(::getpid(), SIGINT);
    if (!becomes_true(stopping)) return 3;
    ::kill(::getpid(), SIGINT);
    std::this_thread::sleep_for(std::chrono::seconds(5));
    return 4;  // still alive: the second signal did nothing
  });
  CHECK(WIFSIGNALED(status));
  if (WIFSIGNALED(status)) CHECK(WTERMSIG(status) == SIGINT);
}

}  // namespace lsearch
