// A stemmer that remembers what it stemmed. News text repeats a small
// vocabulary (Reuters-21578: 3.7M words, 57k distinct), and Snowball costs
// about 150 ns a word against 35 ns for a lookup, so the indexer's
// TermGenerator stems through this. Not thread-safe, like Xapian::Stem.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>

namespace lsearch {

class CachingStemmer : public Xapian::StemImplementation {
 public:
  // Memory stays bounded: the cache starts over after `max_entries` words.
  explicit CachingStemmer(const std::string& language, std::size_t max_entries = 100'000);

  std::string operator()(const std::string& word) override;
  std::string get_description() const override;

  std::size_t cached() const { return cache_.size(); }

 private:
  Xapian::Stem stem_;
  std::size_t max_entries_;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace lsearch
