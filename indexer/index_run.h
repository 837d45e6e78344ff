// IndexRun: the state one run of lindex shares between its steps (internal
// to the indexer library). full_build() and incremental_update() are the two
// ways a run brings the index up to date; both end by switching the stub to a
// new generation (publish_generation) or committing in place.
#pragma once

#include <xapian.h>

#include <functional>
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
// --dry-run: what incremental_update would read and delete, from a read-only
// open of the live generation (no lock, works on read-only media).
IndexReport incremental_dry_run(IndexRun& run);

// Refuses (ShrinkError) a run that would lose most of a corpus root's articles
// of the live index, unless --allow-shrink (see corpus_diff.h).
void check_live_index_shrink(IndexRun& run, const Xapian::Database& live);

// Compacts `source` (one or several databases) into a new generation, lets
// `describe` write into it (metadata, file records), records its compacted
// size, and switches the stub to it. If any step fails (disk full), the new
// generation is removed and the live one is untouched; after the switch,
// generations other than the new and the previous live one are removed.
void publish_generation(IndexRun& run, Xapian::Database& source,
                        const std::function<void(Xapian::WritableDatabase&)>& describe,
                        IndexReport& report);

// Documents in the live generation, 0 when there is none (for reports).
std::size_t live_document_count(const DatabaseLayout& layout);

// Total size of the files of a database directory.
std::uint64_t directory_bytes(const std::string& path);

inline constexpr const char* kMetaCompactedBytes = "lsearch.compacted_bytes";

}  // namespace lsearch
