// DatabaseLayout: the index directory as lindex manages it (the names are in
// common/index_layout.h, shared with the searcher). Readers open the directory
// (Xapian follows the stub); a rebuild writes a new generation beside the live
// one and renames a new stub over the old, so a reader that opens afresh gets
// the old or the new index, never a mix. Entries that are not ours are never
// touched. WriteLock serialises writers with flock() on the lock file.
#pragma once

#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "common/index_layout.h"

namespace lsearch {

class DatabaseLayout {
 public:
  explicit DatabaseLayout(std::string root);

  const std::string& root() const { return root_; }
  // True when the directory holds a stub (valid or not).
  bool exists() const;
  // Throws IndexError when `root` is something else (a file, a bare Xapian
  // database, a non-empty directory that is not an index). Creates it if absent.
  void prepare() const;

  // Absolute path of the live generation; nullopt when there is no stub.
  // Throws IndexError (naming the fix, lindex --rebuild) when the stub is
  // damaged or names a generation that is missing.
  std::optional<std::string> live_generation() const;
  // As live_generation(), but nullopt instead of throwing (a rebuild repairs it).
  std::optional<std::string> live_generation_if_valid() const;
  // Path for a new generation (not created).
  std::string new_generation_path() const;
  // Scratch directory for shard builds (removed by the caller).
  std::string scratch_path() const;
  // Atomically points the stub at `generation` (a path inside root).
  void switch_to(const std::string& generation) const;
  // Removes our generations other than the live one and `previous` (the
  // generation that was live before the switch: readers may still have it
  // open, and it is the last good one), and scratch directories of dead
  // processes. A partial generation left by a failed run is never `previous`.
  void remove_old_generations(const std::optional<std::string>& previous) const;

  std::string lock_path() const { return root_ + "/" + std::string(kLockName); }
  std::string stub_path() const { return lsearch::stub_path(root_); }

 private:
  std::vector<std::string> generations() const;  // our generation names, sorted
  std::string root_;
};

// Removes a generation directory being written unless release() was called:
// a failed build or compaction (disk full) leaves nothing behind.
class GenerationGuard {
 public:
  explicit GenerationGuard(std::string path) : path_(std::move(path)) {}
  ~GenerationGuard();
  GenerationGuard(const GenerationGuard&) = delete;
  GenerationGuard& operator=(const GenerationGuard&) = delete;
  void release() { path_.clear(); }

 private:
  std::string path_;
};

class WriteLock {
 public:
  // Waits up to `timeout_seconds` for the lock; throws LockedError after, and
  // InterruptedError as soon as `*cancel` is set (SIGTERM while waiting).
  WriteLock(const std::string& lock_path, double timeout_seconds,
            const std::atomic<bool>* cancel = nullptr);
  ~WriteLock();
  WriteLock(const WriteLock&) = delete;
  WriteLock& operator=(const WriteLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace lsearch
