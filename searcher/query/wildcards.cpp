#include "searcher/query/wildcards.h"

namespace lsearch {
namespace {

constexpr Xapian::termcount kMaxExpansion = 256;

bool word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::string rewrite_wildcards(const std::string& query) {
  std::string out;
  bool quoted = false;
  std::size_t i = 0;
  while (i < query.size()) {
    char c = query[i];
    if (c == '"') quoted = !quoted;
    if (quoted || !word_byte(c) || (i > 0 && (word_byte(query[i - 1]) || query[i - 1] == ':'))) {
      out.push_back(c);
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < query.size() && word_byte(query[j])) ++j;
    bool wildcard =
        j < query.size() && query[j] == '*' && (j + 1 == query.size() || !word_byte(query[j + 1]));
    if (wildcard) {
      out += kWildcardField;
      out.push_back(':');
      out.append(query, i, j - i);
      i = j + 1;
    } else {
      out.append(query, i, j - i);
      i = j;
    }
  }
  return out;
}

Xapian::Query WildcardFieldProcessor::operator()(const std::string& prefix) {
  if (prefix.empty()) return Xapian::Query::MatchNothing;
  // One wildcard leaf (NEAR and PHRASE take only leaves): over the stems that
  // start with the typed prefix, or with its stem when that is shorter
  // ("elections*" -> stems starting "elect").
  Xapian::Stem stemmer = analyzer_.make_stemmer();
  std::string pattern = "Z" + prefix;
  std::string stemmed = Analyzer::term_for(stemmer, prefix);
  if (stemmed.size() < pattern.size() && pattern.starts_with(stemmed)) pattern = stemmed;
  return Xapian::Query(Xapian::Query::OP_WILDCARD, pattern, kMaxExpansion,
                       Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
}

}  // namespace lsearch
