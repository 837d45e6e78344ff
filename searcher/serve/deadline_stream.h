// One HTTP request's socket I/O under a deadline. cpp-httplib's own stream
// times each read and write on its own, so a client that sends one byte just
// before every timeout keeps a worker for as long as it likes (slowloris).
// A DeadlineStream gives each wait the shorter of the per-operation timeout
// and what is left of the whole request's time; past the deadline every read
// and write fails, and httplib drops the connection.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <string>

namespace lsearch {

class DeadlineStream final : public httplib::Stream {
 public:
  using Clock = std::chrono::steady_clock;

  DeadlineStream(socket_t sock, std::chrono::milliseconds io_timeout, Clock::time_point deadline);

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return sock_; }

 private:
  bool wait_for(short events) const;

  socket_t sock_;
  std::chrono::milliseconds io_timeout_;
  Clock::time_point deadline_;
  // httplib reads the request line and headers a byte at a time: buffer them.
  char buffer_[4096];
  std::size_t buffered_ = 0;
  std::size_t consumed_ = 0;
};

// Polls `sock` for `events` (POLLIN, POLLOUT) for up to `timeout`: true when
// ready (or when the peer hung up, so that the next read sees the end).
bool poll_socket(socket_t sock, short events, std::chrono::milliseconds timeout);

}  // namespace lsearch
