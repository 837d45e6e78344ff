// run_index() on a corpus in a TempDir, and what the index then holds: the
// helpers of the indexer's run tests (indexer, incremental_update, corpus_diff).
#pragma once

#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "indexer/document_builder.h"
#include "indexer/indexer.h"
#include "temp_dir.h"

namespace lsearch::testing {

// A run over dir/corpus into dir/db, with extra gazetteer files.
inline IndexReport index(const TempDir& dir, std::vector<std::string> extra_entities = {},
                         bool rebuild = false) {
  IndexOptions options;
  options.db_path = dir.file("db");
  options.inputs = {dir.file("corpus")};
  options.entity_files = std::move(extra_entities);
  options.rebuild = rebuild;
  options.jobs = 2;
  Diagnostics diagnostics;
  return run_index(options, diagnostics);
}

// A run over `inputs` (relative to `dir`) with the options `adjust` sets.
inline IndexReport index_inputs(const TempDir& dir, const std::vector<std::string>& inputs,
                                const std::function<void(IndexOptions&)>& adjust = {},
                                Diagnostics* diagnostics = nullptr) {
  IndexOptions options;
  options.db_path = dir.file("db");
  for (const auto& input : inputs) options.inputs.push_back(dir.file(input));
  options.jobs = 2;
  if (adjust) adjust(options);
  Diagnostics local;
  return run_index(options, diagnostics != nullptr ? *diagnostics : local);
}

// True when the article with `id` holds the (stemmed) word `word`.
inline bool id_has_word(const TempDir& dir, const std::string& id, const std::string& word) {
  Xapian::Database db(dir.file("db"));
  Xapian::Enquire enquire(db);
  enquire.set_query(
      Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(id_term(id)), Xapian::Query("Z" + word)));
  return enquire.get_mset(0, 1).size() == 1;
}

inline bool has_id(const TempDir& dir, const std::string& id) {
  Xapian::Database db(dir.file("db"));
  return db.term_exists(id_term(id));
}

// A .txt article whose title and body hold `words`.
inline std::string article(const std::string& words) {
  return "Title: " + words + "\n\n" + words + " in Tripoli.";
}

inline void touch_later(const std::string& path) {
  // mtime granularity: make sure a rewrite is seen as a change.
  auto t = std::filesystem::last_write_time(path) + std::chrono::seconds(2);
  std::filesystem::last_write_time(path, t);
}

}  // namespace lsearch::testing
