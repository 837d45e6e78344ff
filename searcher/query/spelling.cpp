#include "searcher/query/spelling.h"

#include <tuple>
#include <unordered_map>

#include "common/analysis/analyzer.h"
#include "common/analysis/query_lexer.h"
#include "common/schema/fields.h"
#include "common/schema/value_codec.h"
#include "searcher/entity_resolver.h"

namespace lsearch {
namespace {

bool has_digit(std::string_view word) {
  return word.find_first_of("0123456789") != std::string_view::npos;
}

// A word worth correcting: a query word (not a field name or a field's value), long enough,
// without digits (numbers and codes are not misspelt words), and one whose stem the index lacks.
bool needs_correction(const Xapian::Database& db, const QueryToken& token,
                      const Xapian::Stem& stemmer) {
  return token.kind == QueryTokenKind::kWord && token.field.empty() && token.text.size() > 2 &&
         !has_digit(token.text) &&
         !db.term_exists(Analyzer::term_for(stemmer, std::string(token.text)));
}

constexpr std::size_t kMaxEdits = 2;

// The one-word alias key nearest a word so far: fewest edits, then the gazetteer's
// first entry, then that entry's first alias (the order the gazetteer lists them).
struct Nearest {
  std::size_t distance = kMaxEdits + 1;
  std::size_t entry = 0;
  std::size_t position = 0;
  std::string key;
};

bool closer(const Nearest& a, const Nearest& b) {
  return std::tie(a.distance, a.entry, a.position) < std::tie(b.distance, b.entry, b.position);
}

// Where the entry first lists an alias with this key.
std::size_t alias_position(const GazetteerEntry& entry, const std::string& key) {
  for (std::size_t i = 0; i < entry.aliases.size(); ++i)
    if (Gazetteer::alias_key(entry.aliases[i]) == key) return i;
  return entry.aliases.size();
}

// The one-word alias nearest `word` (at most kMaxEdits away) of an entity the
// index names, or "". It walks the gazetteer's keys, each normalised once when the
// gazetteer was read: normalising every alias again here was a third of the cost
// of a query with a misspelt word.
std::string nearest_entity_name(const Xapian::Database& db, const Gazetteer& gazetteer,
                                const std::string& word) {
  Nearest best;
  std::unordered_map<std::size_t, bool> indexed;
  auto is_indexed = [&](std::size_t index) {
    auto [it, inserted] = indexed.try_emplace(index, false);
    if (inserted) {
      const GazetteerEntry& e = gazetteer.entry(index);
      const Field field = e.kind == EntityKind::kActor ? Field::kActor : Field::kPlace;
      it->second = db.term_exists(bounded_term(field_spec(field).prefix, e.id));
    }
    return it->second;
  };
  for (const auto& [key, entries] : gazetteer.keys()) {
    if (key.find(' ') != std::string::npos) continue;
    const std::size_t d = edit_distance(word, key, kMaxEdits);
    if (d > kMaxEdits || d > best.distance) continue;
    for (std::size_t index : entries) {
      if ((d == best.distance && index > best.entry) || !is_indexed(index)) continue;
      Nearest candidate{d, index, alias_position(gazetteer.entry(index), key), key};
      if (closer(candidate, best)) best = std::move(candidate);
    }
  }
  return best.key;
}

}  // namespace

std::string suggest_correction(const Xapian::Database& db, const std::string& query,
                               const Xapian::Stem& stemmer, const GazetteerSource& source) {
  std::string out;
  bool changed = false;
  const Gazetteer* gazetteer = nullptr;
  bool asked = false;
  auto gazetteer_once = [&]() {
    if (!asked && source) gazetteer = source();
    asked = true;
    return gazetteer;
  };
  for (const QueryToken& token : lex_query(query)) {
    std::string text = token.kind == QueryTokenKind::kPrefix
                           ? query.substr(token.begin, token.text.size() + 1)
                           : std::string(token.text);
    // An alias of an entity is no typo ("hifter"); the index's words are asked first (cheap).
    if (needs_correction(db, token, stemmer) &&
        (gazetteer_once() == nullptr || gazetteer_once()->find_key(text) == nullptr)) {
      std::string fix =
          gazetteer != nullptr ? nearest_entity_name(db, *gazetteer, text) : std::string();
      if (fix.empty()) fix = db.get_spelling_suggestion(text, 2);
      if (!fix.empty() && fix != text) {
        text = fix;
        changed = true;
      }
    }
    out += text;
  }
  return changed ? out : "";
}

}  // namespace lsearch
