// The indexer library's entry point: run_index() brings the index at
// options.db_path up to date with the corpus (a full build when there is no
// index yet or on --rebuild; an incremental update otherwise). It never prints
// or exits: problems with inputs go to `diagnostics`, fatal ones are thrown as
// lsearch::Error (LockedError when another writer holds the index).
#pragma once

#include "indexer/corpus/diagnostics.h"
#include "indexer/index_options.h"

namespace lsearch {

IndexReport run_index(const IndexOptions& options, Diagnostics& diagnostics);

}  // namespace lsearch
