#include "indexer/file_registry.h"

#include "common/schema/index_metadata.h"

namespace lsearch {

std::map<std::string, FileRecord> load_file_records(const Xapian::Database& db) {
  std::map<std::string, FileRecord> records;
  const std::string prefix = kMetaFilePrefix;
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    std::string value = db.get_metadata(*it);
    auto tab1 = value.find('\t');
    auto tab2 = tab1 == std::string::npos ? std::string::npos : value.find('\t', tab1 + 1);
    if (tab2 == std::string::npos) continue;
    records[(*it).substr(prefix.size())] = {
        value.substr(0, tab1), value.substr(tab1 + 1, tab2 - tab1 - 1), value.substr(tab2 + 1)};
  }
  return records;
}

namespace {
// Never equal to a "size mtime" fingerprint.
constexpr const char* kReadAgain = "read-again";
}  // namespace

void store_file_record(Xapian::WritableDatabase& db, const CorpusFile& file, bool read_again) {
  db.set_metadata(
      kMetaFilePrefix + file.origin_key(),
      (read_again ? kReadAgain : file.fingerprint()) + "\t" + file.root + "\t" + file.relpath);
}

void mark_read_again(Xapian::WritableDatabase& db, const std::string& origin_key,
                     const FileRecord& record) {
  db.set_metadata(kMetaFilePrefix + origin_key,
                  std::string(kReadAgain) + "\t" + record.root + "\t" + record.relpath);
}

void erase_file_record(Xapian::WritableDatabase& db, const std::string& origin_key) {
  db.set_metadata(kMetaFilePrefix + origin_key, "");
}

}  // namespace lsearch
