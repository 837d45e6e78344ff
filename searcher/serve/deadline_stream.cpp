#include "searcher/serve/deadline_stream.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace lsearch {
namespace {

using std::chrono::milliseconds;

// "ip" and "port" of a socket address, as httplib reports them.
void describe_address(const sockaddr_storage& address, socklen_t length, std::string& ip,
                      int& port) {
  char host[NI_MAXHOST] = {};
  char service[NI_MAXSERV] = {};
  if (::getnameinfo(reinterpret_cast<const sockaddr*>(&address), length, host, sizeof host, service,
                    sizeof service, NI_NUMERICHOST | NI_NUMERICSERV) != 0)
    return;
  ip = host;
  port = std::atoi(service);
}

}  // namespace

bool poll_socket(socket_t sock, short events, milliseconds timeout) {
  pollfd descriptor{sock, events, 0};
  int ready;
  do {
    ready =
        ::poll(&descriptor, 1, static_cast<int>(std::max<milliseconds::rep>(timeout.count(), 0)));
  } while (ready < 0 && errno == EINTR);
  return ready > 0;
}

DeadlineStream::DeadlineStream(socket_t sock, milliseconds io_timeout, Clock::time_point deadline)
    : sock_(sock), io_timeout_(io_timeout), deadline_(deadline) {}

bool DeadlineStream::wait_for(short events) const {
  auto left = std::chrono::duration_cast<milliseconds>(deadline_ - Clock::now());
  if (left.count() <= 0) return false;
  return poll_socket(sock_, events, std::min(left, io_timeout_));
}

bool DeadlineStream::is_readable() const {
  return consumed_ < buffered_ || wait_for(POLLIN);
}

bool DeadlineStream::is_writable() const {
  return wait_for(POLLOUT);
}

ssize_t DeadlineStream::read(char* ptr, size_t size) {
  if (consumed_ == buffered_) {
    if (!wait_for(POLLIN)) return -1;
    ssize_t got;
    do {
      got = ::recv(sock_, buffer_, sizeof buffer_, 0);
    } while (got < 0 && errno == EINTR);
    if (got <= 0) return got;
    buffered_ = static_cast<std::size_t>(got);
    consumed_ = 0;
  }
  std::size_t n = std::min(size, buffered_ - consumed_);
  std::memcpy(ptr, buffer_ + consumed_, n);
  consumed_ += n;
  return static_cast<ssize_t>(n);
}

ssize_t DeadlineStream::write(const char* ptr, size_t size) {
  if (!wait_for(POLLOUT)) return -1;
  ssize_t sent;
  do {
    sent = ::send(sock_, ptr, size, MSG_NOSIGNAL);  // a closed peer is an error, not SIGPIPE
  } while (sent < 0 && errno == EINTR);
  return sent;
}

void DeadlineStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getpeername(sock_, reinterpret_cast<sockaddr*>(&address), &length) == 0)
    describe_address(address, length, ip, port);
}

void DeadlineStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getsockname(sock_, reinterpret_cast<sockaddr*>(&address), &length) == 0)
    describe_address(address, length, ip, port);
}

}  // namespace lsearch
