// lsearch --batch: one query per line of a file (or stdin), answered by one Searcher in one
// process. Lines are read in bounded pieces, `#` lines are comments, and a failed line is
// reported (stderr, and an error record in json/jsonl) while the others are still answered.
#pragma once

#include <ostream>
#include <string>

#include "lsearch/searcher.h"
#include "searcher/cli/lsearch_options.h"

namespace lsearch {

// Exit code: 2 if any line failed, else 0 if any query found something, else 1.
// Throws Error when the batch file cannot be read at all (missing, a directory).
int run_batch(Searcher& searcher, const LsearchRun& run, const std::string& file, Printer& printer,
              bool explain);

// --allow-partial: one stderr line per shard that did not answer ("lsearch: partial results:
// shard did not answer: LINE: why"; `where` prefixes it, e.g. "queries.tsv:3: query q1: ").
void report_missing_shards(const SearchResults& results, const std::string& where,
                           std::ostream& err);

}  // namespace lsearch
