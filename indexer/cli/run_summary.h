// How lindex shows a run: the progress line on a terminal, and the summary
// as text or as one JSON object (its keys are documented in README).
#pragma once

#include <string>
#include <vector>

#include "indexer/corpus/diagnostics.h"
#include "indexer/index_options.h"

namespace lsearch {

std::string progress_line(const IndexProgress& progress, double seconds);
std::string summary_text(const IndexReport& report, const std::string& db_path, bool dry_run);
std::string summary_json(const IndexReport& report, const std::string& db_path, bool dry_run,
                         const std::vector<Skip>& skips);

}  // namespace lsearch
