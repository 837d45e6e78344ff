#include "common/news/near_duplicate.h"

#include <algorithm>
#include <array>
#include <limits>

#include "common/analysis/tokenizer.h"
#include "common/util/hash.h"

namespace lsearch {
namespace {

// Tags Reuters puts before a headline (eval/duplicates/README.md lists them).
constexpr std::array<std::string_view, 13> kTags = {
    "UPDATE",  "WRAPUP",  "RPT",      "REFILE",    "CORRECTED", "INSIGHT",   "NEWSMAKER",
    "PREVIEW", "FACTBOX", "ANALYSIS", "EXCLUSIVE", "BRIEF",     "CORRECTION"};

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

// One leading tag ("UPDATE 2-", "RPT-", "UPDATE 1 -"): its length, or 0.
std::size_t tag_length(std::string_view s) {
  for (std::string_view tag : kTags) {
    if (s.substr(0, tag.size()) != tag) continue;
    std::size_t i = tag.size();
    while (i < s.size() && (is_space(s[i]) || (s[i] >= '0' && s[i] <= '9'))) ++i;
    if (i < s.size() && s[i] == '-') {
      ++i;
      while (i < s.size() && is_space(s[i])) ++i;
      return i;
    }
  }
  return 0;
}

// SplitMix64's finaliser: a well-mixed 64-bit hash of a 64-bit value.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

std::string_view strip_version_tags(std::string_view title) {
  while (!title.empty() && is_space(title.front())) title.remove_prefix(1);
  while (std::size_t n = tag_length(title)) title.remove_prefix(n);
  return title;
}

std::vector<std::string> near_duplicate_words(std::string_view title, std::string_view body) {
  std::vector<std::string> words;
  for (auto& token : tokenize(strip_version_tags(title))) words.push_back(std::move(token.norm));
  std::size_t lead = 0;
  for (auto& token : tokenize(body.substr(0, std::min<std::size_t>(body.size(), 4096)))) {
    if (lead++ == kLeadWords) break;
    words.push_back(std::move(token.norm));
  }
  return words;
}

std::vector<std::uint64_t> shingles(const std::vector<std::string>& words) {
  std::vector<std::uint64_t> out;
  if (words.size() == 1) out.push_back(fnv1a64(words[0]));
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    out.push_back(fnv1a64(words[i + 1], fnv1a64(std::string_view(" ", 1), fnv1a64(words[i]))));
  return out;
}

std::string near_duplicate_key(std::string_view title, std::string_view body, int rows) {
  const std::vector<std::uint64_t> set = shingles(near_duplicate_words(title, body));
  if (set.empty()) return "";
  std::uint64_t band = kFnvOffset;
  for (int row = 0; row < rows; ++row) {
    std::uint64_t seed = mix(static_cast<std::uint64_t>(row) + 1);
    std::uint64_t min = std::numeric_limits<std::uint64_t>::max();
    for (std::uint64_t s : set) min = std::min(min, mix(s ^ seed));
    band = mix(band ^ min);
  }
  return hex64(band);
}

}  // namespace lsearch
