#include "common/news/entity_extractor.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "common/analysis/tokenizer.h"
#include "common/schema/value_codec.h"

namespace lsearch {
namespace {

// Tokens belong to one name only when nothing but spaces or hyphens separates them.
bool joined(std::string_view text, const Token& a, const Token& b) {
  if (b.begin < a.end || b.begin - a.end > 3) return false;
  for (std::size_t i = a.end; i < b.begin; ++i)
    if (text[i] != ' ' && text[i] != '-') return false;
  return true;
}

std::string join_keys(const std::vector<Token>& tokens, std::size_t from, std::size_t to) {
  std::string key;
  for (std::size_t k = from; k < to; ++k) {
    if (!key.empty()) key.push_back(' ');
    key += tokens[k].norm;
  }
  return key;
}

struct Found {
  EntityMention mention;
  std::size_t first_pos;
  std::vector<std::string> name_tokens;  // normalised tokens usable for linking
};

class Collector {
 public:
  Found& add(EntityKind kind, const std::string& id, const std::string& canonical,
             std::size_t pos) {
    std::string key = std::string(to_string(kind)) + ":" + id;
    auto [it, inserted] = index_.emplace(key, found_.size());
    if (inserted) found_.push_back({{kind, id, canonical, 0}, pos, {}});
    Found& f = found_[it->second];
    ++f.mention.count;
    return f;
  }
  std::vector<Found>& all() { return found_; }

 private:
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<Found> found_;
};

}  // namespace

std::vector<EntityMention> EntityExtractor::extract(std::string_view text) const {
  return extract(text, tokenize(text));
}

std::vector<EntityMention> EntityExtractor::extract(std::string_view text,
                                                    const std::vector<Token>& tokens) const {
  const std::size_t n = tokens.size();
  Collector collector;
  std::vector<std::size_t> loose;  // lone capitalised tokens to link afterwards

  auto is_name_word = [&](const Token& t) { return t.capitalised && !t.numeric; };

  // Length of the longest alias starting at token `at` (one capitalised word at least), or 0.
  auto gazetteer_match = [&](std::size_t at) -> std::size_t {
    std::string key;
    std::size_t best = 0;
    bool capital = false;
    for (std::size_t k = at; k < n && k - at < gazetteer_.longest_alias_tokens(); ++k) {
      if (k > at) {
        if (!joined(text, tokens[k - 1], tokens[k])) break;
        key.push_back(' ');
      }
      key += tokens[k].norm;
      capital = capital || tokens[k].capitalised;
      if (capital && gazetteer_.find_key(key) != nullptr) best = k - at + 1;
      if (!gazetteer_.is_key_prefix(key)) break;
    }
    return best;
  };
  auto set_name_tokens = [](Found& f, const GazetteerEntry& e) {
    for (const Token& t : tokenize(e.canonical)) f.name_tokens.push_back(t.norm);
  };

  std::size_t i = 0;
  while (i < n) {
    // 1. Longest gazetteer alias starting here.
    const std::size_t matched = gazetteer_match(i);
    if (matched > 0) {
      const GazetteerEntry& e =
          gazetteer_.entry(gazetteer_.find_key(join_keys(tokens, i, i + matched))->front());
      Found& f = collector.add(e.kind, e.id, e.canonical, i);
      if (f.name_tokens.empty()) set_name_tokens(f, e);
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    if (!is_name_word(tokens[i]) || lexicon_.is_never_name(tokens[i].norm)) {
      ++i;
      continue;
    }
    // 2. A run of capitalised words (connectors allowed inside), titles stripped.
    std::size_t end = i + 1;
    while (end < n && joined(text, tokens[end - 1], tokens[end]) && gazetteer_match(end) == 0) {
      if (is_name_word(tokens[end]) && !lexicon_.is_never_name(tokens[end].norm)) {
        ++end;
      } else if (lexicon_.is_connector(tokens[end].norm) && end + 1 < n &&
                 is_name_word(tokens[end + 1]) && joined(text, tokens[end], tokens[end + 1])) {
        end += 2;
      } else {
        break;
      }
    }
    std::size_t start = i;
    bool titled = false;
    while (start < end && lexicon_.is_title(tokens[start].norm)) {
      ++start;
      titled = true;
    }
    while (start < end && lexicon_.is_connector(tokens[start].norm)) ++start;
    std::size_t len = end - start;
    bool all_uncommon = true;
    for (std::size_t k = start; k < end; ++k)
      if (!lexicon_.is_connector(tokens[k].norm) && lexicon_.is_common_word(tokens[k].norm))
        all_uncommon = false;
    bool organisation = len >= 2 && lexicon_.is_org_head(tokens[end - 1].norm);
    bool person = len >= 2 && len <= 4 && all_uncommon;
    std::string key = len > 0 ? join_keys(tokens, start, end) : std::string();
    // A name the gazetteer knows once its title is gone ("Field Marshal Haftar").
    const auto* known = len > 0 && start > i ? gazetteer_.find_key(key) : nullptr;
    if (known != nullptr) {
      const GazetteerEntry& e = gazetteer_.entry(known->front());
      Found& f = collector.add(e.kind, e.id, e.canonical, start);
      if (f.name_tokens.empty()) set_name_tokens(f, e);
      i = end;
    } else if (organisation || person) {
      std::string canonical(
          text.substr(tokens[start].begin, tokens[end - 1].end - tokens[start].begin));
      Found& f = collector.add(EntityKind::kActor, slugify(key), canonical, start);
      if (person && f.name_tokens.empty())
        for (std::size_t k = start; k < end; ++k)
          if (!lexicon_.is_connector(tokens[k].norm)) f.name_tokens.push_back(tokens[k].norm);
      i = end;
    } else {
      // Not a name as a whole: a lone word may still be linked, and the words
      // inside the run get their own chance at a gazetteer match.
      if (len == 1 && (all_uncommon || titled)) loose.push_back(start);
      i = len == 1 ? end : i + 1;
    }
  }

  // 3. Link lone words to the one full name of this article that contains them.
  std::map<std::string, std::optional<std::size_t>> owner;
  auto& found = collector.all();
  for (std::size_t f = 0; f < found.size(); ++f) {
    if (found[f].mention.kind != EntityKind::kActor) continue;
    for (const auto& word : found[f].name_tokens) {
      if (lexicon_.is_title(word) || lexicon_.is_connector(word)) continue;
      auto [it, inserted] = owner.emplace(word, f);
      if (!inserted && it->second != f) it->second.reset();  // ambiguous: two names share it
    }
  }
  for (std::size_t pos : loose) {
    auto it = owner.find(tokens[pos].norm);
    if (it != owner.end() && it->second) ++found[*it->second].mention.count;
  }

  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.mention.count != b.mention.count ? a.mention.count > b.mention.count
                                              : a.first_pos < b.first_pos;
  });
  std::vector<EntityMention> out;
  out.reserve(found.size());
  for (auto& f : found) out.push_back(std::move(f.mention));
  return out;
}

}  // namespace lsearch
