// Reads every article of one corpus file, whatever its format, into a sink.
#pragma once

#include "indexer/corpus/corpus_file.h"
#include "indexer/corpus/diagnostics.h"
#include "indexer/corpus/jsonl_reader.h"
#include "indexer/corpus/read_limits.h"

namespace lsearch {

// Returns false when the file could not be read to its end (its earlier
// records were delivered; its stale records must not be deleted).
bool read_corpus_file(const CorpusFile& file, const ReadLimits& limits, Diagnostics& diagnostics,
                      const ArticleSink& sink);

}  // namespace lsearch
