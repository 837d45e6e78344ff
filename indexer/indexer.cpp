#include "indexer/indexer.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>

#include "common/error.h"
#include "common/schema/fields.h"
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

std::string compact_to_new_generation(IndexRun& run, Xapian::Database& source) {
  std::string generation = run.layout.new_generation_path();
  unsigned flags = source.size() > 3 ? Xapian::DBCOMPACT_MULTIPASS : 0;
  source.compact(generation, flags);
  return generation;
}

void record_compacted_size(Xapian::WritableDatabase& db, const std::string& generation) {
  db.set_metadata(kMetaCompactedBytes, std::to_string(directory_bytes(generation)));
}

void publish_generation(IndexRun& run, const std::string& generation, IndexReport& report) {
  run.layout.switch_to(generation);
  run.layout.remove_old_generations();
  report.generation = generation;
  report.compacted = true;
}

IndexReport run_index(const IndexOptions& options, Diagnostics& diagnostics) {
  const auto start = std::chrono::steady_clock::now();
  // Small flush batches are faster and bound memory (ARCHITECTURE.md); the user may override.
  ::setenv("XAPIAN_FLUSH_THRESHOLD", "1000", 0);

  IndexRun run{options,
               diagnostics,
               DatabaseLayout(options.db_path),
               Analyzer(),
               NewsAnalyzer(load_gazetteer(options.entity_files)),
               {},
               worker_count(options.jobs),
               {}};
  run.listing = walk_corpus(options.inputs, diagnostics);

  IndexReport report;
  try {
    if (options.dry_run) {
      if (run.layout.exists()) {
        report = incremental_update(run);
      } else {
        report.mode = "full";
        report.files_seen = report.files_read = run.listing.files.size();
      }
    } else {
      run.layout.prepare();
      WriteLock lock(run.layout.lock_path(), options.lock_timeout_seconds);
      bool full = options.rebuild || !run.layout.exists();
      report = full ? full_build(run) : incremental_update(run);
    }
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
