// Incremental update: new and changed articles are replaced by their id term,
// articles gone from a changed file and the articles of vanished files are
// deleted. Stages: plan (which files to read, from the registry; read-only),
// apply (read, analyse, write: one writer thread, commits are batches inside
// transactions, so a reader sees whole batches and a kill loses at most the
// current batch), finish (deletions and file records), then compaction when
// it pays. Files whose size and mtime did not change are not even opened.
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "common/error.h"
#include "common/schema/facet_column.h"
#include "common/schema/fields.h"
#include "indexer/article_pipeline.h"
#include "indexer/consumer_threads.h"
#include "indexer/corpus_diff.h"
#include "indexer/document_builder.h"
#include "indexer/file_registry.h"
#include "indexer/index_run.h"
#include "indexer/spelling_shard.h"

namespace lsearch {
namespace {

constexpr std::uint64_t kMinCompactBytes = 16u << 20;
constexpr std::size_t kWriterQueue = 256;

struct IndexedArticle {
  std::string hash;
  std::string origin_key;
};

// Looks articles up in an index snapshot; reopens when the writer's commits
// have moved on.
class IndexedArticles {
 public:
  explicit IndexedArticles(const std::string& path) : db_(path) {}
  // `hash` and `origin_key`: the article being read. The content hash covers
  // the origin, so only a changed article costs a look at its terms.
  std::optional<IndexedArticle> find(const std::string& id, const std::string& hash,
                                     const std::string& origin_key) {
    for (int attempt = 0;; ++attempt) {
      try {
        const std::string term = id_term(id);
        auto it = db_.postlist_begin(term);
        if (it == db_.postlist_end(term)) return std::nullopt;
        Xapian::Document doc = db_.get_document(*it);
        std::string indexed_hash = doc.get_value(kSlotContentHash);
        if (indexed_hash == hash) return IndexedArticle{indexed_hash, origin_key};
        return IndexedArticle{indexed_hash, term_value(doc, Field::kOrigin)};
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt >= 3) throw;
        db_.reopen();
      }
    }
  }

 private:
  Xapian::Database db_;
};

class IncrementalUpdate {
 public:
  IncrementalUpdate(IndexRun& run, std::string generation)
      : run_(run), generation_(std::move(generation)) {}

  // Plan: which files to read and which vanished (read-only).
  void plan(const Xapian::Database& db);
  IndexReport dry_run_report(const Xapian::Database& db) const;
  IndexReport run();

 private:
  void apply(Xapian::WritableDatabase& db);
  void write_documents(ConsumerThreads<BuiltDocument>& writer);
  IndexDecision decide(const Article& raw, const std::string& hash, std::size_t file);
  bool other_file_keeps(const std::string& holder, std::size_t reading);
  std::vector<std::vector<Xapian::docid>> stale_of_reads(const Xapian::Database& db) const;
  void finish(Xapian::WritableDatabase& db);
  void compact_if_worth_it(Xapian::WritableDatabase& db);

  IndexRun& run_;
  std::string generation_;
  IndexReport report_;
  std::map<std::string, FileRecord> records_;
  CorpusDiff diff_;
  std::unordered_map<std::string, std::size_t> listed_at_, read_at_;  // origin key -> position
  std::unordered_set<std::string> vanished_, read_whole_, read_again_;
  std::unordered_map<std::string, Xapian::doccount> feed_held_;  // articles of each feed read again
  std::vector<FileRead> reads_;
  std::unique_ptr<IndexedArticles> indexed_;
  bool cancelled_ = false;
};

void IncrementalUpdate::plan(const Xapian::Database& db) {
  check_compatible(db, run_.analyzer.fingerprint(), run_.layout.root());
  if (is_spelling_shard(db))
    throw IndexError(run_.layout.root() +
                     ": is a spelling shard (lindex --merge-spelling); merge it again, or "
                     "--rebuild it as an index of articles");
  // Every file is read when entity or cleaning settings changed, so no facet silently goes stale.
  const bool settings_changed = read_index_metadata(db).entities != run_.metadata().entities;
  if (settings_changed)
    run_.diagnostics.warned(run_.layout.root(),
                            "gazetteer or cleaning rules changed: re-analysing every article");
  records_ = load_file_records(db);
  diff_ = diff_corpus(run_.listing, records_, settings_changed);
  if (!run_.options.allow_shrink) refuse_shrink(db, records_, diff_, run_.listing);
  for (std::size_t i = 0; i < run_.listing.files.size(); ++i)
    listed_at_[run_.listing.files[i].origin_key()] = i;
  for (std::size_t i = 0; i < diff_.to_read.size(); ++i)
    read_at_[diff_.to_read[i].origin_key()] = i;
  vanished_.insert(diff_.vanished.begin(), diff_.vanished.end());
  for (const auto& file : diff_.to_read)  // before this run writes: what the shrink guard compares
    if (file.format != CorpusFormat::kTxt && records_.count(file.origin_key()) != 0)
      feed_held_[file.origin_key()] = db.get_termfreq(origin_term(file.origin_key()));
  report_.mode = "incremental";
  report_.files_seen = run_.listing.files.size();
  report_.files_unchanged = diff_.unchanged;
  report_.files_read = diff_.to_read.size();
  report_.generation = generation_;
}

IndexReport IncrementalUpdate::dry_run_report(const Xapian::Database& db) const {
  IndexReport report = report_;
  report.files_vanished = diff_.vanished.size();
  report.doc_count = db.get_doccount();
  return report;
}

// Another file holds the id in the index: does it keep it? The first holder
// in walk order does, so a full build and incremental runs agree.
bool IncrementalUpdate::other_file_keeps(const std::string& holder, std::size_t reading) {
  if (vanished_.count(holder) != 0) return false;
  if (auto it = read_at_.find(holder); it != read_at_.end()) {
    if (it->second > reading) return false;  // read later in this run: its copy is the duplicate
    // Read earlier: it no longer holds the id (this run would have seen it), unless unreadable.
    return read_whole_.count(holder) == 0;
  }
  auto listed = listed_at_.find(holder);
  if (listed == listed_at_.end()) return true;  // not among this run's inputs: it keeps it
  if (listed->second < listed_at_.at(diff_.to_read[reading].origin_key())) return true;
  read_again_.insert(holder);  // unchanged but later in walk order: its copy is now the duplicate
  return false;
}

IndexDecision IncrementalUpdate::decide(const Article& raw, const std::string& hash,
                                        std::size_t file) {
  auto indexed = indexed_->find(raw.id, hash, diff_.to_read[file].origin_key());
  if (!indexed) return {};
  if (indexed->origin_key == diff_.to_read[file].origin_key()) {
    if (indexed->hash == hash) return {IndexDecision::Kind::kUnchanged, false, ""};
    return {IndexDecision::Kind::kIndex, true, ""};
  }
  if (!other_file_keeps(indexed->origin_key, file)) return {IndexDecision::Kind::kIndex, true, ""};
  auto record = records_.find(indexed->origin_key);
  std::string holder = record == records_.end()
                           ? "another file"
                           : record->second.root + "/" + record->second.relpath;
  return {IndexDecision::Kind::kDuplicate, false, holder + " (indexed)"};
}

void IncrementalUpdate::write_documents(ConsumerThreads<BuiltDocument>& writer) {
  ArticlePipeline pipeline(run_.analyzer, run_.news, run_.settings_fingerprint(), run_.options,
                           run_.diagnostics, run_.facet_dictionary);
  ArticlePipeline::Hooks hooks;
  hooks.decide = [&](const Article& raw, const std::string& hash, std::size_t file) {
    return decide(raw, hash, file);
  };
  hooks.file_read = [&](FileRead&& read) {
    if (read.complete) read_whole_.insert(diff_.to_read[read.file].origin_key());
    reads_.push_back(std::move(read));
  };
  // Only a file the index already holds can have records to delete.
  hooks.wants_ids = [&](std::size_t file) {
    return records_.count(diff_.to_read[file].origin_key()) != 0;
  };
  hooks.built = [&](unsigned, BuiltDocument&& built) {
    // The writer failed (disk full): stop reading; finish() reports the writer's error.
    if (!writer.push(std::move(built))) throw IndexError("the index writer stopped");
  };
  pipeline.run(diff_.to_read, run_.jobs, hooks);
  report_.unchanged = pipeline.unchanged();
  report_.duplicates = pipeline.duplicates();
  report_.text_bytes = pipeline.text_bytes();
  cancelled_ = pipeline.cancelled();
}

void IncrementalUpdate::apply(Xapian::WritableDatabase& db) {
  indexed_ = std::make_unique<IndexedArticles>(generation_);
  run_.facet_dictionary.load(db);
  std::size_t in_batch = 0;
  db.begin_transaction(false);
  ConsumerThreads<BuiltDocument> writer(kWriterQueue, 1, [&](unsigned, BuiltDocument&& built) {
    db.replace_document(id_term(built.id), built.doc);
    add_spelling(db, built.words);
    ++(built.replaces ? report_.updated : report_.added);
    if (++in_batch >= run_.options.commit_every) {
      run_.facet_dictionary.write_new(db);  // the names of this batch's ordinals
      db.commit_transaction();
      db.begin_transaction(false);
      in_batch = 0;
    }
  });
  try {
    write_documents(writer);
  } catch (...) {
    writer.fail(std::current_exception());
  }
  writer.finish();
}

// What each file read to its end no longer holds. A feed cut short is refused
// here, before anything is deleted: the open transaction is cancelled when the
// database is closed, and no file record of this run is stored.
std::vector<std::vector<Xapian::docid>> IncrementalUpdate::stale_of_reads(
    const Xapian::Database& db) const {
  std::vector<std::vector<Xapian::docid>> stale(reads_.size());
  for (std::size_t i = 0; i < reads_.size(); ++i) {
    const CorpusFile& file = diff_.to_read[reads_[i].file];
    if (!reads_[i].complete || records_.count(file.origin_key()) == 0) continue;
    stale[i] = stale_documents(db, file.origin_key(), reads_[i].ids);
    auto held = feed_held_.find(file.origin_key());
    if (held != feed_held_.end() && !run_.options.allow_shrink)
      refuse_feed_shrink(file.path, held->second, stale[i].size(), reads_[i].ids.size());
  }
  return stale;
}

// Deletions and file records, for files read to their end; files that could
// not be read keep their articles and their old record, so they are read again.
void IncrementalUpdate::finish(Xapian::WritableDatabase& db) {
  const auto stale = stale_of_reads(db);
  for (std::size_t i = 0; i < reads_.size(); ++i) {
    if (!reads_[i].complete) continue;
    for (Xapian::docid did : stale[i]) db.delete_document(did);
    report_.deleted += stale[i].size();
    store_file_record(db, diff_.to_read[reads_[i].file], reads_[i].lost_duplicates);
  }
  for (const auto& key : read_again_)  // an unrecorded holder is read next run anyway
    if (auto it = records_.find(key); it != records_.end()) mark_read_again(db, key, it->second);
  if (!cancelled_) {
    for (const auto& key : diff_.vanished) {
      const std::string term = origin_term(key);
      report_.deleted += db.get_termfreq(term);
      db.delete_document(term);
      erase_file_record(db, key);
      ++report_.files_vanished;
    }
    write_index_metadata(db, run_.metadata());
  }
  run_.facet_dictionary.write_new(db);
  db.commit_transaction();
  report_.interrupted = cancelled_;
  report_.doc_count = db.get_doccount();
}

// Compact when it pays: an updated glass database grows to about twice its
// compacted size; below kMinCompactBytes the saving is not worth a new generation.
void IncrementalUpdate::compact_if_worth_it(Xapian::WritableDatabase& db) {
  std::uint64_t compacted = 0;
  try {
    compacted = std::stoull(db.get_metadata(kMetaCompactedBytes));
  } catch (const std::exception&) {
  }
  db.close();
  const std::uint64_t size = directory_bytes(generation_);
  const bool worth_it = compacted > 0 && size > 2 * compacted && size > kMinCompactBytes;
  const CompactPolicy policy = run_.options.compact;
  if (report_.interrupted ||
      !(policy == CompactPolicy::kAlways || (policy == CompactPolicy::kAuto && worth_it)))
    return;
  Xapian::Database source(generation_);
  publish_generation(
      run_, source, [](Xapian::WritableDatabase&) {}, report_);
}

IndexReport IncrementalUpdate::run() {
  Xapian::WritableDatabase db(generation_, Xapian::DB_OPEN);
  plan(db);
  apply(db);
  finish(db);
  compact_if_worth_it(db);
  // Until this is written, readers of the new revision count the values (an
  // interrupted run leaves it to the next one: it reads every document's).
  if (!report_.compacted && !report_.interrupted) write_facet_column(generation_);
  return report_;
}

std::string live_generation(const IndexRun& run) {
  auto live = run.layout.live_generation();
  if (!live)
    throw IndexError(run.layout.stub_path() +
                     ": cannot read the index stub; run lindex --rebuild to rebuild the index");
  return *live;
}

}  // namespace

IndexReport incremental_update(IndexRun& run) {
  return IncrementalUpdate(run, live_generation(run)).run();
}

IndexReport incremental_dry_run(IndexRun& run) {
  const std::string generation = live_generation(run);
  IncrementalUpdate update(run, generation);
  Xapian::Database db(generation);
  update.plan(db);
  return update.dry_run_report(db);
}

}  // namespace lsearch
