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
#include <fstream>
#include <thread>

#include "common/error.h"

namespace fs = std::filesystem;

namespace lsearch {
namespace {

constexpr const char* kGenerationPrefix = "gen-";

std::string generation_name(unsigned number) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%06u", kGenerationPrefix, number);
  return buf;
}

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

}  // namespace

DatabaseLayout::DatabaseLayout(std::string root) : root_(std::move(root)) {
  while (root_.size() > 1 && root_.back() == '/') root_.pop_back();
}

bool DatabaseLayout::exists() const {
  return fs::is_regular_file(stub_path());
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
    if (name != "lock" && !name.starts_with(kGenerationPrefix) && !name.starts_with("scratch-"))
      throw IndexError(root_ +
                       ": directory is not empty and is not an lsearch index; choose another --db");
  }
}

std::vector<std::string> DatabaseLayout::generations() const {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root_, ec)) {
    std::string name = entry.path().filename().string();
    if (name.starts_with(kGenerationPrefix) && entry.is_directory(ec)) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::optional<std::string> DatabaseLayout::live_generation() const {
  std::ifstream in(stub_path());
  std::string backend, name;
  if (!(in >> backend >> name) || backend != "auto") return std::nullopt;
  return root_ + "/" + name;
}

std::string DatabaseLayout::new_generation_path() const {
  unsigned next = 1;
  for (const auto& name : generations())
    next = std::max(next, static_cast<unsigned>(std::stoul(name.substr(4))) + 1);
  return root_ + "/" + generation_name(next);
}

std::string DatabaseLayout::scratch_path() const {
  return root_ + "/scratch-" + std::to_string(::getpid());
}

void DatabaseLayout::switch_to(const std::string& generation) const {
  std::string name = fs::path(generation).filename().string();
  std::string tmp = stub_path() + ".tmp";
  write_file_durably(tmp, "auto " + name + "\n");
  if (std::rename(tmp.c_str(), stub_path().c_str()) != 0)
    throw IndexError(stub_path() + ": cannot replace the stub: " + std::strerror(errno));
  fsync_directory(root_);
}

void DatabaseLayout::remove_old_generations() const {
  auto live = live_generation();
  std::string live_name = live ? fs::path(*live).filename().string() : "";
  std::vector<std::string> names = generations();
  std::error_code ec;
  for (std::size_t i = 0; i < names.size(); ++i) {
    bool is_live = names[i] == live_name;
    bool is_previous = i + 1 < names.size() && names[i + 1] == live_name;
    if (!is_live && !is_previous && names[i] < live_name)
      fs::remove_all(root_ + "/" + names[i], ec);
  }
  for (const auto& entry : fs::directory_iterator(root_, ec)) {
    std::string name = entry.path().filename().string();
    if (!name.starts_with("scratch-")) continue;
    // A scratch directory of a live process is in use; others were left by a crash.
    std::string pid = name.substr(8);
    if (pid.empty() || !std::all_of(pid.begin(), pid.end(), ::isdigit) ||
        (::kill(std::stoi(pid), 0) != 0 && errno == ESRCH))
      fs::remove_all(entry.path(), ec);
  }
}

WriteLock::WriteLock(const std::string& lock_path, double timeout_seconds) {
  fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw IndexError(lock_path + ": cannot open the lock file: " + std::strerror(errno));
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_seconds);
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK || std::chrono::steady_clock::now() >= deadline) {
      ::close(fd_);
      fd_ = -1;
      throw LockedError(lock_path + ": another lindex is writing this index (waited " +
                        std::to_string(static_cast<int>(timeout_seconds)) +
                        " s; see --lock-timeout)");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

WriteLock::~WriteLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

}  // namespace lsearch
