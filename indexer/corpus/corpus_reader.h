// Reads every article of one corpus file, whatever its format, into a sink.
#pragma once

#include "indexer/corpus/corpus_file.h"
#include "indexer/corpus/diagnostics.h"
#include "indexer/corpus/jsonl_reader.h"
#include "indexer/corpus/read_limits.h"

namespace lsearch {

// Returns false when the file could not be read to its end, or not at all
// (unreadable, vanished, not a regular file), or is a .txt that gave no
// article (emptied, blank, binary, too big: skipped): its earlier records
// were delivered, its indexed articles must not be deleted, and it must not
// be recorded as read. `bytes_read`, if set, follows the bytes consumed.
bool read_corpus_file(const CorpusFile& file, const ReadLimits& limits, Diagnostics& diagnostics,
                      const ArticleSink& sink);
bool read_corpus_file(const CorpusFile& file, const ReadLimits& limits, Diagnostics& diagnostics,
                      const PlacedArticleSink& sink, std::uint64_t* bytes_read = nullptr);

}  // namespace lsearch
