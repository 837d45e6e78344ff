#include "common/analysis/caching_stemmer.h"

namespace lsearch {

CachingStemmer::CachingStemmer(const std::string& language, std::size_t max_entries)
    : stem_(language), max_entries_(max_entries) {}

std::string CachingStemmer::operator()(const std::string& word) {
  if (auto it = cache_.find(word); it != cache_.end()) return it->second;
  if (cache_.size() >= max_entries_) cache_.clear();
  return cache_.emplace(word, stem_(word)).first->second;
}

std::string CachingStemmer::get_description() const { return "lsearch::CachingStemmer(" + stem_.get_description() + ")"; }

}  // namespace lsearch
