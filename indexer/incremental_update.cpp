// Incremental update: new and changed articles are replaced by their id term,
// articles gone from a changed file and the articles of vanished files are
// deleted. One writer thread; commits are batches inside transactions, so a
// reader sees whole batches and a kill loses at most the current batch. Files
// whose size and mtime did not change are not even opened.
#include <filesystem>
#include <set>
#include <thread>
#include <unordered_set>

#include "common/error.h"
#include "common/schema/fields.h"
#include "indexer/article_pipeline.h"
#include "indexer/document_builder.h"
#include "indexer/file_registry.h"
#include "indexer/index_run.h"
#include "indexer/work_queue.h"

namespace lsearch {
namespace {

constexpr std::uint64_t kMinCompactBytes = 16u << 20;

// The id of a document: its Q term without the prefix.
std::string id_of(const Xapian::Document& doc) {
  const std::string& q = std::string(field_spec(Field::kId).prefix);
  auto it = doc.termlist_begin();
  it.skip_to(q);
  if (it == doc.termlist_end() || !(*it).starts_with(q)) return "";
  return (*it).substr(q.size());
}

// Deletes the documents of `origin_key` whose id is not in `ids`.
std::size_t delete_stale(Xapian::WritableDatabase& db, const std::string& origin_key,
                         const std::vector<std::string>& ids) {
  std::unordered_set<std::string> keep;
  for (const auto& id : ids) keep.insert(id_term(id).substr(1));
  std::vector<Xapian::docid> stale;
  const std::string term = origin_term(origin_key);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
    if (keep.count(id_of(db.get_document(*it))) == 0) stale.push_back(*it);
  for (Xapian::docid did : stale) db.delete_document(did);
  return stale.size();
}

// Checks against an index snapshot whether an article changed; reopens when the
// writer's commits have moved on.
class ChangeDetector {
 public:
  explicit ChangeDetector(const std::string& path) : db_(path) {}
  bool changed(const std::string& id, const std::string& hash, bool& exists) {
    for (int attempt = 0;; ++attempt) {
      try {
        const std::string term = id_term(id);
        auto it = db_.postlist_begin(term);
        exists = it != db_.postlist_end(term);
        return !exists || db_.get_document(*it).get_value(kSlotContentHash) != hash;
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt >= 3) throw;
        db_.reopen();
      }
    }
  }

 private:
  Xapian::Database db_;
};

}  // namespace

IndexReport incremental_update(IndexRun& run) {
  IndexReport report;
  report.mode = "incremental";
  const std::string generation = *run.layout.live_generation();
  Xapian::WritableDatabase db(generation, Xapian::DB_OPEN);
  check_compatible(db, run.analyzer.fingerprint(), run.layout.root());

  // Which files to read: new or changed ones (all of them when entity or
  // cleaning settings changed, so no facet silently goes stale).
  const IndexMetadata stored = read_index_metadata(db);
  const bool settings_changed = stored.entities != run.metadata().entities;
  if (settings_changed)
    run.diagnostics.warned(run.layout.root(),
                           "gazetteer or cleaning rules changed: re-analysing every article");
  auto records = load_file_records(db);
  std::vector<CorpusFile> to_read;
  std::set<std::string> walked;
  for (const auto& file : run.listing.files) {
    walked.insert(file.origin_key());
    auto it = records.find(file.origin_key());
    if (!settings_changed && it != records.end() && it->second.fingerprint == file.fingerprint())
      ++report.files_unchanged;
    else
      to_read.push_back(file);
  }
  report.files_seen = run.listing.files.size();
  report.files_read = to_read.size();
  // A recorded file this run covers but did not find: its articles go.
  auto vanished = [&](const std::string& key, const FileRecord& record) {
    if (walked.count(key) != 0) return false;
    for (const auto& scope : run.listing.scopes)
      if (scope.covers(record.root, record.relpath)) return true;
    return false;
  };

  if (run.options.dry_run) {
    for (const auto& [key, record] : records)
      if (vanished(key, record)) ++report.files_vanished;
    report.doc_count = db.get_doccount();
    report.generation = generation;
    return report;
  }

  WorkQueue<BuiltDocument> written(256);
  std::vector<FileRead> reads;
  ChangeDetector detector(generation);
  run.facet_dictionary.load(db);
  ArticlePipeline pipeline(run.analyzer, run.news, run.settings_fingerprint(), run.options,
                           run.diagnostics, run.facet_dictionary);
  ArticlePipeline::Hooks hooks;
  hooks.needs_indexing = [&](const Article& raw, const std::string& hash, std::size_t,
                             bool& replaces) { return detector.changed(raw.id, hash, replaces); };
  hooks.file_read = [&](FileRead&& read) { reads.push_back(std::move(read)); };
  // Only a file the index already holds can have records to delete.
  hooks.wants_ids = [&](std::size_t file) {
    return records.count(to_read[file].origin_key()) != 0;
  };
  hooks.built = [&](unsigned, BuiltDocument&& built) { written.push(std::move(built)); };

  std::exception_ptr writer_error;
  std::thread writer([&] {
    try {
      std::size_t in_batch = 0;
      db.begin_transaction(false);
      while (auto built = written.pop()) {
        db.replace_document(id_term(built->id), built->doc);
        add_spelling(db, built->words);
        ++(built->replaces ? report.updated : report.added);
        if (++in_batch >= run.options.commit_every) {
          run.facet_dictionary.write_new(db);  // the names of this batch's ordinals
          db.commit_transaction();
          db.begin_transaction(false);
          in_batch = 0;
        }
      }
    } catch (...) {
      writer_error = std::current_exception();
      written.close();
    }
  });
  try {
    pipeline.run(to_read, run.jobs, hooks);
  } catch (...) {
    written.close();
    writer.join();
    throw;
  }
  written.close();
  writer.join();
  if (writer_error) std::rethrow_exception(writer_error);

  // Deletions and file records, for files read to their end.
  for (const auto& read : reads) {
    if (!read.complete) continue;
    const CorpusFile& file = to_read[read.file];
    if (records.count(file.origin_key()) != 0)
      report.deleted += delete_stale(db, file.origin_key(), read.ids);
    store_file_record(db, file);
  }
  if (!pipeline.cancelled()) {
    for (const auto& [key, record] : records) {
      if (!vanished(key, record)) continue;
      const std::string term = origin_term(key);
      report.deleted += db.get_termfreq(term);
      db.delete_document(term);
      erase_file_record(db, key);
      ++report.files_vanished;
    }
    write_index_metadata(db, run.metadata());
  }
  run.facet_dictionary.write_new(db);
  db.commit_transaction();

  report.unchanged = pipeline.unchanged();
  report.duplicates = pipeline.duplicates();
  report.text_bytes = pipeline.text_bytes();
  report.interrupted = pipeline.cancelled();
  report.doc_count = db.get_doccount();
  report.generation = generation;

  // Compact when it pays: an updated glass database grows to about twice its
  // compacted size; below kMinCompactBytes the saving is not worth a new generation.
  std::uint64_t compacted = 0;
  try {
    compacted = std::stoull(db.get_metadata(kMetaCompactedBytes));
  } catch (const std::exception&) {
  }
  db.close();
  const std::uint64_t size = directory_bytes(generation);
  bool worth_it = compacted > 0 && size > 2 * compacted && size > kMinCompactBytes;
  if (!report.interrupted && (run.options.compact == CompactPolicy::kAlways ||
                              (run.options.compact == CompactPolicy::kAuto && worth_it))) {
    Xapian::Database source(generation);
    std::string fresh = compact_to_new_generation(run, source);
    {
      Xapian::WritableDatabase out(fresh, Xapian::DB_OPEN);
      record_compacted_size(out, fresh);
      out.commit();
    }
    publish_generation(run, fresh, report);
  }
  return report;
}

}  // namespace lsearch
