// lsearch's embeddable indexing API: bring an index up to date with a corpus,
// exactly as lindex does (lindex is this API's first user, as lsearch is the
// searcher's). The first run builds the index; later runs add new articles,
// replace changed ones and delete vanished ones; rebuild = true builds a fresh
// index beside the live one and switches atomically.
//
//   lsearch::IndexRequest request;
//   request.db_path = "/var/lib/news.db";
//   request.inputs = {"/srv/news/"};
//   request.on_issue = [](const lsearch::InputIssue& issue) { log(issue.where, issue.why); };
//   lsearch::IndexSummary summary = lsearch::update_index(request);
//
// Thread safety: one run writes an index at a time (a second waits up to
// lock_timeout_seconds, then throws LockedError); searches keep working during
// a run. The callbacks run on one of the run's threads, never two at once.
// Errors are lsearch::Error (lsearch/error.h): IndexError when the index cannot be
// written, LockedError, InterruptedError (cancelled before writing began),
// ShrinkError (a CorpusError) when a corpus root is missing or empty, or a root
// or a JSONL feed would lose more than half of its articles in this run (the
// shrink guard: nothing is deleted; allow_shrink confirms), CorpusError when an
// input cannot be read at all, Error for an unreadable
// entities file. A bad article is
// never an error: it is a counted, reported skip (summary.skipped, on_issue).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "lsearch/export.h"

namespace lsearch {

// When a run compacts the index: kAuto once it doubled its compacted size (and
// is over 16 MB); full builds always produce a compacted index.
enum class CompactPolicy { kAuto, kAlways, kNever };

struct IndexProgress {
  std::uint64_t bytes_done = 0;  // of the files being read
  std::uint64_t bytes_total = 0;
  std::size_t articles_done = 0;  // analysed and written
};

// An input that was skipped, repaired or is worth a warning: "path" or "path:line", and why.
struct InputIssue {
  std::string level;  // "skipped", "repaired" or "warning"
  std::string where;
  std::string why;
};

struct IndexRequest {
  std::string db_path;                    // the index directory (created if missing)
  std::vector<std::string> inputs;        // corpus directories and files (*.txt, *.jsonl[.gz])
  std::vector<std::string> entity_files;  // extra gazetteer TSV files (lindex --entities)
  bool rebuild = false;                   // build a fresh index beside the live one and switch
  bool dry_run = false;                   // find what would change; write nothing
  bool follow_links =
      false;  // index symbolic links to files inside a corpus root (lindex --follow)
  bool allow_shrink = false;  // allow losing most of a root's or feed's articles (--allow-shrink)
  unsigned jobs = 0;          // worker threads; 0 = one per core
  double lock_timeout_seconds = 10;  // wait this long for another writer
  std::size_t commit_every = 50000;  // incremental runs commit in batches this large
  CompactPolicy compact = CompactPolicy::kAuto;
  std::size_t max_article_bytes = 16u << 20;  // skip .txt files and JSONL lines larger than this
  // Index only shard `shard` of `shards` (lindex --shard I/N): the articles whose
  // id hashes to it; the same on every run of that index. 0 <= shard < shards.
  unsigned shard = 0, shards = 1;
  std::function<void(const IndexProgress&)> on_progress;  // now and then during the run
  std::function<void(const InputIssue&)> on_issue;        // each issue as it is found
  // Set it (from any thread, e.g. a signal handler) to stop at the next safe
  // point: committed work is kept and summary.interrupted is true.
  const std::atomic<bool>* cancel = nullptr;
};

// How many skipped inputs IndexSummary::skips lists (the count stays exact).
inline constexpr std::size_t kListedSkipsMax = 1000;

// What a run did (lindex --json prints these; README documents them).
struct IndexSummary {
  std::string db_path;
  std::string mode;  // "full" or "incremental"
  bool dry_run = false;
  bool interrupted = false;
  std::size_t files_seen = 0;
  std::size_t files_read = 0;
  std::size_t files_unchanged = 0;  // not opened: size and mtime matched
  std::size_t files_vanished = 0;   // their articles were deleted
  std::size_t added = 0;
  std::size_t updated = 0;
  std::size_t deleted = 0;
  std::size_t unchanged = 0;  // read, but the content had not changed
  std::size_t skipped = 0;    // inputs not indexed
  std::size_t repaired = 0;   // indexed after a repair (e.g. bad UTF-8)
  std::size_t duplicates = 0;
  std::uint64_t text_bytes = 0;  // title and body bytes analysed
  double seconds = 0;
  std::size_t documents = 0;  // in the index afterwards
  std::string generation;     // the live generation directory afterwards
  bool compacted = false;
  std::size_t spelling_words = 0;  // merge_spelling: words in the spelling shard's table
  std::vector<InputIssue> skips;   // the first kListedSkipsMax skipped inputs
};

// Brings the index at request.db_path up to date with request.inputs.
LSEARCH_EXPORT IndexSummary update_index(const IndexRequest& request);

// Writes at request.db_path the spelling shard of the shard indexes named by
// request.inputs (lindex --merge-spelling): no articles, the sum of their
// spelling tables. Xapian's remote protocol carries no spelling table, so a
// collection of remote shards lists this one as "auto PATH" for did-you-mean.
// Replaces the previous one atomically (a new generation, as --rebuild does);
// uses request.lock_timeout_seconds and request.cancel. mode is "spelling".
LSEARCH_EXPORT IndexSummary merge_spelling(const IndexRequest& request);

// Documents in the live index at `db_path`; 0 when there is none or it cannot
// be read. What a failed run left searchable (lindex --json reports it beside
// the error; the run's skips reached on_issue before it threw).
LSEARCH_EXPORT std::size_t indexed_document_count(const std::string& db_path);

}  // namespace lsearch
