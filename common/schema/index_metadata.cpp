#include "common/schema/index_metadata.h"

#include "common/error.h"
#include "common/schema/fields.h"

namespace lsearch {

IndexMetadata read_index_metadata(const Xapian::Database& db) {
  IndexMetadata meta;
  std::string version = db.get_metadata(kMetaSchemaVersion);
  try {
    meta.schema_version = version.empty() ? 0 : std::stoi(version);
  } catch (const std::exception&) {
    meta.schema_version = -1;
  }
  meta.analysis = db.get_metadata(kMetaAnalysis);
  meta.entities = db.get_metadata(kMetaEntities);
  meta.gazetteer_tsv = db.get_metadata(kMetaGazetteer);
  return meta;
}

void write_index_metadata(Xapian::WritableDatabase& db, const IndexMetadata& meta) {
  db.set_metadata(kMetaSchemaVersion, std::to_string(meta.schema_version));
  db.set_metadata(kMetaAnalysis, meta.analysis);
  db.set_metadata(kMetaEntities, meta.entities);
  db.set_metadata(kMetaGazetteer, meta.gazetteer_tsv);
}

void check_compatible(const Xapian::Database& db, const std::string& expected_analysis,
                      const std::string& path) {
  IndexMetadata meta = read_index_metadata(db);
  if (meta.schema_version == 0 && db.get_doccount() == 0) return;
  if (meta.schema_version == 0)
    throw SchemaMismatchError(path + ": not an lsearch index (no schema version in its metadata)");
  if (meta.schema_version != kSchemaVersion)
    throw SchemaMismatchError(path + ": index has schema version " +
                              std::to_string(meta.schema_version) + ", this lsearch needs " +
                              std::to_string(kSchemaVersion) + "; run lindex --rebuild");
  if (meta.analysis != expected_analysis)
    throw SchemaMismatchError(path + ": index was built with other analysis settings (" +
                              meta.analysis + "); run lindex --rebuild");
}

}  // namespace lsearch
