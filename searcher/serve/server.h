// lsearch serve's HTTP server (cpp-httplib): the JSON API (api.h) and the
// embedded page (assets.h) on a pool of worker threads, each with its own
// Searcher. Requests are bounded (request line and header lines 8 KB by
// cpp-httplib, bodies kPayloadMaxBytes) and timed: a client that stops sending
// or reading is dropped after timeout_seconds, and every request, however it
// trickles, is over after request_timeout_seconds, so no client holds a worker
// for longer than that.
// Every answer carries a Content-Security-Policy that lets the page run only
// its own script. bind() and run() from one thread; stop() from any.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace lsearch {

struct ServeOptions {
  std::string db_path;
  std::string host = "127.0.0.1";    // loopback unless another address is given
  int port = 8080;                   // 0: any free port (bind() says which)
  std::size_t threads = 8;           // worker threads (each holds one connection at a time)
  int timeout_seconds = 5;           // read and write timeouts, and keep-alive idle time
  int request_timeout_seconds = 30;  // the whole of one request: reading, answering, writing
};

inline constexpr std::size_t kPayloadMaxBytes = 8192;  // the API is GET only

class WebServer {
 public:
  // Opens the index once to check it (throws IndexError, SchemaMismatchError).
  explicit WebServer(ServeOptions options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds the listening socket; returns the port. Throws Error when it cannot.
  int bind();
  // Serves until stop() (blocking).
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lsearch
