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
// Records `file` as indexed; `read_again` records it without its size+mtime,
// so the next run reads it although it did not change (some of its ids are
// kept from another file: the duplicates are reported until resolved, and it
// takes them over when that file lets them go).
void store_file_record(Xapian::WritableDatabase& db, const CorpusFile& file,
                       bool read_again = false);
// Keeps the record of an unchanged file but makes the next run read it.
void mark_read_again(Xapian::WritableDatabase& db, const std::string& origin_key,
                     const FileRecord& record);
void erase_file_record(Xapian::WritableDatabase& db, const std::string& origin_key);

}  // namespace lsearch
