#include "indexer/indexer.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "common/error.h"
#include "common/schema/facet_column.h"
#include "common/schema/versions.h"
#include "indexer/corpus_diff.h"
#include "indexer/document_builder.h"
#include "indexer/index_run.h"

namespace fs = std::filesystem;

namespace lsearch {
namespace {

Gazetteer load_gazetteer(const std::vector<std::string>& files) {
  Gazetteer gazetteer = Gazetteer::builtin();
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path + ": cannot read the entities file");
    std::ostringstream text;
    text << in.rdbuf();
    gazetteer.add_tsv(text.str(), path);
  }
  return gazetteer;
}

unsigned worker_count(unsigned requested) {
  if (requested > 0) return requested;
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

// --dry-run: read-only, no lock, nothing created (works on read-only media).
IndexReport dry_run(IndexRun& run) {
  if (run.layout.exists()) return incremental_dry_run(run);
  IndexReport report;
  report.mode = "full";
  report.files_seen = report.files_read = run.listing.files.size();
  return report;
}

IndexReport write_run(IndexRun& run) {
  run.layout.prepare();
  WriteLock lock(run.layout.lock_path(), run.options.lock_timeout_seconds, run.options.cancel);
  if (!run.options.rebuild && run.layout.exists()) return incremental_update(run);
  if (auto live = run.layout.live_generation_if_valid())
    check_live_index_shrink(run, Xapian::Database(*live));
  return full_build(run);
}

}  // namespace

IndexMetadata IndexRun::metadata() const {
  return {kSchemaVersion, analyzer.fingerprint(), news.fingerprint(), news.gazetteer().to_tsv()};
}

std::string IndexRun::settings_fingerprint() const {
  return analyzer.fingerprint() + ";" + news.fingerprint() + ";" + document_format();
}

std::uint64_t directory_bytes(const std::string& path) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& entry : fs::recursive_directory_iterator(path, ec))
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  return total;
}

void check_live_index_shrink(IndexRun& run, const Xapian::Database& live) {
  if (run.options.allow_shrink) return;
  const auto records = load_file_records(live);
  refuse_shrink(live, records, diff_corpus(run.listing, records, false), run.listing);
}

std::size_t live_document_count(const DatabaseLayout& layout) {
  auto live = layout.live_generation_if_valid();
  if (!live) return 0;
  try {
    return Xapian::Database(*live).get_doccount();
  } catch (const Xapian::Error&) {
    return 0;
  }
}

std::size_t indexed_document_count(const std::string& db_path) {
  return live_document_count(DatabaseLayout(db_path));
}

void publish_generation(IndexRun& run, Xapian::Database& source,
                        const std::function<void(Xapian::WritableDatabase&)>& describe,
                        IndexReport& report) {
  const std::string generation = run.layout.new_generation_path();
  GenerationGuard guard(generation);  // removes a half-written generation (disk full)
  source.compact(generation, source.size() > 3 ? Xapian::DBCOMPACT_MULTIPASS : 0);
  {
    Xapian::WritableDatabase db(generation, Xapian::DB_OPEN);
    describe(db);
    // The baseline for --compact auto.
    db.set_metadata(kMetaCompactedBytes, std::to_string(directory_bytes(generation)));
    db.commit();
  }
  write_facet_column(generation);  // of the last commit: readers of the new stub find it
  const auto previous = run.layout.live_generation_if_valid();
  run.layout.switch_to(generation);
  guard.release();
  run.layout.remove_old_generations(previous);
  report.generation = generation;
  report.compacted = true;
}

IndexReport run_index(const IndexOptions& options, Diagnostics& diagnostics) {
  const auto start = std::chrono::steady_clock::now();
  IndexRun run{options,
               diagnostics,
               DatabaseLayout(options.db_path),
               Analyzer(),
               NewsAnalyzer(load_gazetteer(options.entity_files)),
               {},
               worker_count(options.jobs),
               {}};
  run.listing = walk_corpus(options.inputs, diagnostics,
                            WalkOptions{options.follow_links, options.allow_shrink});
  IndexReport report;
  try {
    report = options.dry_run ? dry_run(run) : write_run(run);
  } catch (const Xapian::DatabaseLockError& e) {
    throw LockedError(options.db_path + ": " + e.get_msg());
  } catch (const Xapian::Error& e) {
    throw IndexError(options.db_path + ": " + e.get_description());
  }
  report.skipped = diagnostics.skip_count();
  report.repaired = diagnostics.repair_count();
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace lsearch
