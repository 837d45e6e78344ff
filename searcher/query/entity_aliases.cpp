#include "searcher/query/entity_aliases.h"

#include <algorithm>

#include "common/analysis/query_lexer.h"

namespace lsearch {
namespace {

// An entity with many spellings still makes a short query.
constexpr std::size_t kMaxAlternatives = 16;

// A query of plain words only, as units: a unit is a word or a hyphenated compound
// ("al-sarraj"), whose alias key joins its words with spaces as Gazetteer::key_of does.
// Anything else (operators, quotes, brackets, prefixes, wildcards) makes the query
// Xapian's alone: nothing.
struct Unit {
  std::string text, key;
};
std::vector<Unit> plain_units(const std::string& normalized) {
  std::vector<Unit> units;
  bool hyphen = false;  // a "-" right after the last word
  for (const QueryToken& t : lex_query(normalized)) {
    if (t.kind == QueryTokenKind::kSpace) {
      if (hyphen) return {};
      units.emplace_back();
    } else if (t.kind == QueryTokenKind::kOther && t.text == "-" && !units.empty() &&
               !units.back().key.empty() && !hyphen) {
      hyphen = true;
      units.back().text += '-';
    } else if (t.kind == QueryTokenKind::kWord) {
      if (units.empty()) units.emplace_back();
      Unit& unit = units.back();
      if (!unit.key.empty() && !hyphen) return {};  // "o'" + "neil" style splits: leave alone
      if (!unit.key.empty()) unit.key += ' ';
      unit.key += t.text;
      unit.text += t.text;
      hyphen = false;
    } else {
      return {};
    }
  }
  if (hyphen) return {};
  std::erase_if(units, [](const Unit& u) { return u.key.empty(); });
  return units;
}

std::string key_typed(const std::vector<Unit>& words, std::size_t from, std::size_t to) {
  std::string key;
  for (std::size_t k = from; k < to; ++k) key += (k > from ? " " : "") + words[k].key;
  return key;
}

std::string alternatives(const NamedEntity& e, const std::string& typed) {
  std::vector<std::string> keys{typed};
  for (const auto& key : e.keys) {
    if (keys.size() >= kMaxAlternatives) break;
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
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

std::string expand_entity_aliases(const std::string& normalized, AliasKeys& aliases,
                                  const std::function<bool(const std::string&)>& skip,
                                  std::vector<std::string>& expanded) {
  const std::vector<Unit> words = plain_units(normalized);
  if (words.empty()) return normalized;
  expanded.clear();
  std::string out;
  std::size_t i = 0;
  while (i < words.size()) {
    // The longest alias starting at word i.
    std::size_t best = 0;
    std::optional<NamedEntity> entity;
    std::string key;
    for (std::size_t k = i; k < words.size(); ++k) {
      key += (k > i ? " " : "") + words[k].key;
      // The skip test only for a word that names an entity: it loads the common
      // words (about a third of a search process when it ran for every word).
      std::optional<NamedEntity> e = aliases.named(key);
      if (e && !(k == i && skip(key))) {
        best = k - i + 1;
        entity = std::move(e);
      }
      if (!aliases.is_prefix(key)) break;
    }
    if (!out.empty()) out += ' ';
    if (best == 0) {
      out += words[i++].text;
      continue;
    }
    std::string typed = words[i].text;
    for (std::size_t k = i + 1; k < i + best; ++k) typed += " " + words[k].text;
    // The alternatives lead with what was typed, as an alias key ("al-sarraj" -> "al sarraj").
    // Each entity is expanded once: a name repeated a thousand times must not
    // make a query of a thousand ORs (memory and time stay linear in the query).
    const bool first =
        std::find(expanded.begin(), expanded.end(), entity->canonical) == expanded.end();
    out += first ? alternatives(*entity, key_typed(words, i, i + best)) : typed;
    if (first) expanded.push_back(entity->canonical);
    i += best;
  }
  return expanded.empty() ? normalized : out;
}

}  // namespace lsearch
