// WatchState: what one saved search (lsearch --watch NAME) has reported, so
// that the next run reports only articles added or changed since. Kept in
// DIR/NAME.watch (DIR: --watch-dir, else $XDG_STATE_HOME/lsearch/watches, else
// ~/.local/state/lsearch/watches): one line per reported article, "KEY HASH"
// (the article id's fnv1a64 and its article hash, schema slot 6), which a
// rebuild leaves unchanged, so a watch survives lindex --rebuild.
//
// Concurrency: the constructor takes an exclusive flock on DIR/NAME.lock and
// holds it until destruction, so two runs of one watch are serialised: the
// second reads what the first saved and reports only what the first did not
// (neither both miss nor both repeat). save() writes a temporary file, fsyncs
// it, renames it over the state and fsyncs the directory: a crash leaves the
// old state or the new one, never a mix (a crash after printing and before
// saving reports those articles again: at least once, never lost).
#pragma once

#include <string>
#include <vector>

#include "lsearch/searcher.h"

namespace lsearch {

class WatchState {
 public:
  // The default DIR, from the environment.
  static std::string default_dir();
  // Waits for the watch's lock, then reads its state. Throws Error for a name
  // that is not [A-Za-z0-9._-]+, an unreadable state, or a state made for
  // another index than `db_path`.
  WatchState(const std::string& dir, const std::string& name, const std::string& db_path);
  ~WatchState();
  WatchState(const WatchState&) = delete;
  WatchState& operator=(const WatchState&) = delete;

  bool first_run() const { return first_run_; }
  const SeenArticles& seen() const { return seen_; }
  const std::string& path() const { return path_; }
  // Replaces the state with `next`, atomically. Throws Error on a write failure.
  void save(const SeenArticles& next);

 private:
  std::string dir_, path_, db_;
  int lock_fd_ = -1;
  bool first_run_ = true;
  SeenArticles seen_;
};

// The state after a run: the matches that were seen and have not changed,
// plus the articles this run reported. Articles gone from the query are
// dropped (they would be new again if they came back).
SeenArticles next_seen(const SeenArticles& seen, const SeenArticles& matched,
                       const std::vector<std::string>& reported_ids);

}  // namespace lsearch
