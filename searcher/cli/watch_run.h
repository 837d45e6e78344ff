// lsearch --watch NAME: one run of a saved search. Takes the watch's lock,
// searches for the articles it has not reported (or that changed), prints
// them in the usual format, and only then saves the new state.
#pragma once

#include "lsearch/searcher.h"
#include "searcher/cli/lsearch_options.h"
#include "searcher/cli/printers/printer.h"

namespace lsearch {

// Exit code: 0 new articles, 1 none. Throws Error (state, index, query).
int run_watch(Searcher& searcher, const LsearchRun& run, Printer& printer, bool explain);

}  // namespace lsearch
