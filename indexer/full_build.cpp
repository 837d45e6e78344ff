// Full build: every worker analyses articles and writes its own shard (no
// readers, so DB_DANGEROUS; deleted after the merge, so DB_NO_SYNC), then the shards are merged by
// compaction into a new generation and the stub is switched to it. Stages: scratch directory,
// shards, index (the pipeline), merge and publish. The live index, if any, is
// untouched until that switch; a --rebuild that would lose most of a feed's
// articles of it is refused before (refuse_feed_shrink).
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "common/error.h"
#include "indexer/article_pipeline.h"
#include "indexer/corpus_diff.h"
#include "indexer/document_builder.h"
#include "indexer/file_registry.h"
#include "indexer/flush_policy.h"
#include "indexer/index_run.h"
#include "indexer/spelling_writer.h"

namespace fs = std::filesystem;

namespace lsearch {
namespace {

struct Shard {
  std::unique_ptr<Xapian::WritableDatabase> db;
  Vocabulary words;  // counted by the shard's worker, handed to the SpellingWriter at each flush
  std::size_t docs_since_flush = 0;
  std::uint64_t bytes_since_flush = 0;
  std::size_t docs = 0;
};

// The scratch directory of this process: shards and the spelling database,
// removed whatever happens.
class Scratch {
 public:
  explicit Scratch(std::string path) : path_(std::move(path)) {
    std::error_code ec;
    fs::remove_all(path_, ec);
    fs::create_directories(path_, ec);
    if (ec) throw IndexError(path_ + ": cannot create: " + ec.message());
  }
  ~Scratch() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  std::string shard(unsigned worker) const { return path_ + "/shard-" + std::to_string(worker); }
  std::string spelling() const { return path_ + "/spelling"; }

 private:
  std::string path_;
};

class FullBuild {
 public:
  explicit FullBuild(IndexRun& run)
      : run_(run),
        scratch_(run.layout.scratch_path()),
        spelling_(scratch_.spelling(), [meta = run.metadata()](Xapian::WritableDatabase& db) {
          write_index_metadata(db, meta);  // the merge copies it into the new generation
        }) {
    for (unsigned w = 0; w < run.jobs; ++w) {
      shards_.emplace_back();
      shards_.back().db =
          std::make_unique<Xapian::WritableDatabase>(scratch_.shard(w), kScratchDatabase);
    }
    if (auto live = run.layout.live_generation_if_valid(); live && !run.options.allow_shrink) {
      live_.emplace(*live);
      live_records_ = load_file_records(*live_);
    }
  }

  IndexReport run();

 private:
  void index();
  bool guards_feed(std::size_t file) const;
  void check_feed(const FileRead& read) const;
  void add(unsigned worker, BuiltDocument&& built);
  Xapian::Database close_shards();
  void describe(Xapian::WritableDatabase& db);

  IndexRun& run_;
  Scratch scratch_;
  SpellingWriter spelling_;
  std::vector<Shard> shards_;
  std::vector<FileRead> reads_;
  const FlushPolicy flush_ = flush_policy();
  IndexReport report_;
  bool cancelled_ = false;
  std::optional<Xapian::Database> live_;  // the index a --rebuild replaces, when guarded
  std::map<std::string, FileRecord> live_records_;
};

void FullBuild::add(unsigned worker, BuiltDocument&& built) {
  Shard& shard = shards_[worker];
  shard.db->add_document(built.doc);
  ++shard.docs;
  shard.bytes_since_flush += built.text_bytes;
  if (flush_.due(++shard.docs_since_flush, shard.bytes_since_flush)) {
    shard.db->commit();
    spelling_.add(std::exchange(shard.words, {}));
    shard.docs_since_flush = 0;
    shard.bytes_since_flush = 0;
  }
}

// A feed the live index holds: its ids are compared with what it held.
bool FullBuild::guards_feed(std::size_t file) const {
  const CorpusFile& f = run_.listing.files[file];
  return live_ && f.format != CorpusFormat::kTxt && live_records_.count(f.origin_key()) != 0;
}

// Reader thread, after each file: throws before anything is published.
void FullBuild::check_feed(const FileRead& read) const {
  if (!read.complete || !guards_feed(read.file)) return;
  const CorpusFile& file = run_.listing.files[read.file];
  refuse_feed_shrink(file.path, live_->get_termfreq(origin_term(file.origin_key())),
                     stale_documents(*live_, file.origin_key(), read.ids).size(), read.ids.size());
}

void FullBuild::index() {
  ArticlePipeline pipeline(run_.analyzer, run_.news, run_.settings_fingerprint(), run_.options,
                           run_.diagnostics, run_.facet_dictionary);
  ArticlePipeline::Hooks hooks;
  hooks.decide = [](const Article&, const std::string&, std::size_t) { return IndexDecision{}; };
  hooks.wants_ids = [&](std::size_t file) { return guards_feed(file); };
  hooks.file_read = [&](FileRead&& read) {
    check_feed(read);
    read.ids = {};  // only the check needs them: a build's memory stays bounded
    reads_.push_back(std::move(read));
  };
  hooks.built = [&](unsigned w, BuiltDocument&& built) { add(w, std::move(built)); };
  hooks.worker_vocabulary = [&](unsigned w) { return &shards_[w].words; };
  pipeline.run(run_.listing.files, run_.jobs, hooks);

  report_.mode = "full";
  report_.files_seen = run_.listing.files.size();
  report_.files_read = reads_.size();
  report_.duplicates = pipeline.duplicates();
  report_.text_bytes = pipeline.text_bytes();
  for (auto& shard : shards_) report_.added += shard.docs;
  cancelled_ = pipeline.cancelled();
}

// The shards and the spelling table, ready to be merged.
Xapian::Database FullBuild::close_shards() {
  Xapian::Database merged;
  for (unsigned w = 0; w < run_.jobs; ++w) {
    shards_[w].db->commit();
    shards_[w].db->close();
    spelling_.add(std::move(shards_[w].words));
    merged.add_database(Xapian::Database(scratch_.shard(w)));
  }
  spelling_.finish();
  // No documents, only the spelling table: the merge copies it into the new generation.
  merged.add_database(Xapian::Database(scratch_.spelling()));
  return merged;
}

// Metadata before the switch: a reader never sees an index that cannot
// describe itself (the index metadata came with the spelling database).
// Complete files are recorded so the next run skips them.
void FullBuild::describe(Xapian::WritableDatabase& db) {
  for (const auto& read : reads_)
    if (read.complete) store_file_record(db, run_.listing.files[read.file], read.lost_duplicates);
  run_.facet_dictionary.write_new(db);
  report_.doc_count = db.get_doccount();
}

IndexReport FullBuild::run() {
  index();
  if (cancelled_) {
    report_.interrupted = true;
    report_.added = 0;
    // The live index (if any) is untouched: report what it holds.
    if (auto live = run_.layout.live_generation_if_valid()) report_.generation = *live;
    report_.doc_count = live_document_count(run_.layout);
    return report_;
  }
  Xapian::Database merged = close_shards();
  publish_generation(
      run_, merged, [&](Xapian::WritableDatabase& db) { describe(db); }, report_);
  return report_;
}

}  // namespace

IndexReport full_build(IndexRun& run) {
  return FullBuild(run).run();
}

}  // namespace lsearch
