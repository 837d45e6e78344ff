// The index describes itself: schema version, analysis fingerprint and the
// entity aliases it was built with live in the database metadata. A binary
// refuses an index it does not understand, with a message saying what to do.
#pragma once

#include <xapian.h>

#include <string>

namespace lsearch {

struct IndexMetadata {
  int schema_version = 0;
  std::string analysis;       // Analyzer::fingerprint() + NewsAnalyzer settings
  std::string entities;       // Gazetteer::fingerprint()
  std::string gazetteer_tsv;  // the aliases used, for the searcher's --actor/--place
};

// Keys in the Xapian metadata table.
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
