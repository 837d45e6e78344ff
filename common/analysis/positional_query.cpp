#include "common/analysis/positional_query.h"

#include <cstdlib>
#include <cstring>
#include <vector>

namespace lsearch {
namespace {

using Q = Xapian::Query;

// The window of a phrase or NEAR. Xapian 1.4 has no getter; its description
// is "(a PHRASE 3 b PHRASE 3 c)" (tests/common/analysis pins this). 0: unknown.
Xapian::termcount window_of(const Q& query) {
  const char* word = query.get_type() == Q::OP_PHRASE ? " PHRASE " : " NEAR ";
  const std::string description = query.get_description();
  std::size_t at = description.find(word);
  if (at == std::string::npos) return 0;
  return static_cast<Xapian::termcount>(
      std::strtoul(description.c_str() + at + std::strlen(word), nullptr, 10));
}

std::string term_of(const Q& leaf) {
  return *leaf.get_terms_begin();
}

// Ops whose query is rebuilt from its subqueries alone (no parameter to read back).
bool rebuildable(Q::op op) {
  switch (op) {
    case Q::OP_AND:
    case Q::OP_OR:
    case Q::OP_AND_NOT:
    case Q::OP_XOR:
    case Q::OP_AND_MAYBE:
    case Q::OP_FILTER:
    case Q::OP_SYNONYM:
    case Q::OP_MAX:
      return true;
    default:
      return false;
  }
}

// A phrase or NEAR of terms; `changed` is set when it had unpositioned terms.
Q fit_window(const Q& query, const Analyzer& analyzer, bool& changed) {
  std::vector<Q> positional, required;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
    Q sub = query.get_subquery(i);
    if (sub.get_type() != Q::LEAF_TERM) return query;  // not a phrase of words: left alone
    (analyzer.is_unpositioned_term(term_of(sub)) ? required : positional).push_back(sub);
  }
  if (required.empty()) return query;
  // The window still spans every word: the left-out ones kept their positions free.
  Xapian::termcount window = window_of(query);
  if (window < query.get_num_subqueries()) return query;  // unreadable: left alone
  changed = true;
  if (positional.size() >= 2) {
    required.emplace_back(query.get_type(), positional.begin(), positional.end(), window);
  } else if (positional.size() == 1) {
    required.push_back(positional.front());
  }
  return Q(Q::OP_AND, required.begin(), required.end());
}

Q fit(const Q& query, const Analyzer& analyzer, bool& changed) {
  Q::op op = query.get_type();
  if (op == Q::OP_PHRASE || op == Q::OP_NEAR) return fit_window(query, analyzer, changed);
  if (!rebuildable(op) || query.get_num_subqueries() == 0) return query;
  std::vector<Q> subqueries;
  bool any = false;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
    subqueries.push_back(fit(query.get_subquery(i), analyzer, any));
  if (!any) return query;
  changed = true;
  return Q(op, subqueries.begin(), subqueries.end());
}

}  // namespace

Xapian::Query fit_phrases_to_positions(const Xapian::Query& query, const Analyzer& analyzer) {
  bool changed = false;
  return fit(query, analyzer, changed);
}

}  // namespace lsearch
