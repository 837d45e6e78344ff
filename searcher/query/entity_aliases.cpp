#include "searcher/query/entity_aliases.h"

#include <algorithm>

namespace lsearch {
namespace {

// An entity with many spellings still makes a short query.
constexpr std::size_t kMaxAlternatives = 16;

// The words of a query of plain words only, or nothing.
std::vector<std::string> plain_words(const std::string& normalized) {
  std::vector<std::string> words;
  std::string word;
  for (char c : normalized + " ") {
    const auto u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '-' || u >= 0x80) {
      word.push_back(c);
    } else if (c == ' ' || c == '\t') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      return {};  // operators (upper case), quotes, brackets, prefixes, wildcards
    }
  }
  return words;
}

// The entity an alias key names in free text, or nullptr.
const GazetteerEntry* entity_named(const Gazetteer& gazetteer, const std::string& key) {
  if (gazetteer.is_weak_key(key) || gazetteer.evidence_of(key) != PlaceEvidence::kNone)
    return nullptr;
  const auto* candidates = gazetteer.find_key(key);
  return candidates == nullptr ? nullptr : &gazetteer.entry(candidates->front());
}

std::string alternatives(const GazetteerEntry& e, const std::string& typed) {
  std::vector<std::string> keys{typed};
  for (const auto& alias : e.aliases) {
    if (keys.size() >= kMaxAlternatives) break;
    bool marked = !alias.empty() && (alias[0] == '~' || alias[0] == '?' || alias[0] == '!');
    std::string key = Gazetteer::key_of(marked ? alias.substr(1) : alias);
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
  }
  std::string out = "(";
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) out += " OR ";
    bool phrase = keys[i].find(' ') != std::string::npos;
    out += phrase ? "\"" + keys[i] + "\"" : keys[i];
  }
  return out + ")";
}

}  // namespace

std::string expand_entity_aliases(const std::string& normalized, const Gazetteer& gazetteer,
                                  const std::function<bool(const std::string&)>& skip,
                                  std::vector<std::string>& expanded) {
  const std::vector<std::string> words = plain_words(normalized);
  if (words.empty()) return normalized;
  expanded.clear();
  std::string out;
  std::size_t i = 0;
  while (i < words.size()) {
    // The longest alias starting at word i.
    std::size_t best = 0;
    const GazetteerEntry* entity = nullptr;
    std::string key;
    for (std::size_t k = i; k < words.size() && k - i < gazetteer.longest_alias_tokens(); ++k) {
      key += (k > i ? " " : "") + words[k];
      const GazetteerEntry* e = entity_named(gazetteer, key);
      if (e != nullptr && !(k == i && skip(key))) {
        best = k - i + 1;
        entity = e;
      }
      if (!gazetteer.is_key_prefix(key)) break;
    }
    if (!out.empty()) out += ' ';
    if (best == 0) {
      out += words[i++];
      continue;
    }
    std::string typed = words[i];
    for (std::size_t k = i + 1; k < i + best; ++k) typed += " " + words[k];
    // Each entity is expanded once: a name repeated a thousand times must not
    // make a query of a thousand ORs (memory and time stay linear in the query).
    const bool first =
        std::find(expanded.begin(), expanded.end(), entity->canonical) == expanded.end();
    out += first ? alternatives(*entity, typed) : typed;
    if (first) expanded.push_back(entity->canonical);
    i += best;
  }
  return expanded.empty() ? normalized : out;
}

}  // namespace lsearch
