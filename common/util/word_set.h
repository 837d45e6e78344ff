// A set of words asked about far more often than it holds the word: the entity passes ask
// the name lexicon's lists of nearly every token. A bit per (length, first, middle and last
// byte) slot turns most absent words away before they are hashed (callgrind: the string
// hash and bucket walk of std::unordered_set were a fifth of entity extraction).
// Read-only after it is built: thread-safe to read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace lsearch {

class WordSet {
 public:
  WordSet() : filter_(kMinWords, 0) {}
  WordSet(std::initializer_list<const char*> words) : WordSet() {
    for (const char* w : words) insert(w);
  }

  void insert(std::string word) {
    if (8 * (words_.size() + 1) > 64 * filter_.size()) grow();
    mark(word);
    words_.insert(std::move(word));
  }
  bool contains(const std::string& word) const {
    const std::size_t s = slot(word);
    if ((filter_[s / 64 & (filter_.size() - 1)] >> (s % 64) & 1) == 0) return false;
    return words_.count(word) != 0;
  }
  std::size_t size() const { return words_.size(); }

 private:
  static constexpr std::size_t kMinWords = 16;  // 1,024 bits

  // A 32-bit slot; the filter keeps its low bits (a power of two of them).
  static std::size_t slot(std::string_view w) {
    auto byte = [&](std::size_t i) { return std::uint32_t{static_cast<unsigned char>(w[i])}; };
    std::uint32_t key = static_cast<std::uint32_t>(w.size());
    if (!w.empty()) key ^= byte(0) << 8 ^ byte(w.size() / 2) << 16 ^ byte(w.size() - 1) << 24;
    return (key * 0x9E3779B1u) >> 7;
  }
  void mark(std::string_view w) {
    const std::size_t s = slot(w);
    filter_[s / 64 & (filter_.size() - 1)] |= std::uint64_t{1} << (s % 64);
  }
  // Eight bits a word or more, so that few absent words find their bit set.
  void grow() {
    filter_.assign(filter_.size() * 2, 0);
    for (const std::string& w : words_) mark(w);
  }

  std::vector<std::uint64_t> filter_;
  std::unordered_set<std::string> words_;
};

}  // namespace lsearch
