// lindex's command line: the flags, bound to one options struct (CLI11).
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "lsearch/indexer.h"

namespace lsearch {

struct LindexCli {
  IndexRequest index;  // what lindex asks of the public indexing API
  std::string db_flag;
  std::string progress = "auto";  // auto|always|never
  std::string compact = "auto";
  bool quiet = false;
  bool json = false;
  bool merge_spelling = false;  // inputs are shard indexes: write their spelling shard
  std::string shard;            // "I/N", or empty
};

void setup_lindex_cli(CLI::App& app, LindexCli& cli);
// Turns raw flag values into the options the library takes (after parsing).
void finish_lindex_cli(LindexCli& cli);

}  // namespace lsearch
