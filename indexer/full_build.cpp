// Full build: every worker analyses articles and writes its own shard (no
// readers, so DB_DANGEROUS), then the shards are merged by compaction into a
// new generation and the stub is switched to it. The live index, if any, is
// untouched until that switch.
#include <filesystem>
#include <memory>
#include <utility>
#include <vector>

#include "common/error.h"
#include "indexer/article_pipeline.h"
#include "indexer/document_builder.h"
#include "indexer/file_registry.h"
#include "indexer/index_run.h"
#include "indexer/spelling_writer.h"

namespace fs = std::filesystem;

namespace lsearch {
namespace {

// Small batches keep Xapian's in-memory inverter fast (see ARCHITECTURE.md).
constexpr std::size_t kFlushDocs = 1000;
constexpr std::uint64_t kFlushBytes = 4u << 20;

struct Shard {
  std::unique_ptr<Xapian::WritableDatabase> db;
  Vocabulary words;  // counted by the shard's worker, handed to the SpellingWriter at each flush
  std::size_t docs_since_flush = 0;
  std::uint64_t bytes_since_flush = 0;
  std::size_t docs = 0;
};

}  // namespace

IndexReport full_build(IndexRun& run) {
  IndexReport report;
  report.mode = "full";
  const std::string scratch = run.layout.scratch_path();
  std::error_code ec;
  fs::remove_all(scratch, ec);
  fs::create_directories(scratch, ec);
  if (ec) throw IndexError(scratch + ": cannot create: " + ec.message());
  struct ScratchGuard {
    std::string path;
    ~ScratchGuard() {
      std::error_code ignored;
      fs::remove_all(path, ignored);
    }
  } guard{scratch};

  auto shard_path = [&](unsigned w) { return scratch + "/shard-" + std::to_string(w); };
  const std::string spelling_path = scratch + "/spelling";
  std::vector<Shard> shards(run.jobs);
  for (unsigned w = 0; w < run.jobs; ++w)
    shards[w].db = std::make_unique<Xapian::WritableDatabase>(
        shard_path(w),
        Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS | Xapian::DB_DANGEROUS);

  SpellingWriter spelling(spelling_path);
  std::vector<FileRead> reads;
  ArticlePipeline pipeline(run.analyzer, run.news, run.settings_fingerprint(), run.options,
                           run.diagnostics, run.facet_dictionary);
  ArticlePipeline::Hooks hooks;
  hooks.needs_indexing = [](const Article&, const std::string&, std::size_t, bool& replaces) {
    replaces = false;
    return true;
  };
  hooks.file_read = [&](FileRead&& read) { reads.push_back(std::move(read)); };
  hooks.built = [&](unsigned w, BuiltDocument&& built) {
    Shard& shard = shards[w];
    shard.db->add_document(built.doc);
    ++shard.docs;
    shard.bytes_since_flush += built.text_bytes;
    if (++shard.docs_since_flush >= kFlushDocs || shard.bytes_since_flush >= kFlushBytes) {
      shard.db->commit();
      spelling.add(std::exchange(shard.words, {}));
      shard.docs_since_flush = 0;
      shard.bytes_since_flush = 0;
    }
  };
  hooks.worker_vocabulary = [&](unsigned w) { return &shards[w].words; };
  pipeline.run(run.listing.files, run.jobs, hooks);

  report.files_seen = run.listing.files.size();
  report.files_read = reads.size();
  report.duplicates = pipeline.duplicates();
  report.text_bytes = pipeline.text_bytes();
  for (auto& shard : shards) report.added += shard.docs;
  if (pipeline.cancelled()) {
    report.interrupted = true;
    report.added = 0;
    if (auto live = run.layout.live_generation()) report.generation = *live;
    return report;  // the live index (if any) is untouched
  }

  Xapian::Database merged;
  for (unsigned w = 0; w < run.jobs; ++w) {
    shards[w].db->commit();
    shards[w].db->close();
    spelling.add(std::move(shards[w].words));
    merged.add_database(Xapian::Database(shard_path(w)));
  }
  spelling.finish();
  // No documents, only the spelling table: the merge copies it into the new generation.
  merged.add_database(Xapian::Database(spelling_path));
  std::string generation = compact_to_new_generation(run, merged);
  {
    // Metadata first, then the switch: a reader never sees an index that
    // cannot describe itself. Complete files are recorded so the next run skips them.
    Xapian::WritableDatabase db(generation, Xapian::DB_OPEN);
    for (const auto& read : reads)
      if (read.complete) store_file_record(db, run.listing.files[read.file]);
    write_index_metadata(db, run.metadata());
    run.facet_dictionary.write_new(db);
    record_compacted_size(db, generation);
    db.commit();
    report.doc_count = db.get_doccount();
  }
  publish_generation(run, generation, report);
  return report;
}

}  // namespace lsearch
