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
// `error`: why the run failed (exit 2, 3 or 130), or empty; JSON null when empty.
std::string summary_json(const IndexReport& report, const std::string& db_path, bool dry_run,
                         const std::vector<Skip>& skips, const std::string& error = "");
// A diagnostic as lindex prints it on stderr; file names and ids from the
// corpus are made terminal-safe (common/util/display_text.h).
std::string diagnostic_line(const char* level, const Skip& skip);

}  // namespace lsearch
