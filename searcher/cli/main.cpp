// lsearch: flags -> Searcher -> printer -> exit code (0 hits, 1 none, 2 error).
#include <unistd.h>

#include <fstream>
#include <iostream>

#include "common/error.h"
#include "common/util/display_text.h"
#include "common/util/text.h"
#include "lsearch/searcher.h"
#include "searcher/cli/lsearch_options.h"
#include "searcher/serve/serve_command.h"

namespace {

using namespace lsearch;

// One line of a batch file: "QID<TAB>QUERY" or just "QUERY" (numbered from 1).
PrintContext batch_query(std::string_view line, std::size_t number, std::string& query) {
  PrintContext context;
  auto tab = line.find('\t');
  if (tab == std::string_view::npos) {
    context.qid = std::to_string(number);
    query = std::string(trim(line));
  } else {
    context.qid = std::string(trim(line.substr(0, tab)));
    query = std::string(trim(line.substr(tab + 1)));
  }
  return context;
}

int run_batch(Searcher& searcher, const LsearchRun& run, const std::string& file, Printer& printer,
              bool explain) {
  std::ifstream in_file;
  std::istream* in = &std::cin;
  if (file != "-") {
    in_file.open(file);
    if (!in_file) throw Error(file + ": cannot read the batch file");
    in = &in_file;
  }
  bool any_hits = false, any_error = false;
  std::string line;
  std::size_t number = 0;
  while (std::getline(*in, line)) {
    ++number;
    if (trim(line).empty()) continue;
    SearchRequest request = run.request;
    PrintContext context = batch_query(line, number, request.query);
    context.query = request.query;
    context.request = &request;
    context.explain = explain;
    try {
      SearchResults results = searcher.search(request);
      any_hits = any_hits || !results.hits.empty() || results.total > 0;
      printer.print(context, results, std::cout);
    } catch (const QueryError& e) {
      std::cerr << "lsearch: " << display_text(file) << ":" << number << ": "
                << display_text(e.what()) << "\n";
      any_error = true;
    }
  }
  std::cout.flush();
  return any_error ? kExitError : any_hits ? kExitOk : kExitNoMatchOrSkipped;
}

}  // namespace

int main(int argc, char** argv) {
  // `lsearch serve ...` is the web server; to search for the word, `lsearch -- serve`.
  if (argc > 1 && std::string_view(argv[1]) == "serve") return serve_main(argc - 1, argv + 1);
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
    Searcher searcher = Searcher::open(run.db_path);
    if (!cli.batch.empty()) return run_batch(searcher, run, cli.batch, *printer, cli.explain);
    SearchResults results = searcher.search(run.request);
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
