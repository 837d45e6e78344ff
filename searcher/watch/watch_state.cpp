#include "searcher/watch/watch_state.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "searcher/watch/unseen_decider.h"

namespace lsearch {
namespace {

constexpr const char* kMagic = "lsearch-watch 1";

bool valid_name(const std::string& name) {
  if (name.empty() || name.size() > 100 || name[0] == '.') return false;
  for (char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-')
      return false;
  return true;
}

std::string errno_text() {
  return std::strerror(errno);
}

void fsync_path(const std::string& path, int flags) {
  int fd = ::open(path.c_str(), flags);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// The index a state belongs to, as an absolute path (the same index however it is named).
std::string canonical_db(const std::string& db_path) {
  std::error_code ec;
  auto canonical = std::filesystem::weakly_canonical(db_path, ec);
  return ec ? db_path : canonical.string();
}

}  // namespace

std::string WatchState::default_dir() {
  const char* state = std::getenv("XDG_STATE_HOME");
  if (state != nullptr && *state == '/') return std::string(state) + "/lsearch/watches";
  const char* home = std::getenv("HOME");
  return std::string(home != nullptr ? home : ".") + "/.local/state/lsearch/watches";
}

WatchState::WatchState(const std::string& dir, const std::string& name, const std::string& db_path)
    : dir_(dir), path_(dir + "/" + name + ".watch"), db_(canonical_db(db_path)) {
  if (!valid_name(name))
    throw Error("watch name '" + name + "': use letters, digits, '.', '_' and '-'");
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) throw Error(dir_ + ": cannot create the watch directory: " + ec.message());
  const std::string lock_path = dir_ + "/" + name + ".lock";
  lock_fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0) throw Error(lock_path + ": " + errno_text());
  while (::flock(lock_fd_, LOCK_EX) != 0)
    if (errno != EINTR) throw Error(lock_path + ": cannot lock: " + errno_text());

  std::ifstream in(path_);
  if (!in) return;  // never run: every match is new
  std::string line;
  if (!std::getline(in, line) || line != kMagic) throw Error(path_ + ": not a watch state");
  if (!std::getline(in, line) || line.rfind("db ", 0) != 0)
    throw Error(path_ + ": not a watch state");
  if (line.substr(3) != db_)
    throw Error("watch '" + name + "' belongs to the index " + line.substr(3) +
                "; use another name for " + db_);
  first_run_ = false;
  while (std::getline(in, line)) {
    std::uint64_t key = 0, hash = 0;
    if (std::sscanf(line.c_str(), "%" SCNx64 " %" SCNx64, &key, &hash) == 2) seen_[key] = hash;
  }
}

WatchState::~WatchState() {
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the flock
}

void WatchState::save(const SeenArticles& next) {
  const std::string temp = path_ + ".tmp";
  std::FILE* out = std::fopen(temp.c_str(), "w");
  if (out == nullptr) throw Error(temp + ": " + errno_text());
  bool ok = std::fprintf(out, "%s\ndb %s\n", kMagic, db_.c_str()) > 0;
  for (const auto& [key, hash] : next)
    ok = ok && std::fprintf(out, "%016" PRIx64 " %016" PRIx64 "\n", key, hash) > 0;
  ok = ok && std::fflush(out) == 0 && ::fsync(::fileno(out)) == 0;
  ok = std::fclose(out) == 0 && ok;
  if (!ok || std::rename(temp.c_str(), path_.c_str()) != 0) {
    std::string why = errno_text();
    std::remove(temp.c_str());
    throw Error(path_ + ": cannot save the watch state: " + why);
  }
  fsync_path(dir_, O_RDONLY | O_DIRECTORY);
  seen_ = next;
  first_run_ = false;
}

SeenArticles next_seen(const SeenArticles& seen, const SeenArticles& matched,
                       const std::vector<std::string>& reported_ids) {
  SeenArticles next;
  for (const auto& [key, hash] : matched) {
    auto it = seen.find(key);
    if (it != seen.end() && it->second == hash) next.emplace(key, hash);
  }
  for (const auto& id : reported_ids) {
    std::uint64_t key = article_key(id);
    auto it = matched.find(key);
    if (it != matched.end()) next[key] = it->second;
  }
  return next;
}

}  // namespace lsearch
