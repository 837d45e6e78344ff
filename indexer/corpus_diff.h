// CorpusDiff: what changed between the files an index records (FileRegistry)
// and the files this run's walk found: which to read, which vanished. And the
// guard against losing articles by accident: a run that would delete more
// than half of a root's articles (an unmounted share, a failed sync, an
// emptied directory), or of a feed's (a JSONL file cut short by a failed
// download), is refused unless the user confirms (allow_shrink, lindex --allow-shrink).
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "indexer/corpus/corpus_walker.h"
#include "indexer/file_registry.h"

namespace lsearch {

struct CorpusDiff {
  std::vector<CorpusFile> to_read;    // new, changed, or marked to be read again
  std::size_t unchanged = 0;          // same size and mtime: not opened
  std::vector<std::string> vanished;  // origin keys of recorded files in scope, not found
};

// `read_everything`: the analysis settings changed, every file is read.
CorpusDiff diff_corpus(const CorpusListing& listing,
                       const std::map<std::string, FileRecord>& records, bool read_everything);

// Throws ShrinkError naming the root when the vanished files
// hold more than half of a root's articles in `db` and the root has fewer files
// than the index records (a rename or a replaced file is not a loss).
void refuse_shrink(const Xapian::Database& db, const std::map<std::string, FileRecord>& records,
                   const CorpusDiff& diff, const CorpusListing& listing);

// The documents of `origin_key` in `db` whose id is not among `ids`: what a
// file read again no longer holds.
std::vector<Xapian::docid> stale_documents(const Xapian::Database& db,
                                           const std::string& origin_key,
                                           const std::vector<std::string>& ids);

// Throws ShrinkError naming `path` when a feed read to its
// end would lose `lost` of the `held` articles indexed from it, more than half,
// and now holds fewer records than that (`records`): the root rule, for the
// records of one file. A feed that rotates (new ids, as many) is an update.
void refuse_feed_shrink(const std::string& path, Xapian::doccount held, std::size_t lost,
                        std::size_t records);

}  // namespace lsearch
