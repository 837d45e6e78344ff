#include "searcher/query/spelling.h"

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

// The one-word alias nearest `word` (at most kMaxEdits away) of an entity the
// index names, or "".
std::string nearest_entity_name(const Xapian::Database& db, const Gazetteer& gazetteer,
                                const std::string& word) {
  std::string best;
  std::size_t best_distance = kMaxEdits + 1;
  for (const GazetteerEntry& e : gazetteer.entries()) {
    bool indexed = false, checked = false;
    for (const auto& alias : e.aliases) {
      bool marked = !alias.empty() && (alias[0] == '~' || alias[0] == '?' || alias[0] == '!');
      std::string key = Gazetteer::key_of(marked ? alias.substr(1) : alias);
      if (key.find(' ') != std::string::npos) continue;
      std::size_t d = edit_distance(word, key, kMaxEdits);
      if (d >= best_distance) continue;
      if (!checked) {
        const Field field = e.kind == EntityKind::kActor ? Field::kActor : Field::kPlace;
        indexed = db.term_exists(bounded_term(field_spec(field).prefix, e.id));
        checked = true;
      }
      if (!indexed) break;
      best = key;
      best_distance = d;
    }
  }
  return best;
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
