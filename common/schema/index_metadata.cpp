#include "common/schema/index_metadata.h"

#include "common/error.h"
#include "common/schema/alias_keys.h"
#include "common/schema/spelling_names.h"
#include "common/schema/versions.h"

namespace lsearch {

namespace {

int schema_version_of(const Xapian::Database& db) {
  std::string version = db.get_metadata(kMetaSchemaVersion);
  try {
    return version.empty() ? 0 : std::stoi(version);
  } catch (const std::exception&) {
    return -1;
  }
}

}  // namespace

IndexMetadata read_index_metadata(const Xapian::Database& db) {
  IndexMetadata meta;
  meta.schema_version = schema_version_of(db);
  meta.analysis = db.get_metadata(kMetaAnalysis);
  meta.entities = db.get_metadata(kMetaEntities);
  meta.gazetteer_tsv = db.get_metadata(kMetaGazetteer);
  return meta;
}

void write_index_metadata(Xapian::WritableDatabase& db, const IndexMetadata& meta) {
  db.set_metadata(kMetaSchemaVersion, std::to_string(meta.schema_version));
  db.set_metadata(kMetaAnalysis, meta.analysis);
  db.set_metadata(kMetaEntities, meta.entities);
  // The alias tables are rewritten only when the gazetteer changed (a nightly run keeps it).
  if (!has_alias_keys(db) || !has_spelling_names(db) ||
      db.get_metadata(kMetaGazetteer) != meta.gazetteer_tsv)
    write_alias_keys(db, meta.gazetteer_tsv);
  db.set_metadata(kMetaGazetteer, meta.gazetteer_tsv);
}

void check_compatible(const Xapian::Database& db, const std::string& expected_analysis,
                      const std::string& path) {
  // Not read_index_metadata: every search checks, and the gazetteer TSV is 1.6 MB.
  const int schema_version = schema_version_of(db);
  if (schema_version == 0 && db.get_doccount() == 0) return;
  if (schema_version == 0)
    throw SchemaMismatchError(path + ": not an lsearch index (no schema version in its metadata)");
  if (schema_version != kSchemaVersion)
    throw SchemaMismatchError(path + ": index has schema version " +
                              std::to_string(schema_version) + ", this lsearch needs " +
                              std::to_string(kSchemaVersion) + "; run lindex --rebuild");
  const std::string analysis = db.get_metadata(kMetaAnalysis);
  if (analysis != expected_analysis)
    throw SchemaMismatchError(path + ": index was built with other analysis settings (" + analysis +
                              "); run lindex --rebuild");
}

}  // namespace lsearch
