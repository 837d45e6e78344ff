#include "indexer/database_layout.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <thread>

#include "common/error.h"

namespace fs = std::filesystem;

namespace lsearch {
namespace {

void write_file_durably(const std::string& path, const std::string& content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw IndexError(path + ": cannot write: " + std::strerror(errno));
  bool ok = ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
  ok = ::fsync(fd) == 0 && ok;
  ::close(fd);
  if (!ok) throw IndexError(path + ": cannot write: " + std::strerror(errno));
}

void fsync_directory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

// A scratch directory of a live process is in use; others were left by a crash.
bool dead_scratch(const std::string& name) {
  auto pid = parse_scratch_name(name);
  return pid && ::kill(*pid, 0) != 0 && errno == ESRCH;
}

}  // namespace

DatabaseLayout::DatabaseLayout(std::string root) : root_(std::move(root)) {
  while (root_.size() > 1 && root_.back() == '/') root_.pop_back();
}

bool DatabaseLayout::exists() const {
  std::error_code ec;
  return fs::is_regular_file(stub_path(), ec);
}

void DatabaseLayout::prepare() const {
  std::error_code ec;
  if (!fs::exists(root_, ec)) {
    fs::create_directories(root_, ec);
    if (ec) throw IndexError(root_ + ": cannot create the index directory: " + ec.message());
    return;
  }
  if (!fs::is_directory(root_, ec)) throw IndexError(root_ + ": exists and is not a directory");
  if (exists()) return;
  if (fs::exists(root_ + "/iamglass", ec))
    throw IndexError(root_ +
                     ": is a bare Xapian database, not an lsearch index; choose another --db");
  for (const auto& entry : fs::directory_iterator(root_, ec)) {
    std::string name = entry.path().filename().string();
    if (name != kLockName && !name.starts_with(kGenerationPrefix) &&
        !name.starts_with(kScratchPrefix))
      throw IndexError(root_ +
                       ": directory is not empty and is not an lsearch index; choose another --db");
  }
}

std::vector<std::string> DatabaseLayout::generations() const {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root_, ec)) {
    std::string name = entry.path().filename().string();
    if (parse_generation_name(name) && entry.is_directory(ec)) names.push_back(name);
  }
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return *parse_generation_name(a) < *parse_generation_name(b);
  });
  return names;
}

std::optional<std::string> DatabaseLayout::live_generation() const {
  const std::string stub = read_index_stub(root_);
  if (stub.empty()) return std::nullopt;
  const std::string path = root_ + "/" + *stub_generation(stub);
  std::error_code ec;
  if (!fs::is_directory(path, ec))
    throw IndexError(stub_path() + ": names " + *stub_generation(stub) +
                     ", which is missing; run lindex --rebuild to rebuild the index");
  return path;
}

std::optional<std::string> DatabaseLayout::live_generation_if_valid() const {
  try {
    return live_generation();
  } catch (const IndexError&) {
    return std::nullopt;
  }
}

std::string DatabaseLayout::new_generation_path() const {
  unsigned next = 1;
  for (const auto& name : generations()) next = std::max(next, *parse_generation_name(name) + 1);
  return root_ + "/" + generation_name(next);
}

std::string DatabaseLayout::scratch_path() const {
  return root_ + "/" + std::string(kScratchPrefix) + std::to_string(::getpid());
}

void DatabaseLayout::switch_to(const std::string& generation) const {
  std::string name = fs::path(generation).filename().string();
  std::string tmp = stub_path() + ".tmp";
  write_file_durably(tmp, "auto " + name + "\n");
  if (std::rename(tmp.c_str(), stub_path().c_str()) != 0)
    throw IndexError(stub_path() + ": cannot replace the stub: " + std::strerror(errno));
  fsync_directory(root_);
}

void DatabaseLayout::remove_old_generations(const std::optional<std::string>& previous) const {
  auto live = live_generation_if_valid();
  if (!live) return;  // never clean up around a stub we cannot read
  const std::string live_name = fs::path(*live).filename().string();
  const std::string previous_name = previous ? fs::path(*previous).filename().string() : "";
  std::error_code ec;
  for (const auto& name : generations())
    if (name != live_name && name != previous_name) fs::remove_all(root_ + "/" + name, ec);
  for (const auto& entry : fs::directory_iterator(root_, ec))
    if (entry.is_directory(ec) && dead_scratch(entry.path().filename().string()))
      fs::remove_all(entry.path(), ec);
}

GenerationGuard::~GenerationGuard() {
  if (path_.empty()) return;
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

WriteLock::WriteLock(const std::string& lock_path, double timeout_seconds,
                     const std::atomic<bool>* cancel) {
  fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw IndexError(lock_path + ": cannot open the lock file: " + std::strerror(errno));
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_seconds);
  auto release = [&] {
    ::close(fd_);
    fd_ = -1;
  };
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK || std::chrono::steady_clock::now() >= deadline) {
      release();
      throw LockedError(lock_path + ": another lindex is writing this index (waited " +
                        std::to_string(static_cast<int>(timeout_seconds)) +
                        " s; see --lock-timeout)");
    }
    if (cancel != nullptr && cancel->load()) {
      release();
      throw InterruptedError("interrupted while waiting for another lindex to finish");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

WriteLock::~WriteLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace lsearch
