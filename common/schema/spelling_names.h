// Spelling names: every one-word alias key of the gazetteer with the entities
// it names, one Xapian metadata value lindex writes beside the alias keys.
// "Did you mean" (searcher/query/spelling) walks it to find the entity name
// nearest a misspelt word instead of parsing the gazetteer TSV (323M of the
// 371M instructions of `lsearch zzqqxx`, issue 15). Indexes built before the
// table get the same text from their parsed gazetteer (spelling_names_of).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "common/news/gazetteer.h"

namespace lsearch {

// One line of the table: a one-word alias key, an entry it names (its index in
// the gazetteer's file order), where that entry first lists the key among its
// aliases, and the entry's filter term (an article naming it holds the term).
struct SpellingName {
  std::string_view key;
  std::size_t entry = 0;
  std::size_t position = 0;
  std::string_view term;
};

// The table's text for a gazetteer: a header line, then "key\tentry\tposition\tterm"
// lines sorted by key, then entry.
std::string spelling_names_of(const Gazetteer& gazetteer);

// Walks a table's text line by line; the views point into `table`.
class SpellingNameReader {
 public:
  explicit SpellingNameReader(std::string_view table);
  // The next line, or false at the end (or at a malformed line).
  bool next(SpellingName& name);

 private:
  std::string_view rest_;
};

// True when lindex wrote the table (an empty gazetteer still writes its header).
bool has_spelling_names(const Xapian::Database& db);
// The index's table ("" for an index built before it).
std::string read_spelling_names(const Xapian::Database& db);

// Replaces the table with the names of `gazetteer` (write_alias_keys does).
void write_spelling_names(Xapian::WritableDatabase& db, const Gazetteer& gazetteer);

}  // namespace lsearch
