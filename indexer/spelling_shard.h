// The spelling shard of a collection: an lsearch index with no articles whose
// spelling table is the sum of its shards' tables. Xapian 1.4's remote protocol
// carries no spelling table, so a collection of xapian-tcpsrv shards has no
// did-you-mean unless the front end lists this one as a local `auto` shard. It
// also carries the first shard's schema, fingerprints and alias table (entity
// names resolve through it), but not the file registry or facet dictionary:
// lindex refuses to update it with articles.
#pragma once

#include <atomic>
#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

namespace lsearch {

struct SpellingMerge {
  std::string generation;  // the live generation directory afterwards
  std::size_t words = 0;   // distinct words in its spelling table
};

// Writes a new generation of `out_dir` (created if missing) from the live
// generations of `shard_dirs` (lsearch index directories), and switches to it
// atomically, as a --rebuild does. Throws IndexError naming a shard that is not
// an lsearch index or disagrees with the first on schema or analysis, and when
// `out_dir` is an index that holds articles.
SpellingMerge merge_spelling_shards(const std::string& out_dir,
                                    const std::vector<std::string>& shard_dirs,
                                    double lock_timeout_seconds,
                                    const std::atomic<bool>* cancel = nullptr);

// True when `db` is a spelling shard (incremental runs refuse it).
bool is_spelling_shard(const Xapian::Database& db);

}  // namespace lsearch
