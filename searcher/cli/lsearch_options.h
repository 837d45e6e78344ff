// lsearch's command line: flags bound to one struct (CLI11), then turned into
// a SearchRequest and printer options in one place.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "lsearch/searcher.h"
#include "searcher/cli/printers/printer.h"

namespace lsearch {

struct LsearchCli {
  std::vector<std::string> words;  // the query, joined with spaces
  std::string db_flag;
  SearchRequest request;
  std::string sort = "relevance";
  std::string format = "text";
  std::string color = "auto";
  std::string batch;  // file of queries, "-" for stdin
  std::string tag = "lsearch";
  bool explain = false;
  bool no_facets = false;
  bool no_snippets = false;
  bool allow_partial = false;  // collections: answer from the shards that respond
  std::string timeline;        // day|week|month|year|auto, or empty
  std::string watch;           // --watch NAME
  std::string watch_dir;
  bool limit_given = false;
  std::string list;  // --list actors|places|sources, or empty
  bool no_collapse = false;
};

void setup_lsearch_cli(CLI::App& app, LsearchCli& cli);

// After parsing: the request, the printer options and the database path.
struct LsearchRun {
  SearchRequest request;
  PrinterOptions printer;
  std::string db_path;
  std::string watch, watch_dir;  // --watch NAME, its state directory
};
LsearchRun finish_lsearch_cli(const LsearchCli& cli, bool stdout_is_terminal);

}  // namespace lsearch
