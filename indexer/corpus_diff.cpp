#include "indexer/corpus_diff.h"

#include <set>
#include <unordered_set>

#include "common/error.h"
#include "common/schema/fields.h"
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

// The one threshold: more than half of what was indexed goes, and fewer
// places (files of a root, records of a feed) are left than were recorded.
bool loses_most(std::uint64_t lost, std::uint64_t held, std::uint64_t left,
                std::uint64_t recorded) {
  return lost * 2 > held && left < recorded;
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
    if (!loses_most(count.lost, count.articles, count.walked_files, count.recorded_files)) continue;
    throw ShrinkError(root, "this run would delete " + std::to_string(count.lost) + " of the " +
                                std::to_string(count.articles) + " articles indexed from it (" +
                                std::to_string(count.walked_files) + " of its " +
                                std::to_string(count.recorded_files) +
                                " files are left: not mounted, or emptied?); nothing was changed. "
                                "If that is what you want, run again allowing the shrink");
  }
}

std::vector<Xapian::docid> stale_documents(const Xapian::Database& db,
                                           const std::string& origin_key,
                                           const std::vector<std::string>& ids) {
  const std::size_t prefix = field_spec(Field::kId).prefix.size();
  std::unordered_set<std::string> keep;
  for (const auto& id : ids) keep.insert(id_term(id).substr(prefix));  // bounded as indexed
  std::vector<Xapian::docid> stale;
  const std::string term = origin_term(origin_key);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
    if (keep.count(term_value(db.get_document(*it), Field::kId)) == 0) stale.push_back(*it);
  return stale;
}

void refuse_feed_shrink(const std::string& path, Xapian::doccount held, std::size_t lost,
                        std::size_t records) {
  if (!loses_most(lost, held, records, held)) return;
  throw ShrinkError(path, "this run would delete " + std::to_string(lost) + " of the " +
                              std::to_string(held) + " articles indexed from it (it holds " +
                              std::to_string(records) +
                              " records now: a download cut short?); no article was deleted. "
                              "If that is what you want, run again allowing the shrink");
}

}  // namespace lsearch
