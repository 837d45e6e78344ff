// The index describes itself: the schema version, the two fingerprints below
// and the gazetteer it was built with live in the database metadata. A binary
// refuses an index whose schema or analysis it does not understand
// (check_compatible), with a message saying what to do. What each version
// number covers and when it is bumped: common/schema/versions.h.
#pragma once

#include <xapian.h>

#include <string>

namespace lsearch {

struct IndexMetadata {
  int schema_version = 0;  // kSchemaVersion
  // Analyzer::fingerprint(): "normalizer=<kNormalizerVersion>;stemmer=...;
  // strategy=...;stopwords=<count>;unpositioned=...". Terms depend on it, so
  // check_compatible refuses another one.
  std::string analysis;
  // NewsAnalyzer::fingerprint(): "news=<kNewsVersion>;gazetteer=<hash of its
  // entries>;cleaning=<hash of the rules>". Not checked: the index stays
  // searchable, and the next incremental run re-reads every file when it differs.
  std::string entities;
  // The gazetteer TSV itself, for the searcher's --actor/--place; the alias
  // table (alias_keys.h) is derived from it when it changes.
  std::string gazetteer_tsv;
};

// Keys in the Xapian metadata table. The others: lsearch.facet.* (the facet
// dictionary, facet_dictionary.h), lsearch.alias:* and lsearch.alias-keys (the
// alias table, alias_keys.h), lsearch.compacted_bytes (indexer/index_run.h).
inline constexpr const char* kMetaSchemaVersion = "lsearch.schema_version";
inline constexpr const char* kMetaAnalysis = "lsearch.analysis";
inline constexpr const char* kMetaEntities = "lsearch.entities";
inline constexpr const char* kMetaGazetteer = "lsearch.gazetteer";
// + origin key: the file registry (indexer/file_registry.h), "size mtime" or
// "read-again", root and relative path of each indexed file.
inline constexpr const char* kMetaFilePrefix = "lsearch.file:";
// Set (to the number of shards merged) in a spelling shard (indexer/spelling_shard.h).
inline constexpr const char* kMetaSpellingShard = "lsearch.spelling_shard";

IndexMetadata read_index_metadata(const Xapian::Database& db);
void write_index_metadata(Xapian::WritableDatabase& db, const IndexMetadata& meta);

// Throws SchemaMismatchError when `db` was built by another schema or analysis
// ("run lindex --rebuild"); `path` is for the message. An empty database passes.
void check_compatible(const Xapian::Database& db, const std::string& expected_analysis,
                      const std::string& path);

}  // namespace lsearch
