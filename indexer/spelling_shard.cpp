#include "indexer/spelling_shard.h"

#include <string_view>

#include "common/error.h"
#include "common/schema/facet_dictionary.h"
#include "common/schema/index_metadata.h"
#include "indexer/database_layout.h"
#include "indexer/index_run.h"

namespace lsearch {
namespace {

// Metadata that describes one shard's articles, not the collection: the file
// registry (incremental runs), the facet dictionary (ordinals of its own
// documents) and its compaction size.
bool shard_specific(std::string_view key) {
  return key.starts_with(kMetaFilePrefix) || key.starts_with(kMetaFacetPrefix) ||
         key == kMetaCompactedBytes;
}

Xapian::Database open_shard_index(const std::string& dir) {
  DatabaseLayout layout(dir);
  auto live = layout.live_generation();
  if (!live) throw IndexError(dir + ": not an lsearch index (no " + layout.stub_path() + ")");
  return Xapian::Database(*live);
}

void check_same_build(const IndexMetadata& first, const IndexMetadata& these,
                      const std::string& dir) {
  if (these.schema_version != first.schema_version || these.analysis != first.analysis)
    throw SchemaMismatchError(dir + ": built with another schema or analysis than " +
                              "the first shard; rebuild the shards with the same lindex");
}

void copy_collection_metadata(const Xapian::Database& from, Xapian::WritableDatabase& to) {
  for (auto key = from.metadata_keys_begin("lsearch."); key != from.metadata_keys_end("lsearch.");
       ++key)
    if (!shard_specific(*key)) to.set_metadata(*key, from.get_metadata(*key));
}

void add_spellings(const Xapian::Database& from, Xapian::WritableDatabase& to) {
  for (auto word = from.spellings_begin(); word != from.spellings_end(); ++word)
    to.add_spelling(*word, word.get_termfreq());
}

void refuse_article_index(const DatabaseLayout& layout) {
  auto live = layout.live_generation_if_valid();
  if (!live) return;
  Xapian::Database db(*live);
  if (db.get_doccount() > 0 && !is_spelling_shard(db))
    throw IndexError(layout.root() + ": holds " + std::to_string(db.get_doccount()) +
                     " articles; a spelling shard needs a directory of its own");
}

std::size_t write_generation(const std::string& path, const std::vector<std::string>& shard_dirs,
                             const std::atomic<bool>* cancel) {
  Xapian::WritableDatabase out(path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
  IndexMetadata first;
  for (std::size_t i = 0; i < shard_dirs.size(); ++i) {
    if (cancel != nullptr && *cancel) throw InterruptedError("interrupted; nothing was changed");
    Xapian::Database shard = open_shard_index(shard_dirs[i]);
    IndexMetadata meta = read_index_metadata(shard);
    if (i == 0) {
      first = meta;
      copy_collection_metadata(shard, out);
    } else {
      check_same_build(first, meta, shard_dirs[i]);
    }
    add_spellings(shard, out);
  }
  out.set_metadata(kMetaSpellingShard, std::to_string(shard_dirs.size()));
  out.commit();
  std::size_t words = 0;
  for (auto w = out.spellings_begin(); w != out.spellings_end(); ++w) ++words;
  out.close();
  return words;
}

}  // namespace

bool is_spelling_shard(const Xapian::Database& db) {
  return !db.get_metadata(kMetaSpellingShard).empty();
}

SpellingMerge merge_spelling_shards(const std::string& out_dir,
                                    const std::vector<std::string>& shard_dirs,
                                    double lock_timeout_seconds, const std::atomic<bool>* cancel) {
  if (shard_dirs.empty()) throw Error("a spelling shard needs at least one shard index");
  DatabaseLayout layout(out_dir);
  layout.prepare();
  WriteLock lock(layout.lock_path(), lock_timeout_seconds, cancel);
  refuse_article_index(layout);
  const auto previous = layout.live_generation_if_valid();
  const std::string generation = layout.new_generation_path();
  GenerationGuard guard(generation);
  SpellingMerge merge;
  merge.words = write_generation(generation, shard_dirs, cancel);
  layout.switch_to(generation);
  guard.release();
  layout.remove_old_generations(previous);
  merge.generation = generation;
  return merge;
}

}  // namespace lsearch
