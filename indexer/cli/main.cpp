// lindex: flags -> update_index() (the public indexing API, lsearch/indexer.h)
// -> summary and exit code. No indexing logic here.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <vector>

#include "common/error.h"
#include "common/util/display_text.h"
#include "common/util/stop_signals.h"
#include "indexer/cli/lindex_options.h"
#include "indexer/cli/run_summary.h"
#include "lsearch/indexer.h"

namespace {

using namespace lsearch;

constexpr const char* kInterrupted =
    "interrupted; committed work is kept, run lindex again to finish";

// stderr: the progress line (on a terminal) and each diagnostic.
struct Terminal {
  const LindexCli& cli;
  bool progress_shown = false;

  void clear_progress() {
    if (progress_shown) std::fprintf(stderr, "\r\033[K");
  }
  void issue(const InputIssue& issue) {
    if (cli.quiet && issue.level != "skipped") return;
    clear_progress();
    std::fputs(diagnostic_line(issue).c_str(), stderr);
  }
};

// A run's issues counted as its summary counts them: a run that fails throws
// instead of returning its summary, and --json still reports its skips.
struct IssueTally {
  std::size_t skipped = 0, repaired = 0;
  std::vector<InputIssue> skips;

  void add(const InputIssue& issue) {
    if (issue.level == "repaired") ++repaired;
    if (issue.level != "skipped") return;
    ++skipped;
    if (skips.size() < kListedSkipsMax) skips.push_back(issue);
  }
};

void show_progress(LindexCli& cli, Terminal& terminal) {
  const bool tty = ::isatty(STDERR_FILENO) != 0;
  if (cli.quiet || !(cli.progress == "always" || (cli.progress == "auto" && tty))) return;
  const auto start = std::chrono::steady_clock::now();
  cli.index.on_progress = [&terminal, start](const IndexProgress& p) {
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "\r\033[K%s", progress_line(p, seconds).c_str());
    terminal.progress_shown = true;
  };
}

// A fatal exit: the message on stderr and, with --json, the summary with its
// `error` (what the live index holds, so a cron script can read why).
int fail(const LindexCli& cli, const IssueTally& tally, int code, const std::string& why) {
  std::cerr << "lindex: " << (code == kExitError ? "error: " : "") << display_text(why) << "\n";
  if (cli.json) {
    IndexSummary summary;
    summary.db_path = cli.index.db_path;
    summary.dry_run = cli.index.dry_run;
    summary.interrupted = code == kExitInterrupted;
    summary.skipped = tally.skipped;
    summary.repaired = tally.repaired;
    summary.skips = tally.skips;
    summary.documents = indexed_document_count(cli.index.db_path);
    std::cout << summary_json(summary, why);
  }
  return code;
}

int finish(const LindexCli& cli, const IndexSummary& summary) {
  if (cli.json)
    std::cout << summary_json(summary, summary.interrupted ? kInterrupted : "");
  else if (!cli.quiet)
    std::cout << summary_text(summary);
  if (summary.interrupted) {
    std::cerr << "lindex: " << kInterrupted << "\n";
    return kExitInterrupted;
  }
  return summary.skipped > 0 ? kExitNoMatchOrSkipped : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app;
  LindexCli cli;
  setup_lindex_cli(app, cli);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    if (code == 0) return kExitOk;
    // A usage error with --json still gives a cron script the summary and why.
    for (int i = 1; i < argc; ++i)
      if (std::string_view(argv[i]) == "--json") {
        finish_lindex_cli(cli);
        cli.json = true;
        IndexSummary summary;
        summary.db_path = cli.index.db_path;
        std::cout << summary_json(summary, std::string("usage: ") + e.what());
      }
    return kExitError;
  }
  finish_lindex_cli(cli);
  Terminal terminal{cli};
  show_progress(cli, terminal);
  IssueTally tally;
  cli.index.on_issue = [&](const InputIssue& issue) {
    terminal.issue(issue);
    tally.add(issue);
  };
  // SIGINT/SIGTERM stop the run at its next safe point; a second one ends lindex at once.
  std::atomic<bool> cancel{false};
  StopSignals stop_signals([&cancel](const std::atomic<bool>&) { cancel = true; });
  cli.index.cancel = &cancel;
  try {
    IndexSummary summary = cli.merge_spelling ? merge_spelling(cli.index) : update_index(cli.index);
    terminal.clear_progress();
    return finish(cli, summary);
  } catch (const LockedError& e) {
    return fail(cli, tally, kExitLocked, e.what());
  } catch (const InterruptedError& e) {
    return fail(cli, tally, kExitInterrupted, e.what());
  } catch (const ShrinkError& e) {
    terminal.clear_progress();
    return fail(cli, tally, kExitError, std::string(e.what()) + " (--allow-shrink)");
  } catch (const std::exception& e) {
    terminal.clear_progress();
    return fail(cli, tally, kExitError, e.what());
  }
}
