// IndexRun: the state one run of lindex shares between its steps (internal
// to the indexer library). full_build() and incremental_update() are the two
// ways a run brings the index up to date; both end by switching the stub to a new generation or
// committing in place.
#pragma once

#include <xapian.h>

#include <string>

#include "common/analysis/analyzer.h"
#include "common/news/news_analyzer.h"
#include "common/schema/facet_dictionary.h"
#include "common/schema/index_metadata.h"
#include "indexer/corpus/corpus_walker.h"
#include "indexer/corpus/diagnostics.h"
#include "indexer/database_layout.h"
#include "indexer/index_options.h"

namespace lsearch {

struct IndexRun {
  const IndexOptions& options;
  Diagnostics& diagnostics;
  DatabaseLayout layout;
  Analyzer analyzer;
  NewsAnalyzer news;
  CorpusListing listing;
  unsigned jobs = 1;
  FacetDictionary facet_dictionary;  // ordinals of this run's documents (facet_dictionary.h)

  // What the index records about how it was built.
  IndexMetadata metadata() const;
  // Everything that changes an article's document (part of each content hash).
  std::string settings_fingerprint() const;
};

IndexReport full_build(IndexRun& run);
IndexReport incremental_update(IndexRun& run);

// Compacts `source` (one or several databases) into a new generation
// directory and returns its path. The stub is not switched.
std::string compact_to_new_generation(IndexRun& run, Xapian::Database& source);

// Records the generation's size as its compacted size (the baseline for
// --compact auto). Call before switching to it.
void record_compacted_size(Xapian::WritableDatabase& db, const std::string& generation);
// Points the stub at `generation`, removes old generations, and notes it in the report.
void publish_generation(IndexRun& run, const std::string& generation, IndexReport& report);

// Total size of the files of a database directory.
std::uint64_t directory_bytes(const std::string& path);

inline constexpr const char* kMetaCompactedBytes = "lsearch.compacted_bytes";

}  // namespace lsearch
