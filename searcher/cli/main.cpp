// lsearch: flags -> Searcher -> printer -> exit code (0 hits, 1 none, 2 error).
#include <unistd.h>

#include <csignal>
#include <iostream>

#include "common/error.h"
#include "common/util/display_text.h"
#include "lsearch/searcher.h"
#include "searcher/cli/batch.h"
#include "searcher/cli/list_values.h"
#include "searcher/cli/lsearch_options.h"
#include "searcher/cli/serve_exec.h"
#include "searcher/cli/watch_run.h"

using namespace lsearch;

int main(int argc, char** argv) {
  // Xapian 1.4.22's remote backend can raise SIGPIPE on a closed socket (fixed
  // in 1.4.24): a dead shard must be an error message, not a silent death of
  // lsearch.
  std::signal(SIGPIPE, SIG_IGN);
  // `lsearch serve ...` is the web server; to search for the word, `lsearch -- serve`.
  if (argc > 1 && std::string_view(argv[1]) == "serve") return exec_serve(argv + 1);
  CLI::App app;
  LsearchCli cli;
  setup_lsearch_cli(app, cli);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitError;
  }
  LsearchRun run = finish_lsearch_cli(cli, ::isatty(STDOUT_FILENO) != 0);
  auto printer = make_printer(run.printer);
  try {
    OpenOptions open_options;
    open_options.allow_partial = cli.allow_partial;
    Searcher searcher = Searcher::open(run.db_path, open_options);
    if (!cli.list.empty()) return list_facet_values(searcher, cli.list, std::cout);
    if (!cli.batch.empty()) return run_batch(searcher, run, cli.batch, *printer, cli.explain);
    if (!run.watch.empty()) return run_watch(searcher, run, *printer, cli.explain);
    SearchResults results = searcher.search(run.request);
    report_missing_shards(results, "", std::cerr);
    PrintContext context{"1", run.request.query, &run.request, cli.explain};
    printer->print(context, results, std::cout);
    std::cout.flush();
    return results.total > 0 ? kExitOk : kExitNoMatchOrSkipped;
  } catch (const std::exception& e) {
    // Messages echo names and ids from the user and the corpus: shown safely.
    std::cerr << "lsearch: " << display_text(e.what()) << "\n";
    return kExitError;
  }
}
