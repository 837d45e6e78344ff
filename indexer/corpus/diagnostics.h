// Diagnostics: where readers report inputs they skipped or repaired. One bad
// article is a counted, reported skip, never an abort. Thread-safe.
#pragma once

#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace lsearch {

struct Skip {
  std::string where;  // "path" or "path:line"
  std::string why;
};

class Diagnostics {
 public:
  using Listener = std::function<void(const char* level, const Skip&)>;

  // `listener` sees each report as it happens (lindex prints it to stderr).
  explicit Diagnostics(Listener listener = {}) : listener_(std::move(listener)) {}

  void skipped(std::string where, std::string why);   // input not indexed
  void repaired(std::string where, std::string why);  // indexed after a fix
  void warned(std::string where, std::string why);    // indexed; worth knowing

  std::size_t skip_count() const;
  std::size_t repair_count() const;
  std::vector<Skip> skips() const;

 private:
  void report(const char* level, Skip skip, std::vector<Skip>* store, std::size_t* counter);

  Listener listener_;
  mutable std::mutex mutex_;
  std::vector<Skip> skips_;
  std::size_t skips_overflow_ = 0;
  std::size_t repairs_ = 0;
};

}  // namespace lsearch
