#include "searcher/serve/server.h"

#include <arpa/inet.h>
#include <httplib.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>

#include "common/error.h"
#include "searcher/serve/api.h"
#include "searcher/serve/assets.h"
#include "searcher/serve/deadline_stream.h"

namespace lsearch {
namespace {

// The page owns its script and style files; nothing inline, nothing from
// elsewhere, no plugins, no framing, no form posts to other sites.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

void send(httplib::Response& res, const ApiReply& reply) {
  res.status = reply.status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(reply.body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

// The errors httplib answers on its own, in words.
std::string status_text(int status) {
  switch (status) {
    case 400:
      return "malformed request";
    case 404:
      return "not found (the API is GET only)";
    case 413:
      return "request body too large";
    case 414:
      return "request line too long";
    default:
      return "HTTP error " + std::to_string(status);
  }
}

// localhost, ::1 or an IPv4 address 127.x.x.x (as an address: "127.0.0.1.evil.example" is not).
bool is_loopback_name(const std::string& host) {
  if (host == "localhost" || host == "::1" || host == "[::1]") return true;
  in_addr address{};
  return ::inet_pton(AF_INET, host.c_str(), &address) == 1 && (ntohl(address.s_addr) >> 24) == 127;
}

// The host part of a Host header: "127.0.0.1:8080" -> "127.0.0.1", "[::1]:80" -> "[::1]".
std::string host_name(const std::string& header) {
  std::size_t colon = header.rfind(':');
  if (colon == std::string::npos || header.find(']', colon) != std::string::npos) return header;
  return header.substr(0, colon);
}

void send_asset(const httplib::Request& req, httplib::Response& res) {
  const Asset* asset = find_asset(req.path);
  if (asset == nullptr) return send(res, api_error(404, "no such page: " + req.path));
  res.set_content(std::string(asset->body), std::string(asset->content_type));
}

// httplib's Server with each request under a deadline (DeadlineStream). It
// overrides the per-connection loop, as httplib's own SSLServer does: wait for
// the next request on a kept-alive connection, serve it, close after the last.
class BoundedServer final : public httplib::Server {
 public:
  BoundedServer(std::chrono::milliseconds io_timeout, std::chrono::milliseconds request_time,
                std::size_t keep_alive_requests)
      : io_timeout_(io_timeout),
        request_time_(request_time),
        keep_alive_requests_(keep_alive_requests) {}

 private:
  bool process_and_close_socket(socket_t sock) override {
    bool served = serve_connection(sock);
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return served;
  }

  bool serve_connection(socket_t sock) {
    bool served = false;
    for (std::size_t left = keep_alive_requests_; left > 0 && next_request_arrives(sock); --left) {
      DeadlineStream stream(sock, io_timeout_, DeadlineStream::Clock::now() + request_time_);
      bool closed = false;
      served = process_request(stream, /*close_connection=*/left == 1, closed, nullptr);
      if (!served || closed) break;
    }
    return served;
  }

  // The idle wait between requests (the keep-alive timeout), in slices so that
  // stop() does not wait for idle connections.
  bool next_request_arrives(socket_t sock) const {
    using std::chrono::milliseconds;
    const auto until = DeadlineStream::Clock::now() + io_timeout_;
    while (svr_sock_ != INVALID_SOCKET) {
      auto left = std::chrono::duration_cast<milliseconds>(until - DeadlineStream::Clock::now());
      if (left.count() <= 0) return false;
      if (poll_socket(sock, POLLIN, std::min(left, milliseconds(100)))) return true;
    }
    return false;
  }

  std::chrono::milliseconds io_timeout_;
  std::chrono::milliseconds request_time_;
  std::size_t keep_alive_requests_;
};

}  // namespace

struct WebServer::Impl {
  explicit Impl(ServeOptions o)
      : options(std::move(o)),
        pool(options.db_path),
        http(std::chrono::seconds(options.timeout_seconds),
             std::chrono::seconds(options.request_timeout_seconds), kKeepAliveRequests) {}

  void configure();

  // Requests one connection may carry before it is closed (a client that keeps
  // a connection busy yields its worker now and then).
  static constexpr std::size_t kKeepAliveRequests = 100;

  ServeOptions options;
  SearcherPool pool;
  BoundedServer http;
};

void WebServer::Impl::configure() {
  const std::size_t threads = options.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(kPayloadMaxBytes);
  http.set_default_headers({{"Content-Security-Policy", kContentSecurityPolicy},
                            {"X-Content-Type-Options", "nosniff"},
                            {"X-Frame-Options", "DENY"},
                            {"Referrer-Policy", "no-referrer"}});

  // DNS rebinding: a web page of another site whose name resolves to 127.0.0.1
  // would be same-origin with this server and could read the archive. On
  // loopback, only requests addressed to a loopback name are answered.
  if (is_loopback_name(options.host))
    http.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
      if (is_loopback_name(host_name(req.get_header_value("Host"))))
        return httplib::Server::HandlerResponse::Unhandled;
      send(res, api_error(403, "this server answers only requests for 127.0.0.1 or localhost"));
      return httplib::Server::HandlerResponse::Handled;
    });

  http.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
    send(res, api_search(pool, req.params));
  });
  http.Get("/api/article", [this](const httplib::Request& req, httplib::Response& res) {
    send(res, api_article(pool, req.params));
  });
  http.Get("/api/health", [this](const httplib::Request& req, httplib::Response& res) {
    send(res, api_health(pool, req.params));
  });
  http.Get("/api/.*", [](const httplib::Request& req, httplib::Response& res) {
    send(res, api_error(404, "no such endpoint: " + req.path));
  });
  http.Get(".*", send_asset);
  // What httplib refuses on its own (414 request line too long, 413 body too
  // large, 400 malformed, 404 other methods) gets a JSON body as well.
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) send(res, api_error(res.status, status_text(res.status)));
  });
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
        std::string what = "internal error";
        try {
          std::rethrow_exception(error);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        send(res, api_error(500, what));
      });
}

WebServer::WebServer(ServeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  Searcher::open(impl_->options.db_path);  // fail now, not on the first request
  impl_->configure();
}

WebServer::~WebServer() = default;

int WebServer::bind() {
  const ServeOptions& o = impl_->options;
  int port = o.port;
  if (port == 0)
    port = impl_->http.bind_to_any_port(o.host);
  else if (!impl_->http.bind_to_port(o.host, port))
    port = -1;
  if (port <= 0)
    throw Error("cannot listen on " + o.host + ":" + std::to_string(o.port) +
                " (in use, or not an address of this machine)");
  return port;
}

void WebServer::run() {
  impl_->http.listen_after_bind();
}

void WebServer::stop() {
  impl_->http.stop();
}

}  // namespace lsearch
