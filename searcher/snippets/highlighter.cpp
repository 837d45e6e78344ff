#include "searcher/snippets/highlighter.h"

#include <algorithm>

#include "common/analysis/index_words.h"
#include "common/news/name_span.h"
#include "common/schema/fields.h"

namespace lsearch {
namespace {

constexpr std::string_view kEllipsis = "\u2026";
constexpr std::size_t kMaxCandidates = 300;

// Matches separated as the words of one name are (common/news/name_span.h) form one highlight.
bool bridgeable(std::string_view text, std::size_t from, std::size_t to) {
  return joins_name_words(text, from, to);
}

std::vector<Highlight> merged_runs(std::string_view text, const std::vector<Token>& tokens,
                                   const std::vector<std::uint8_t>& matched, std::size_t from,
                                   std::size_t to) {
  std::vector<Highlight> out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!matched[i] || tokens[i].begin < from || tokens[i].end > to) continue;
    if (!out.empty() && bridgeable(text, out.back().end, tokens[i].begin))
      out.back().end = tokens[i].end;
    else
      out.push_back({tokens[i].begin, tokens[i].end});
  }
  return out;
}

}  // namespace

HighlightTerms::HighlightTerms(const Xapian::Query& query, const Analyzer& analyzer)
    : stemmer_(analyzer.make_stemmer()) {
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    std::string term = *it;
    if (term.empty()) continue;
    bool stemmed = term.starts_with(field_spec(Field::kStem).prefix);
    if (stemmed) term.erase(0, field_spec(Field::kStem).prefix.size());
    // title: words count in the text too
    if (term.starts_with(field_spec(Field::kTitle).prefix))
      term.erase(0, field_spec(Field::kTitle).prefix.size());
    if (term.empty() || (term[0] >= 'A' && term[0] <= 'Z')) continue;  // boolean filter terms
    (stemmed ? stems_ : words_).insert(term);
    if (stemmed) stem_starts_.set(static_cast<unsigned char>(term[0]));
    first_bytes_.set(static_cast<unsigned char>(term[0]));
  }
  // is_query_word stems a word that starts with an apostrophe whatever its next byte.
  if (!stems_.empty()) first_bytes_.set('\'');
}

void HighlightTerms::add_alias_keys(const std::vector<std::string>& keys) {
  for (const auto& key : keys) {
    if (key.empty()) continue;
    alias_keys_.insert(key);
    if (key.front() == ' ' || key.back() == ' ' || key.find("  ") != std::string::npos)
      keys_skip_no_word_ = false;
    first_bytes_.set(static_cast<unsigned char>(key[0]));
    std::size_t words = 1;
    for (std::size_t space = key.find(' '); space != std::string::npos;
         space = key.find(' ', space + 1)) {
      alias_prefixes_.insert(key.substr(0, space));
      if (space + 1 < key.size()) first_bytes_.set(static_cast<unsigned char>(key[space + 1]));
      ++words;
    }
    longest_alias_ = std::max(longest_alias_, words);
  }
}

bool HighlightTerms::is_query_word(const std::string& norm) const {
  if (words_.count(norm) != 0) return true;
  if (stems_.empty() || norm.empty()) return false;
  // The English stemmer changes only a word's end (and drops a leading
  // apostrophe): a word whose first byte starts no query stem cannot stem to
  // one, so it is not stemmed at all (Snowball was 1.8M of the 13M
  // instructions of `lsearch oil`). Tested on every word of two corpora.
  if (norm[0] != '\'' && !stem_starts_.test(static_cast<unsigned char>(norm[0]))) return false;
  auto [it, inserted] = seen_.try_emplace(norm, false);
  if (inserted) it->second = stems_.count(stemmer_(norm)) != 0;
  return it->second;
}

std::vector<std::uint8_t> HighlightTerms::match(std::string_view text,
                                                const std::vector<Token>& tokens) const {
  return match_words(text, tokens, [](std::size_t) { return true; });
}

std::vector<std::uint8_t> HighlightTerms::match(std::string_view text,
                                                const SparseWords& words) const {
  return match_words(text, words.kept,
                     [&](std::size_t k) { return words.place[k] == words.place[k - 1] + 1; });
}

// `neighbours(k)`: no word lies between tokens[k - 1] and tokens[k].
template <typename Neighbours>
std::vector<std::uint8_t> HighlightTerms::match_words(std::string_view text,
                                                      const std::vector<Token>& tokens,
                                                      Neighbours&& neighbours) const {
  std::vector<std::uint8_t> matched(tokens.size(), kNoMatch);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& norm = tokens[i].norm;
    if (norm.empty()) continue;  // a word first_bytes() turned away
    if (is_query_word(norm)) matched[i] = kQueryMatch;
    if (alias_keys_.empty()) continue;
    std::string key;
    std::size_t best = 0;
    for (std::size_t k = i; k < tokens.size() && k - i < longest_alias_; ++k) {
      if (k > i) {
        // A word between has an empty term, which no alias key holds: the name ends.
        if (!neighbours(k) || !bridgeable(text, tokens[k - 1].end, tokens[k].begin)) break;
        key.push_back(' ');
      }
      key += tokens[k].norm;
      if (alias_keys_.count(key) != 0) best = k - i + 1;
      if (alias_prefixes_.count(key) == 0) break;
    }
    for (std::size_t k = i; k < i + best; ++k)
      if (matched[k] == kNoMatch) matched[k] = kAliasMatch;
  }
  return matched;
}

namespace {

// The window score: distinct query words first, then distinct entity names, then matches.
class WindowScorer {
 public:
  std::size_t score(const std::vector<Token>& tokens, const std::vector<std::uint8_t>& matched,
                    std::size_t first, std::size_t to) {
    // A window holds a handful of distinct words: a reused vector beats a map per candidate.
    query_words_.clear();
    alias_words_.clear();
    std::size_t hits = 0;
    for (std::size_t k = first; k < tokens.size() && tokens[k].end <= to; ++k) {
      if (matched[k] == HighlightTerms::kNoMatch) continue;
      add_distinct(matched[k] == HighlightTerms::kQueryMatch ? query_words_ : alias_words_,
                   tokens[k].norm);
      ++hits;
    }
    return query_words_.size() * 10000 + alias_words_.size() * 100 + hits;
  }

 private:
  static void add_distinct(std::vector<std::string_view>& seen, std::string_view word) {
    if (std::find(seen.begin(), seen.end(), word) == seen.end()) seen.push_back(word);
  }
  std::vector<std::string_view> query_words_, alias_words_;
};

// Where the best window starts: each run of matches is a candidate, its window
// opening a quarter of the length before it. 0 when nothing matched.
std::size_t best_window_start(const SparseWords& words, const std::vector<std::uint8_t>& matched,
                              std::size_t max_bytes) {
  const std::vector<Token>& tokens = words.kept;
  std::size_t start = 0, best_score = 0, candidates = 0;
  WindowScorer scorer;
  for (std::size_t c = 0; c < tokens.size() && candidates < kMaxCandidates; ++c) {
    if (!matched[c]) continue;
    if (c > 0 && matched[c - 1] && words.place[c - 1] + 1 == words.place[c]) continue;
    ++candidates;
    std::size_t lead = std::min(max_bytes / 4, tokens[c].begin);
    std::size_t from = tokens[c].begin - lead;
    std::size_t score = scorer.score(tokens, matched, c, from + max_bytes);
    if (score > best_score) {
      best_score = score;
      start = from;
    }
  }
  return start;
}

// Start on a word, at the start of its sentence when that is close.
std::size_t align_start(std::string_view text, const std::vector<WordBounds>& words,
                        std::size_t start, std::size_t max_bytes) {
  if (start == 0) return 0;
  auto first = std::find_if(words.begin(), words.end(),
                            [&](const WordBounds& w) { return w.begin >= start; });
  start = first == words.end() ? text.size() : first->begin;
  std::size_t sentence = text.rfind(". ", start);
  if (sentence != std::string_view::npos && start - sentence < max_bytes / 4) start = sentence + 2;
  return start;
}

// The end of the last whole word that fits, with the punctuation that ends it ("said." not
// "said…").
std::size_t window_end(std::string_view text, const std::vector<WordBounds>& words,
                       std::size_t start, std::size_t max_bytes) {
  std::size_t end = start;
  for (const WordBounds& t : words)
    if (t.begin >= start && t.end <= start + max_bytes) end = std::max(end, t.end);
  if (end == start) {
    // No whole word fits: cut anyway, but never inside a UTF-8 character.
    end = std::min(text.size(), start + max_bytes);
    while (end > start && end < text.size() &&
           (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
      --end;
  }
  while (end < text.size() && end < start + max_bytes + 2 &&
         std::string_view(".,;:!?\"')").find(text[end]) != std::string_view::npos)
    ++end;
  return end;
}

// text[start, end) on one line, with "…" where it was cut and the highlights shifted to match.
Snippet cut_snippet(std::string_view text, const std::vector<Token>& tokens,
                    const std::vector<std::uint8_t>& matched, std::size_t start, std::size_t end) {
  Snippet snippet;
  std::size_t shift = 0;
  if (start > 0) {
    snippet.text = kEllipsis;
    shift = kEllipsis.size();
  }
  std::string body(text.substr(start, end - start));
  std::replace(body.begin(), body.end(), '\n', ' ');
  std::replace(body.begin(), body.end(), '\t', ' ');
  snippet.text += body;
  if (end < text.size()) snippet.text += kEllipsis;
  for (Highlight h : merged_runs(text, tokens, matched, start, end))
    snippet.highlights.push_back({h.begin - start + shift, h.end - start + shift});
  return snippet;
}

// The words of `text` as the highlighter reads them: bounds for all, terms for
// those that can match; every word kept (turned-away ones with empty terms) when
// an alias key could take one in.
SparseWords words_of(std::string_view text, const HighlightTerms& terms) {
  if (terms.keys_skip_no_word()) return index_words_sparse(text, terms.first_bytes());
  SparseWords words;
  words.kept = index_words(text, terms.first_bytes());
  for (const Token& t : words.kept) {
    words.place.push_back(static_cast<std::uint32_t>(words.all.size()));
    words.all.push_back({t.begin, t.end});
  }
  return words;
}

}  // namespace

Snippet make_snippet(std::string_view text, const HighlightTerms& terms, std::size_t max_bytes) {
  const SparseWords words = words_of(text, terms);
  const std::vector<std::uint8_t> matched = terms.match(text, words);
  std::size_t start =
      align_start(text, words.all, best_window_start(words, matched, max_bytes), max_bytes);
  std::size_t end = window_end(text, words.all, start, max_bytes);
  return cut_snippet(text, words.kept, matched, start, end);
}

std::vector<Highlight> highlight_all(std::string_view text, const HighlightTerms& terms) {
  const SparseWords words = words_of(text, terms);
  return merged_runs(text, words.kept, terms.match(text, words), 0, text.size());
}

}  // namespace lsearch
