#include "searcher/serve/serve_command.h"

#include <doctest/doctest.h>

namespace lsearch {

TEST_CASE("--listen: HOST:PORT and [IPv6]:PORT") {
  std::string host;
  int port = 0;
  CHECK(parse_listen_address("127.0.0.1:8080", host, port));
  CHECK(host == "127.0.0.1");
  CHECK(port == 8080);
  CHECK(parse_listen_address("[::1]:0", host, port));
  CHECK(host == "::1");
  CHECK(port == 0);
  CHECK(parse_listen_address("localhost:65535", host, port));
  for (const char* bad : {"", "8080", ":8080", "127.0.0.1:", "127.0.0.1:65536", "::1:80", "[::1:80",
                          "[]:80", "host:80x", "host:-1", "host:123456"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_listen_address(bad, host, port));
  }
}

}  // namespace lsearch
