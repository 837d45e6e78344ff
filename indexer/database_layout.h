// DatabaseLayout: an lsearch index is a directory holding a Xapian stub file
// (XAPIANDB: "auto gen-000007") and generation directories, each a glass
// database. Readers open the directory (Xapian follows the stub); a rebuild
// writes a new generation beside the live one and renames a new stub over the
// old, so a reader that opens afresh gets the old or the new index, never a
// mix. WriteLock serialises writers with flock() on the directory's lock file.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lsearch {

class DatabaseLayout {
 public:
  explicit DatabaseLayout(std::string root);

  const std::string& root() const { return root_; }
  // True when the directory holds an lsearch stub.
  bool exists() const;
  // Throws IndexError when `root` is something else (a file, a bare Xapian
  // database, a non-empty directory that is not an index). Creates it if absent.
  void prepare() const;

  // Absolute path of the live generation, if any.
  std::optional<std::string> live_generation() const;
  // Path for a new generation (not created).
  std::string new_generation_path() const;
  // Scratch directory for shard builds (removed by the caller).
  std::string scratch_path() const;
  // Atomically points the stub at `generation` (a path inside root).
  void switch_to(const std::string& generation) const;
  // Removes generations other than the live one and the one before it (readers
  // may still have the previous one open), and stale scratch directories.
  void remove_old_generations() const;

  std::string lock_path() const { return root_ + "/lock"; }
  std::string stub_path() const { return root_ + "/XAPIANDB"; }

 private:
  std::vector<std::string> generations() const;  // sorted names
  std::string root_;
};

class WriteLock {
 public:
  // Waits up to `timeout_seconds` for the lock; throws LockedError after.
  WriteLock(const std::string& lock_path, double timeout_seconds);
  ~WriteLock();
  WriteLock(const WriteLock&) = delete;
  WriteLock& operator=(const WriteLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace lsearch
