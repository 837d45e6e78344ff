// Collection: what `--db PATH` opens. A directory is one lindex index; a file
// is a Xapian stub listing shards, one per line (Xapian's own syntax, which
// Xapian's tools read too):
//   auto PATH                      an index directory made by lindex (relative
//                                  to the stub's directory), or any database
//   remote HOST:PORT [timeout=MS] [connect_timeout=MS]   a shard served by
//                                  xapian-tcpsrv (defaults 5000 and 2000 ms)
//   remote :PROGRAM ARGS...        a shard served by xapian-progsrv
// Every shard is opened on its own (so errors name it and its metadata is
// checked: same schema, analysis and entity fingerprints), then searched as
// one Xapian database: Xapian merges statistics and built-in spies, so results
// equal one index of the same articles. Not thread-safe (one per Searcher).
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "searcher/facets/facet_counter.h"

namespace lsearch {

struct ShardSpec {
  enum class Kind { kLocal, kTcp, kProgram };
  Kind kind = Kind::kLocal;
  std::string name;  // the line as written, for messages ("remote 127.0.0.1:7101")
  std::string path;  // kLocal
  std::string host;  // kTcp
  unsigned port = 0;
  std::string program, args;  // kProgram
  unsigned timeout_ms = 5000, connect_timeout_ms = 2000;
};

// The shards a stub file lists. Throws IndexError naming FILE:LINE for a bad line.
std::vector<ShardSpec> read_collection_stub(const std::string& path);

// Whether `path` names a stub file (a regular file) rather than an index directory.
bool is_collection_stub(const std::string& path);

class Collection {
 public:
  // Opens every shard of `path` (a stub file or an index directory). A shard
  // that cannot be opened is an IndexError naming it, unless `allow_partial`:
  // then it is left out and listed in missing(). Throws SchemaMismatchError
  // naming a shard built with another schema, analysis or gazetteer.
  void open(const std::string& path, const std::string& analysis, bool allow_partial);
  // Brings the collection to the shards' latest committed state: reopens
  // remote shards and committed local ones; opens afresh when a local shard's
  // stub was switched by lindex --rebuild (reopen() would not follow it).
  // Returns true when it opened afresh (db() is a new database).
  bool refresh(const std::string& analysis, bool allow_partial);

  Xapian::Database& db() { return db_; }
  const std::vector<std::string>& missing() const { return missing_; }
  // Ordinals for one local database; Xapian's own spies otherwise.
  FacetMethod facet_method() const { return facet_method_; }
  // One local lindex index: its facet column if written from the revision
  // db() has open (re-read after a refresh, since lindex rewrites it after
  // each run's last commit); nullptr otherwise, and the values are counted.
  std::shared_ptr<const FacetColumn> facet_column();
  // Whether a shard is served by xapian-tcpsrv or xapian-progsrv: those run only
  // Xapian's built-in match spies, and no match decider.
  bool has_remote() const;

 private:
  struct OpenShard {
    ShardSpec spec;
    Xapian::Database db;
    std::string stub;  // a local index's XAPIANDB when opened
  };

  std::string path_;
  Xapian::Database db_;
  std::vector<OpenShard> shards_;
  std::vector<std::string> missing_;
  FacetMethod facet_method_ = FacetMethod::kOrdinals;
  std::string generation_dir_;  // one local index: the generation its stub names
  std::shared_ptr<const FacetColumn> facet_column_;
};

}  // namespace lsearch
