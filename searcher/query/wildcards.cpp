#include "searcher/query/wildcards.h"

#include "common/analysis/query_lexer.h"
#include "common/error.h"
#include "common/schema/fields.h"

namespace lsearch {
namespace {

constexpr Xapian::termcount kMaxExpansion = 256;

bool is_proximity_operator(const QueryToken* token) {
  return token != nullptr && token->kind == QueryTokenKind::kOperator &&
         (token->text.starts_with("NEAR") || token->text.starts_with("ADJ"));
}

// tokens[i] is a word and tokens[i + 1] a star that ends it: "mark*", not "mark*x" or "*mark".
bool is_wildcard(const std::vector<QueryToken>& tokens, std::size_t i) {
  if (tokens[i].kind != QueryTokenKind::kWord || i + 1 >= tokens.size() ||
      tokens[i + 1].kind != QueryTokenKind::kStar)
    return false;
  return i + 2 >= tokens.size() || tokens[i + 2].kind != QueryTokenKind::kWord;
}

// The field a wildcard is rewritten to, or "" to leave the text alone (another field's value,
// which its own processor reads). Throws for what Xapian cannot run.
std::string_view wildcard_field(const std::vector<QueryToken>& tokens, std::size_t i) {
  const QueryToken& word = tokens[i];
  const std::string pattern = std::string(word.text) + "*";
  if (word.in_phrase) throw QueryError("a wildcard cannot be used inside a phrase: " + pattern);
  if (is_proximity_operator(previous_solid(tokens, i)) ||
      is_proximity_operator(next_solid(tokens, i + 1)))
    throw QueryError("a wildcard cannot be used with NEAR or ADJ: " + pattern);
  if (word.field.empty()) return kWildcardField;
  if (word.field == field_spec(Field::kTitle).name) return kTitleWildcardField;
  return {};
}

}  // namespace

std::string rewrite_wildcards(const std::string& query) {
  const std::vector<QueryToken> tokens = lex_query(query);
  std::string out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const QueryToken& token = tokens[i];
    std::string_view field = is_wildcard(tokens, i) ? wildcard_field(tokens, i) : "";
    if (field.empty()) {
      out.append(token.kind == QueryTokenKind::kPrefix
                     ? query.substr(token.begin, token.text.size() + 1)
                     : std::string(token.text));
      continue;
    }
    // "title:" before a title wildcard goes: the wildcard field says which terms it expands.
    if (!token.field.empty()) out.resize(out.size() - token.field.size() - 1);
    out += field;
    out.push_back(':');
    out += token.text;
    ++i;  // the star
  }
  return out;
}

Xapian::Query WildcardFieldProcessor::operator()(const std::string& prefix) {
  if (prefix.empty()) return Xapian::Query::MatchNothing;
  // One wildcard leaf over the stems that start with the typed prefix, or with its stem when
  // that is shorter ("elections*" -> stems starting "elect").
  Xapian::Stem stemmer = analyzer_.make_stemmer();
  const std::string stem_prefix(field_spec(Field::kStem).prefix);
  std::string pattern = stem_prefix + term_prefix_ + prefix;
  std::string stemmed = stem_prefix + term_prefix_ + stemmer(prefix);
  if (stemmed.size() < pattern.size() && pattern.starts_with(stemmed)) pattern = stemmed;
  return Xapian::Query(Xapian::Query::OP_WILDCARD, pattern, kMaxExpansion,
                       Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
}

}  // namespace lsearch
