#include "searcher/query/spelling.h"

#include <tuple>
#include <utility>

#include "common/analysis/analyzer.h"
#include "common/analysis/query_lexer.h"
#include "common/schema/spelling_names.h"
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
  std::string_view key;
};

bool closer(const Nearest& a, const Nearest& b) {
  return std::tie(a.distance, a.entry, a.position) < std::tie(b.distance, b.entry, b.position);
}

// What the spelling names say of a word: whether it is an alias key itself (then
// no typo, "hifter"), and the one-word alias nearest it (at most kMaxEdits away) of
// an entity the index names, or "". The table lists each key's lines together.
struct NameMatch {
  bool is_alias = false;
  std::string nearest;
};

NameMatch match_names(const Xapian::Database& db, std::string_view table, const std::string& word) {
  NameMatch match;
  Nearest best;
  SpellingNameReader reader(table);
  SpellingName name;
  std::string_view last_key;
  std::size_t d = kMaxEdits + 1;
  while (reader.next(name)) {
    if (name.key != last_key) d = edit_distance(word, name.key, kMaxEdits);
    last_key = name.key;
    if (d == 0) match.is_alias = true;
    if (d > kMaxEdits || d > best.distance || (d == best.distance && name.entry > best.entry))
      continue;
    Nearest candidate{d, name.entry, name.position, name.key};
    if (closer(candidate, best) && db.term_exists(std::string(name.term))) best = candidate;
  }
  match.nearest = std::string(best.key);
  return match;
}

}  // namespace

std::string suggest_correction(const Xapian::Database& db, const std::string& query,
                               const Xapian::Stem& stemmer, const SpellingNamesSource& source) {
  std::string out;
  bool changed = false;
  std::string_view table;
  bool asked = false;
  for (const QueryToken& token : lex_query(query)) {
    std::string text = token.kind == QueryTokenKind::kPrefix
                           ? query.substr(token.begin, token.text.size() + 1)
                           : std::string(token.text);
    // The index's words are asked first (cheap); the names table only for an unknown word.
    if (needs_correction(db, token, stemmer)) {
      if (!std::exchange(asked, true) && source) table = source();
      const NameMatch names = match_names(db, table, text);
      std::string fix = names.is_alias ? text : names.nearest;
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
