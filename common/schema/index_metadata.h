// The index describes itself: schema version, analysis fingerprint, news
// fingerprint and the entity aliases it was built with live in the database
// metadata. A binary refuses an index whose schema or analysis it does not
// understand (check_compatible), with a message saying what to do.
#pragma once

#include <xapian.h>

#include <string>

namespace lsearch {

struct IndexMetadata {
  int schema_version = 0;  // kSchemaVersion (fields.h)
  // Analyzer::fingerprint(): normaliser version, stemmer, strategy, stop words.
  // Terms depend on it, so check_compatible refuses another one.
  std::string analysis;
  // NewsAnalyzer::fingerprint(): the gazetteer's and the cleaning rules'. Not
  // checked: the index stays searchable, and the next incremental run re-reads
  // every file when it differs.
  std::string entities;
  std::string gazetteer_tsv;  // the aliases used, for the searcher's --actor/--place
};

// Keys in the Xapian metadata table. The others are lsearch.facet.* (the facet
// dictionary, facet_dictionary.h) and lsearch.compacted_bytes (indexer/index_run.h).
inline constexpr const char* kMetaSchemaVersion = "lsearch.schema_version";
inline constexpr const char* kMetaAnalysis = "lsearch.analysis";
inline constexpr const char* kMetaEntities = "lsearch.entities";
inline constexpr const char* kMetaGazetteer = "lsearch.gazetteer";
inline constexpr const char* kMetaFilePrefix = "lsearch.file:";  // + origin key

IndexMetadata read_index_metadata(const Xapian::Database& db);
void write_index_metadata(Xapian::WritableDatabase& db, const IndexMetadata& meta);

// Throws SchemaMismatchError when `db` was built by another schema or analysis
// ("run lindex --rebuild"); `path` is for the message. An empty database passes.
void check_compatible(const Xapian::Database& db, const std::string& expected_analysis,
                      const std::string& path);

}  // namespace lsearch
