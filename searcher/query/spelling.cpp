#include "searcher/query/spelling.h"

#include "common/analysis/analyzer.h"
#include "common/analysis/query_lexer.h"

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

}  // namespace

std::string suggest_correction(const Xapian::Database& db, const std::string& query,
                               const Xapian::Stem& stemmer) {
  std::string out;
  bool changed = false;
  for (const QueryToken& token : lex_query(query)) {
    std::string text = token.kind == QueryTokenKind::kPrefix
                           ? query.substr(token.begin, token.text.size() + 1)
                           : std::string(token.text);
    if (needs_correction(db, token, stemmer)) {
      std::string fix = db.get_spelling_suggestion(text, 2);
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
