#include "indexer/corpus_diff.h"

#include <set>

#include "common/error.h"
#include "indexer/document_builder.h"

namespace lsearch {
namespace {

struct RootCount {
  std::size_t recorded_files = 0, walked_files = 0;
  Xapian::doccount articles = 0, lost = 0;
};

bool covered(const std::vector<CorpusScope>& scopes, const FileRecord& record) {
  for (const auto& scope : scopes)
    if (scope.covers(record.root, record.relpath)) return true;
  return false;
}

bool in_scope(const CorpusListing& listing, const FileRecord& record) {
  return covered(listing.scopes, record);
}

}  // namespace

CorpusDiff diff_corpus(const CorpusListing& listing,
                       const std::map<std::string, FileRecord>& records, bool read_everything) {
  CorpusDiff diff;
  std::set<std::string> walked;
  for (const auto& file : listing.files) {
    walked.insert(file.origin_key());
    auto it = records.find(file.origin_key());
    if (!read_everything && it != records.end() && it->second.fingerprint == file.fingerprint())
      ++diff.unchanged;
    else
      diff.to_read.push_back(file);
  }
  for (const auto& [key, record] : records)
    if (walked.count(key) == 0 && in_scope(listing, record) && !covered(listing.unlisted, record))
      diff.vanished.push_back(key);
  return diff;
}

void refuse_shrink(const Xapian::Database& db, const std::map<std::string, FileRecord>& records,
                   const CorpusDiff& diff, const CorpusListing& listing) {
  if (diff.vanished.empty()) return;
  std::map<std::string, RootCount> roots;
  for (const auto& [key, record] : records) {
    if (!in_scope(listing, record)) continue;
    RootCount& root = roots[record.root];
    ++root.recorded_files;
    root.articles += db.get_termfreq(origin_term(key));
  }
  for (const auto& key : diff.vanished)
    roots[records.at(key).root].lost += db.get_termfreq(origin_term(key));
  for (const auto& file : listing.files)
    if (auto it = roots.find(file.root); it != roots.end()) ++it->second.walked_files;
  for (const auto& [root, count] : roots) {
    if (count.lost * 2 <= count.articles || count.walked_files >= count.recorded_files) continue;
    throw CorpusError(root, "this run would delete " + std::to_string(count.lost) + " of the " +
                                std::to_string(count.articles) + " articles indexed from it (" +
                                std::to_string(count.walked_files) + " of its " +
                                std::to_string(count.recorded_files) +
                                " files are left: not mounted, or emptied?); nothing was changed. "
                                "If that is what you want, run again with --allow-shrink");
  }
}

}  // namespace lsearch
