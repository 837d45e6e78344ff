// How lindex shows a run: the progress line on a terminal, each input issue,
// and the summary as text or as one JSON object (its keys are documented in
// README). All of it reads the public indexing API's values (lsearch/indexer.h).
#pragma once

#include <string>

#include "lsearch/indexer.h"

namespace lsearch {

std::string progress_line(const IndexProgress& progress, double seconds);
std::string summary_text(const IndexSummary& summary);
// `error`: why the run failed (exit 2, 3 or 130), or empty; JSON null when empty.
std::string summary_json(const IndexSummary& summary, const std::string& error = "");
// An issue as lindex prints it on stderr; file names and ids from the corpus
// are made terminal-safe (common/util/display_text.h).
std::string diagnostic_line(const InputIssue& issue);

}  // namespace lsearch
