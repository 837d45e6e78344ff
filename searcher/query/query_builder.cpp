#include "searcher/query/query_builder.h"

#include "common/analysis/positional_query.h"
#include "common/analysis/query_lexer.h"
#include "common/error.h"
#include "common/news/common_words.h"
#include "common/schema/fields.h"
#include "common/util/text.h"
#include "searcher/query/date_filter.h"
#include "searcher/query/entity_aliases.h"
#include "searcher/query/field_processors.h"
#include "searcher/query/wildcards.h"

namespace lsearch {
namespace {

using QP = Xapian::QueryParser;
// No FLAG_WILDCARD: wildcards are rewritten to expand over stems (wildcards.h).
constexpr unsigned kFullSyntax =
    QP::FLAG_PHRASE | QP::FLAG_BOOLEAN | QP::FLAG_LOVEHATE | QP::FLAG_PURE_NOT;
constexpr std::size_t kMaxProximityWords = 8;

// The words of a query made of plain words only (no operators, quotes,
// prefixes or wildcards), or nothing. They get the proximity boost.
std::vector<std::string> plain_words(const std::string& normalized) {
  std::vector<std::string> words;
  for (const QueryToken& token : lex_query(normalized)) {
    if (token.kind == QueryTokenKind::kSpace) continue;
    if (token.kind != QueryTokenKind::kWord) return {};
    for_each_word(token.text, [&](std::string_view word) { words.emplace_back(word); });
  }
  return words;
}

// Keeps the words: the last resort for unparseable input.
std::string strip_syntax(const std::string& normalized) {
  std::string out;
  for_each_word(normalized, [&](std::string_view word) {
    out += word;
    out.push_back(' ');
  });
  return out;
}

// An operator left with nothing on its right ("oil OR", often where a long query was cut)
// would make the whole query a syntax error, searched as an AND of every word: it goes.
std::string drop_dangling_operators(const std::string& normalized,
                                    std::vector<std::string>& notes) {
  std::vector<QueryToken> tokens = lex_query(normalized);
  std::size_t end = normalized.size();
  while (!tokens.empty() && (tokens.back().kind == QueryTokenKind::kSpace ||
                             tokens.back().kind == QueryTokenKind::kOperator)) {
    if (tokens.back().kind == QueryTokenKind::kOperator)
      notes.push_back("the " + std::string(tokens.back().text) +
                      " at the end of the query had nothing to join and was dropped");
    end = tokens.back().begin;
    tokens.pop_back();
  }
  return normalized.substr(0, end);
}

// The query fields of the schema (fields.h): words under a prefix, or filters
// through their processors; and the two wildcard fields (wildcards.h).
void add_query_fields(QP& parser, const FieldProcessorSet& processors, const Analyzer& analyzer) {
  for (const FieldSpec& spec : kFields) {
    if (spec.query == QuerySyntax::kFreeText)
      parser.add_prefix(std::string(spec.name), std::string(spec.prefix));
    if (Xapian::FieldProcessor* processor = processors.of(spec.field);
        spec.query == QuerySyntax::kFilter && processor != nullptr)
      parser.add_boolean_prefix(std::string(spec.name), processor);
  }
  // Xapian expands wildcards over unstemmed terms, and the index holds stems:
  // "tarhun*" becomes a field whose processor expands over the stems.
  parser.add_prefix(std::string(kWildcardField),
                    (new WildcardFieldProcessor(analyzer, ""))->release());
  parser.add_prefix(
      std::string(kTitleWildcardField),
      (new WildcardFieldProcessor(analyzer, field_spec(Field::kTitle).prefix))->release());
}

// Full syntax; on a syntax error (with a note) phrases only; then the words alone.
Xapian::Query parse_with_fallbacks(QP& parser, const std::string& text,
                                   const std::string& normalized, std::vector<std::string>& notes) {
  try {
    return parser.parse_query(text, kFullSyntax);
  } catch (const Xapian::QueryParserError& e) {
    notes.push_back("query syntax error (" + e.get_msg() + "); searched for the words instead");
  }
  try {
    return parser.parse_query(text, QP::FLAG_PHRASE);
  } catch (const Xapian::QueryParserError&) {
    return parser.parse_query(strip_syntax(normalized), 0);
  }
}

// A query of 2-8 plain words also ranks higher where they stand near each other.
Xapian::Query with_proximity_boost(const Xapian::Query& q, const std::string& normalized,
                                   const Analyzer& analyzer) {
  std::vector<std::string> words;
  Xapian::Stem stemmer = analyzer.make_stemmer();
  for (auto& w : plain_words(normalized))
    if (!analyzer.is_stop_word(w)) words.push_back(Analyzer::term_for(stemmer, w));
  if (words.size() < 2 || words.size() > kMaxProximityWords || q.empty()) return q;
  Xapian::Query near(Xapian::Query::OP_NEAR, words.begin(), words.end(),
                     static_cast<Xapian::termcount>(words.size() + 2));
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, near);
}

}  // namespace

std::string sanitize_query(std::string_view raw, std::vector<std::string>& notes) {
  std::string text(raw);
  if (repair_utf8(text) > 0) notes.push_back("invalid UTF-8 in the query was replaced");
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  if (text.size() > kMaxQueryBytes) {
    std::size_t cut = text.rfind(' ', kMaxQueryBytes);
    text.resize(cut == std::string::npos || cut < kMaxQueryBytes / 2 ? kMaxQueryBytes : cut);
    repair_utf8(text);  // the cut may split a character
    notes.push_back("query longer than " + std::to_string(kMaxQueryBytes) + " bytes was cut");
  }
  return text;
}

Xapian::Query QueryBuilder::parse_text(const std::string& text, bool plain, BuiltQuery& out) {
  QP parser;
  analyzer_.configure(parser);
  parser.set_database(db_);
  const std::string normalized = analyzer_.normalize_query(text);

  if (plain) {
    parser.set_default_op(Xapian::Query::OP_OR);
    return fit_phrases_to_positions(parser.parse_query(strip_syntax(normalized), 0), analyzer_);
  }
  const std::string query = drop_dangling_operators(normalized, out.notes);

  parser.set_default_op(Xapian::Query::OP_AND);
  FieldErrors errors;
  add_query_fields(parser, make_field_processors(db_, resolver_, out.entities, errors), analyzer_);
  // Free-text aliases: "kadhafi" also matches the entity's other names (entity_aliases.h).
  std::vector<std::string> expanded;
  const std::string with_aliases = expand_entity_aliases(
      query, resolver_.free_text_aliases(),
      [&](const std::string& w) { return analyzer_.is_stop_word(w) || is_listed_common_word(w); },
      expanded);
  Xapian::Query q = parse_with_fallbacks(parser, rewrite_wildcards(with_aliases), query, out.notes);
  if (!errors.first.empty()) throw QueryError(errors.first);
  return with_proximity_boost(fit_phrases_to_positions(q, analyzer_), query, analyzer_);
}

Xapian::Query QueryBuilder::filters(const SearchRequest& request, BuiltQuery& out) {
  std::vector<Xapian::Query> kinds;
  auto any_of = [&](const std::vector<std::string>& names, auto&& resolve) {
    if (names.empty()) return;
    std::vector<Xapian::Query> alternatives;
    for (const auto& name : names) {
      ResolvedEntity entity = resolve(name);
      alternatives.emplace_back(entity.term);
      out.entities.push_back(std::move(entity));
    }
    kinds.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  };
  any_of(request.actors,
         [&](const std::string& n) { return resolver_.resolve(EntityKind::kActor, n); });
  any_of(request.places,
         [&](const std::string& n) { return resolver_.resolve(EntityKind::kPlace, n); });
  any_of(request.sources, [&](const std::string& n) { return resolver_.resolve_source(n); });
  any_of(request.countries, [&](const std::string& n) { return resolver_.resolve_country(n); });
  if (!request.since.empty() || !request.until.empty())
    kinds.push_back(date_range_query(db_, request.since, request.until));
  if (kinds.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, kinds.begin(), kinds.end());
}

Xapian::Query filtered(const Xapian::Query& query, const Xapian::Query& filter) {
  return filter.empty() ? query : Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

BuiltQuery QueryBuilder::build(const SearchRequest& request) {
  BuiltQuery out;
  std::string text = sanitize_query(request.query, out.notes);
  Xapian::Query ranked;
  if (!trim(text).empty()) {
    ranked = parse_text(text, request.plain, out);
    if (ranked.empty())
      out.notes.push_back("the query has no searchable words; showing every article");
  }
  out.ranked = ranked;
  out.filter = filters(request, out);
  // A match-all of our own, not a copy of Xapian::Query::MatchAll: Xapian 1.4
  // counts references without atomics, so serve's workers copying that one
  // global object at once freed it under each other (ASan in e2e.serve_rebuild).
  out.query = filtered(out.has_text() ? ranked : Xapian::Query(std::string()), out.filter);
  return out;
}

}  // namespace lsearch
