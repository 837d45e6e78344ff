#include "indexer/cli/run_summary.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "common/util/display_text.h"

namespace lsearch {
namespace {

// A number with a fixed count of decimals.
std::string fixed(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return buf;
}

double mb(std::uint64_t bytes) {
  return static_cast<double>(bytes) / 1e6;
}

}  // namespace

std::string progress_line(const IndexProgress& p, double seconds) {
  std::string line = "lindex: " + std::to_string(p.articles_done) + " articles";
  if (p.bytes_total > 0) {
    double fraction = static_cast<double>(p.bytes_done) / static_cast<double>(p.bytes_total);
    line += ", " + fixed(100 * fraction, 0) + "% of " + fixed(mb(p.bytes_total), 1) + " MB";
    if (seconds > 1 && fraction > 0.01)
      line += ", ETA " + fixed(seconds * (1 - fraction) / fraction, 0) + " s";
  }
  if (seconds > 0)
    line += ", " + fixed(static_cast<double>(p.articles_done) / seconds, 0) + " articles/s";
  return line;
}

std::string summary_text(const IndexSummary& r) {
  std::string s = r.dry_run ? "lindex: dry run, nothing written: " : "lindex: ";
  if (r.dry_run) {
    s += std::to_string(r.files_read) + " of " + std::to_string(r.files_seen) +
         " files would be read, " + std::to_string(r.files_vanished) +
         " vanished files' articles would be deleted\n";
    return s;
  }
  if (r.mode == "spelling")
    return s + display_text(r.db_path) + " (spelling shard): " + std::to_string(r.spelling_words) +
           " words from " + std::to_string(r.files_read) + " shards in " + fixed(r.seconds, 1) +
           " s\n";
  s += display_text(r.db_path) + " (" + r.mode + (r.interrupted ? ", INTERRUPTED" : "") + "): ";
  s += std::to_string(r.added) + " added, " + std::to_string(r.updated) + " updated, " +
       std::to_string(r.deleted) + " deleted, " + std::to_string(r.unchanged) + " unchanged; ";
  s += std::to_string(r.files_read) + " of " + std::to_string(r.files_seen) + " files read";
  if (r.skipped > 0) s += "; " + std::to_string(r.skipped) + " inputs skipped";
  if (r.repaired > 0) s += "; " + std::to_string(r.repaired) + " repaired";
  s += "; " + fixed(mb(r.text_bytes), 1) + " MB of text in " + fixed(r.seconds, 1) + " s";
  if (r.seconds > 0 && r.text_bytes > 0)
    s += " (" + fixed(mb(r.text_bytes) / r.seconds, 2) + " MB/s)";
  s += "; " + std::to_string(r.documents) + " documents";
  if (r.compacted) s += ", compacted";
  return s + "\n";
}

std::string diagnostic_line(const InputIssue& issue) {
  return "lindex: " + issue.level + ": " + display_text(issue.where) + ": " +
         display_text(issue.why) + "\n";
}

std::string summary_json(const IndexSummary& r, const std::string& error) {
  nlohmann::json j;
  j["version"] = 1;
  j["db"] = r.db_path;
  j["mode"] = r.mode.empty() ? nlohmann::json() : nlohmann::json(r.mode);
  j["error"] = error.empty() ? nlohmann::json() : nlohmann::json(error);
  j["dry_run"] = r.dry_run;
  j["interrupted"] = r.interrupted;
  j["files"] = {{"seen", r.files_seen},
                {"read", r.files_read},
                {"unchanged", r.files_unchanged},
                {"vanished", r.files_vanished}};
  j["articles"] = {{"added", r.added},          {"updated", r.updated}, {"deleted", r.deleted},
                   {"unchanged", r.unchanged},  {"skipped", r.skipped}, {"repaired", r.repaired},
                   {"duplicates", r.duplicates}};
  j["text_bytes"] = r.text_bytes;
  j["seconds"] = r.seconds;
  j["mb_per_second"] = r.seconds > 0 ? mb(r.text_bytes) / r.seconds : 0.0;
  j["documents"] = r.documents;
  j["generation"] = r.generation;
  j["compacted"] = r.compacted;
  j["spelling_words"] = r.spelling_words;
  auto& list = j["skips"] = nlohmann::json::array();
  for (const auto& skip : r.skips) list.push_back({{"where", skip.where}, {"why", skip.why}});
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace lsearch
