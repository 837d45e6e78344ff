#include "indexer/corpus/diagnostics.h"

#include "lsearch/indexer.h"

namespace lsearch {

void Diagnostics::report(const char* level, Skip skip, std::vector<Skip>* store,
                         std::size_t* counter) {
  std::lock_guard lock(mutex_);
  if (listener_) listener_(level, skip);
  if (counter != nullptr) ++*counter;
  // Keep a bounded sample for the JSON summary; counts stay exact.
  if (store != nullptr && store->size() < kListedSkipsMax)
    store->push_back(std::move(skip));
  else if (store != nullptr)
    ++skips_overflow_;
}

void Diagnostics::skipped(std::string where, std::string why) {
  report("skipped", {std::move(where), std::move(why)}, &skips_, nullptr);
}
void Diagnostics::repaired(std::string where, std::string why) {
  report("repaired", {std::move(where), std::move(why)}, nullptr, &repairs_);
}
void Diagnostics::warned(std::string where, std::string why) {
  report("warning", {std::move(where), std::move(why)}, nullptr, nullptr);
}

std::size_t Diagnostics::skip_count() const {
  std::lock_guard lock(mutex_);
  return skips_.size() + skips_overflow_;
}
std::size_t Diagnostics::repair_count() const {
  std::lock_guard lock(mutex_);
  return repairs_;
}
std::vector<Skip> Diagnostics::skips() const {
  std::lock_guard lock(mutex_);
  return skips_;
}

}  // namespace lsearch
