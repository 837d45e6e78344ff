#include "common/analysis/query_lexer.h"

#include "common/analysis/normalizer.h"

namespace lsearch {
namespace {

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The end of the token starting at `i`, and its kind.
std::size_t scan(std::string_view q, std::size_t i, QueryTokenKind& kind) {
  std::size_t j = i + 1;
  if (q[i] == ' ') {
    while (j < q.size() && q[j] == ' ') ++j;
    kind = QueryTokenKind::kSpace;
  } else if (q[i] == '"') {
    kind = QueryTokenKind::kQuote;
  } else if (q[i] == '*') {
    kind = QueryTokenKind::kStar;
  } else if (is_word_byte(q[i])) {
    while (j < q.size() && is_word_byte(q[j])) ++j;
    bool prefix = j < q.size() && q[j] == ':' && q[i] != '\'';
    kind = prefix ? QueryTokenKind::kPrefix : QueryTokenKind::kWord;
    if (prefix) ++j;
  } else if (is_upper(q[i]) && (i == 0 || !is_word_byte(q[i - 1]))) {
    while (j < q.size() && is_upper(q[j])) ++j;
    kind =
        is_query_operator(q.substr(i, j - i)) ? QueryTokenKind::kOperator : QueryTokenKind::kOther;
    // NEAR/3, ADJ/5
    if (kind == QueryTokenKind::kOperator && j + 1 < q.size() && q[j] == '/' && is_digit(q[j + 1]))
      for (++j; j < q.size() && is_digit(q[j]);) ++j;
  } else {
    kind = QueryTokenKind::kOther;
  }
  return j;
}

}  // namespace

// A field's value is what follows its colon: one "phrase", or everything up to a space or ')'
// (date:2019-04..2019-06), as Xapian's QueryParser reads it.
std::vector<QueryToken> lex_query(std::string_view q) {
  std::vector<QueryToken> tokens;
  bool in_phrase = false, field_phrase = false;
  std::string_view field;
  std::size_t i = 0;
  while (i < q.size()) {
    QueryTokenKind kind;
    const std::size_t j = scan(q, i, kind);
    QueryToken token{kind, q.substr(i, j - i), i, in_phrase, {}};
    const bool value_starts = !tokens.empty() && tokens.back().kind == QueryTokenKind::kPrefix;
    if (kind == QueryTokenKind::kPrefix) {
      token.text = q.substr(i, j - i - 1);
      field = token.text;
    } else if (!field.empty()) {
      const bool ends = kind == QueryTokenKind::kSpace || (!field_phrase && q[i] == ')');
      if (ends && !field_phrase) {
        field = {};
      } else {
        token.field = field;
        if (kind == QueryTokenKind::kQuote) {
          field_phrase = value_starts;
          if (!field_phrase) field = {};  // the closing quote of the field's phrase
        }
      }
    }
    if (kind == QueryTokenKind::kQuote) {
      in_phrase = !in_phrase;
      token.in_phrase = true;
    }
    tokens.push_back(token);
    i = j;
  }
  return tokens;
}

const QueryToken* next_solid(const std::vector<QueryToken>& tokens, std::size_t i) {
  for (std::size_t k = i + 1; k < tokens.size(); ++k)
    if (tokens[k].kind != QueryTokenKind::kSpace) return &tokens[k];
  return nullptr;
}

const QueryToken* previous_solid(const std::vector<QueryToken>& tokens, std::size_t i) {
  for (std::size_t k = i; k-- > 0;)
    if (tokens[k].kind != QueryTokenKind::kSpace) return &tokens[k];
  return nullptr;
}

}  // namespace lsearch
