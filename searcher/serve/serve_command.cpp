#include "searcher/serve/serve_command.h"

#include <CLI/CLI.hpp>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

#include "common/cli_help.h"
#include "common/db_location.h"
#include "common/error.h"
#include "common/util/display_text.h"
#include "common/util/stop_signals.h"
#include "searcher/serve/server.h"

namespace lsearch {
namespace {

struct ServeCli {
  std::string db_flag;
  std::string listen = "127.0.0.1:8080";
  ServeOptions options;
};

void setup_serve_cli(CLI::App& app, ServeCli& cli) {
  app.name("lsearch serve");
  use_help_formatter(app);
  app.description("lsearch serve: a search page and a JSON API over an index, on HTTP.");
  app.add_option("--db", cli.db_flag, kDbOptionHelp)->type_name("PATH");
  app.add_option("--listen", cli.listen,
                 "HOST:PORT to listen on (default 127.0.0.1:8080, loopback only; port 0: any "
                 "free port)")
      ->type_name("HOST:PORT");
  app.add_option("--threads", cli.options.threads, "worker threads (default 8)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{256}));
  app.add_option("--timeout", cli.options.timeout_seconds,
                 "seconds a client may stay silent while sending or reading (default 5)")
      ->check(CLI::Range(1, 300));
  app.add_option("--request-timeout", cli.options.request_timeout_seconds,
                 "seconds one request may take in all, however slowly it is sent (default 30)")
      ->check(CLI::Range(1, 3600));
  app.footer(
      "\nEndpoints: / (the page), /api/search, /api/article?id=, /api/health (README: API)\n"
      "Example:\n  lsearch serve --db ~/news.db --listen 127.0.0.1:8080");
}

}  // namespace

bool parse_listen_address(const std::string& text, std::string& host, int& port) {
  std::size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return false;
  host = text.substr(0, colon);
  if (host.front() == '[') {
    if (host.size() < 3 || host.back() != ']') return false;
    host = host.substr(1, host.size() - 2);
  } else if (host.find(':') != std::string::npos) {
    return false;  // an IPv6 address needs brackets
  }
  std::string digits = text.substr(colon + 1);
  if (digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string::npos)
    return false;
  port = std::stoi(digits);
  return port <= 65535;
}

int serve_main(int argc, char** argv) {
  CLI::App app;
  ServeCli cli;
  setup_serve_cli(app, cli);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitError;
  }
  if (!parse_listen_address(cli.listen, cli.options.host, cli.options.port)) {
    // Messages echo paths and values as given: shown safely, as lsearch and lindex do.
    std::cerr << "lsearch serve: --listen wants HOST:PORT (e.g. 127.0.0.1:8080), not '"
              << display_text(cli.listen) << "'\n";
    return kExitError;
  }
  cli.options.db_path = resolve_db_path(cli.db_flag);
  try {
    WebServer server(cli.options);
    // SIGINT/SIGTERM stop it. stop() does nothing before run() has started
    // listening: a signal that came early is applied again until run() returns.
    StopSignals stopper([&server](const std::atomic<bool>& finished) {
      while (!finished) {
        server.stop();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    });
    int port = server.bind();
    const std::string& host = cli.options.host;
    std::cerr << "lsearch serve: " << display_text(cli.options.db_path) << " on http://"
              << (host.find(':') != std::string::npos ? "[" + host + "]" : host) << ":" << port
              << "/" << std::endl;
    server.run();
    return kExitOk;
  } catch (const std::exception& e) {
    std::cerr << "lsearch serve: " << display_text(e.what()) << "\n";
    return kExitError;
  }
}

}  // namespace lsearch
