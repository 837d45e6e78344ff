// FileRegistry: which corpus files the index holds and their size+mtime, kept
// in the database metadata (lsearch.file:<origin key>). An incremental run
// skips unchanged files without opening them and finds vanished ones.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

#include "indexer/corpus/corpus_file.h"

namespace lsearch {

struct FileRecord {
  std::string fingerprint;
  std::string root;
  std::string relpath;
};

// Every file record of `db`, by origin key.
std::map<std::string, FileRecord> load_file_records(const Xapian::Database& db);
void store_file_record(Xapian::WritableDatabase& db, const CorpusFile& file);
void erase_file_record(Xapian::WritableDatabase& db, const std::string& origin_key);

}  // namespace lsearch
