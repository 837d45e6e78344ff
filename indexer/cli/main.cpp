// lindex: flags -> run_index() -> summary and exit code. No indexing logic here.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "common/error.h"
#include "indexer/cli/lindex_options.h"
#include "indexer/cli/run_summary.h"
#include "indexer/indexer.h"

namespace {

std::atomic<bool> g_cancel{false};

extern "C" void on_signal(int) {
  g_cancel = true;
  std::signal(SIGINT, SIG_DFL);  // a second Ctrl-C ends the process at once
  std::signal(SIGTERM, SIG_DFL);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace lsearch;
  CLI::App app;
  LindexCli cli;
  setup_lindex_cli(app, cli);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitError;
  }
  finish_lindex_cli(cli);

  const bool tty = ::isatty(STDERR_FILENO) != 0;
  const bool show_progress =
      !cli.quiet && (cli.progress == "always" || (cli.progress == "auto" && tty));
  const auto start = std::chrono::steady_clock::now();
  bool progress_shown = false;
  if (show_progress) {
    cli.index.on_progress = [&](const IndexProgress& p) {
      double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::fprintf(stderr, "\r\033[K%s", progress_line(p, seconds).c_str());
      progress_shown = true;
    };
  }
  Diagnostics diagnostics([&](const char* level, const Skip& skip) {
    if (cli.quiet && std::string_view(level) != "skipped") return;
    std::fprintf(stderr, "%slindex: %s: %s: %s\n", progress_shown ? "\r\033[K" : "", level,
                 skip.where.c_str(), skip.why.c_str());
  });
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  cli.index.cancel = &g_cancel;

  try {
    IndexReport report = run_index(cli.index, diagnostics);
    if (progress_shown) std::fprintf(stderr, "\r\033[K");
    if (cli.json)
      std::cout << summary_json(report, cli.index.db_path, cli.index.dry_run, diagnostics.skips());
    else if (!cli.quiet)
      std::cout << summary_text(report, cli.index.db_path, cli.index.dry_run);
    if (report.interrupted) {
      std::cerr << "lindex: interrupted; committed work is kept, run lindex again to finish\n";
      return 130;
    }
    return report.skipped > 0 ? kExitNoMatchOrSkipped : kExitOk;
  } catch (const LockedError& e) {
    std::cerr << "lindex: " << e.what() << "\n";
    return kExitLocked;
  } catch (const std::exception& e) {
    if (progress_shown) std::fprintf(stderr, "\r\033[K");
    std::cerr << "lindex: error: " << e.what() << "\n";
    return kExitError;
  }
}
