// The public indexing API (lsearch/indexer.h): a thin facade over run_index(),
// so the indexer's internal options can change without breaking programs.
#include <chrono>
#include <string>
#include <utility>

#include "common/error.h"
#include "indexer/indexer.h"
#include "indexer/spelling_shard.h"
#include "lsearch/indexer.h"

namespace lsearch {
namespace {

IndexOptions internal_options(const IndexRequest& request) {
  IndexOptions options;
  options.db_path = request.db_path;
  options.inputs = request.inputs;
  options.entity_files = request.entity_files;
  options.rebuild = request.rebuild;
  options.dry_run = request.dry_run;
  options.follow_links = request.follow_links;
  options.allow_shrink = request.allow_shrink;
  options.jobs = request.jobs;
  options.lock_timeout_seconds = request.lock_timeout_seconds;
  options.commit_every = request.commit_every;
  options.compact = request.compact;
  options.limits.max_article_bytes = request.max_article_bytes;
  if (request.shards == 0 || request.shard >= request.shards)
    throw Error("shard " + std::to_string(request.shard) + " of " + std::to_string(request.shards) +
                ": expected 0 <= shard < shards");
  options.shard = {request.shard, request.shards};
  options.on_progress = request.on_progress;
  options.cancel = request.cancel;
  return options;
}

IndexSummary summary_of(const IndexReport& report, const IndexRequest& request,
                        const std::vector<Skip>& skips) {
  IndexSummary s;
  s.db_path = request.db_path;
  s.mode = report.mode;
  s.dry_run = request.dry_run;
  s.interrupted = report.interrupted;
  s.files_seen = report.files_seen;
  s.files_read = report.files_read;
  s.files_unchanged = report.files_unchanged;
  s.files_vanished = report.files_vanished;
  s.added = report.added;
  s.updated = report.updated;
  s.deleted = report.deleted;
  s.unchanged = report.unchanged;
  s.skipped = report.skipped;
  s.repaired = report.repaired;
  s.duplicates = report.duplicates;
  s.text_bytes = report.text_bytes;
  s.seconds = report.seconds;
  s.documents = report.doc_count;
  s.generation = report.generation;
  s.compacted = report.compacted;
  for (const Skip& skip : skips) s.skips.push_back({"skipped", skip.where, skip.why});
  return s;
}

}  // namespace

IndexSummary update_index(const IndexRequest& request) {
  Diagnostics::Listener listener;
  if (request.on_issue) {
    listener = [&request](const char* level, const Skip& skip) {
      request.on_issue({level, skip.where, skip.why});
    };
  }
  Diagnostics diagnostics(std::move(listener));
  IndexReport report = run_index(internal_options(request), diagnostics);
  return summary_of(report, request, diagnostics.skips());
}

IndexSummary merge_spelling(const IndexRequest& request) {
  if (request.dry_run) throw Error("a spelling shard has no dry run: it only reads its shards");
  const auto start = std::chrono::steady_clock::now();
  SpellingMerge merge = merge_spelling_shards(request.db_path, request.inputs,
                                              request.lock_timeout_seconds, request.cancel);
  IndexSummary s;
  s.db_path = request.db_path;
  s.mode = "spelling";
  s.files_seen = s.files_read = request.inputs.size();
  s.generation = merge.generation;
  s.spelling_words = merge.words;
  s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return s;
}

}  // namespace lsearch
