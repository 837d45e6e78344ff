#include "common/news/near_duplicate.h"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_set>

#include "common/analysis/tokenizer.h"
#include "common/util/hash.h"

namespace lsearch {
namespace {

// Tags Reuters puts before a headline (eval/duplicates/README.md lists them), in any case,
// before '-' or ':' ("UPDATE 2-", "Timeline:", "CORRECTED - ").
constexpr std::array<std::string_view, 16> kTags = {
    "UPDATE",  "WRAPUP",    "RPT",     "REFILE",        "CORRECTED", "CORRECTION",
    "INSIGHT", "NEWSMAKER", "PREVIEW", "FACTBOX",       "ANALYSIS",  "EXCLUSIVE",
    "BRIEF",   "TIMELINE",  "RLPC",    "SPECIAL REPORT"};

// One-word attributions glued to a headline's end ("stake in UniCredit-source").
constexpr std::array<std::string_view, 12> kGluedAttributions = {
    "source", "sources", "official", "officials", "report",  "paper",
    "tv",     "agency",  "witness",  "witnesses", "bankers", "media"};

// Words that carry no story: a copy adds or drops them freely ("agrees sanctions" /
// "agrees to sanctions").
constexpr std::array<std::string_view, 33> kStopWords = {
    "a",   "an",   "the",  "of",   "in",   "on",   "at",   "to",   "for",  "and",   "or",
    "by",  "with", "from", "as",   "is",   "are",  "was",  "were", "be",   "has",   "have",
    "had", "its",  "it",   "this", "that", "says", "said", "say",  "over", "after", "into"};

// Spellings of one word in wire headlines ("U.S." / "US", "bln" / "billion", "three" / "3").
struct Spelling {
  std::string_view from, to;
};
constexpr std::array<Spelling, 22> kSpellings = {{
    {"u.s", "us"},
    {"u.n", "un"},
    {"u.k", "uk"},
    {"bln", "billion"},
    {"mln", "million"},
    {"pct", "percent"},
    {"govt", "government"},
    {"gov't", "government"},
    {"calif", "california"},
    {"defences", "defenses"},
    {"centres", "centers"},
    {"centre", "center"},
    {"one", "1"},
    {"two", "2"},
    {"three", "3"},
    {"four", "4"},
    {"five", "5"},
    {"six", "6"},
    {"seven", "7"},
    {"eight", "8"},
    {"nine", "9"},
    {"ten", "10"},
}};

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

char upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

bool starts_with_tag(std::string_view s, std::string_view tag) {
  if (s.size() < tag.size()) return false;
  for (std::size_t i = 0; i < tag.size(); ++i)
    if (upper(s[i]) != tag[i]) return false;
  return true;
}

// One leading tag ("UPDATE 2-", "RPT-", "UPDATE 1 -", "Factbox: "): its length, or 0.
std::size_t tag_length(std::string_view s) {
  for (std::string_view tag : kTags) {
    if (!starts_with_tag(s, tag)) continue;
    std::size_t i = tag.size();
    while (i < s.size() && (is_space(s[i]) || (s[i] >= '0' && s[i] <= '9'))) ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == ':')) {
      ++i;
      while (i < s.size() && is_space(s[i])) ++i;
      return i;
    }
  }
  return 0;
}

std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool letter = !is_space(c);
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

bool is_glued_attribution(std::string_view word) {
  std::string lower;
  for (char c : word) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return std::find(kGluedAttributions.begin(), kGluedAttributions.end(), lower) !=
         kGluedAttributions.end();
}

// SplitMix64's finaliser: a well-mixed 64-bit hash of a 64-bit value.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// A normalised token as the key sees it: spellings unified, possessive and plural 's' dropped,
// stop words gone (empty).
std::string key_word(std::string word) {
  for (std::string_view possessive : {"'s", "\u2019s"})
    if (word.size() > possessive.size() && word.ends_with(possessive))
      word.resize(word.size() - possessive.size());
  while (!word.empty() && (word.back() == '.' || word.back() == '\'')) word.pop_back();
  for (const auto& s : kSpellings)
    if (word == s.from) return std::string(s.to);
  if (std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end()) return "";
  if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
  return word;
}

}  // namespace

std::string_view strip_version_tags(std::string_view title) {
  while (!title.empty() && is_space(title.front())) title.remove_prefix(1);
  while (std::size_t n = tag_length(title)) title.remove_prefix(n);
  return title;
}

std::string_view strip_attribution(std::string_view title) {
  while (!title.empty() && is_space(title.back())) title.remove_suffix(1);
  const std::size_t cut = title.find_last_of("-:");
  if (cut == std::string_view::npos || cut == 0) return title;
  std::string_view head = title.substr(0, cut), tail = title.substr(cut + 1);
  const bool spaced = is_space(head.back()) || (!tail.empty() && is_space(tail.front()));
  while (!tail.empty() && is_space(tail.front())) tail.remove_prefix(1);
  while (!head.empty() && is_space(head.back())) head.remove_suffix(1);
  if (tail.empty() || word_count(head) < 4) return title;
  const std::size_t tail_words = word_count(tail);
  if ((spaced && tail_words <= 3) || (tail_words == 1 && is_glued_attribution(tail))) return head;
  return title;
}

std::vector<Token> lead_tokens(std::string_view body) {
  body = body.substr(0, std::min(body.size(), kLeadBytes));
  // No word spans a space (ASCII path or ICU's rules), so the tokens of a prefix that ends at
  // one are the whole text's up to there: tokenizing the 4 KB for 40 words was most of the
  // key's cost (issue 15).
  for (std::size_t want = 512; want < body.size(); want *= 2) {
    const std::size_t space = body.find(' ', want);
    if (space == std::string_view::npos) break;
    std::vector<Token> tokens = tokenize(body.substr(0, space));
    if (tokens.size() >= kLeadWords) return tokens;
  }
  return tokenize(body);
}

std::vector<std::string> near_duplicate_words(std::string_view title, std::string_view body) {
  std::vector<std::string> words;
  auto add = [&words](std::string norm) {
    if (std::string word = key_word(std::move(norm)); !word.empty()) words.push_back(word);
  };
  for (auto& token : tokenize(strip_attribution(strip_version_tags(title)))) add(token.norm);
  std::size_t lead = 0;
  for (auto& token : lead_tokens(body)) {
    if (lead++ == kLeadWords) break;
    add(token.norm);
  }
  return words;
}

std::vector<std::uint64_t> shingles(const std::vector<std::string>& words) {
  std::unordered_set<std::uint64_t> set;
  for (const auto& word : words) set.insert(fnv1a64(word));
  return {set.begin(), set.end()};
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
