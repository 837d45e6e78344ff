// Pass 2 of entity extraction, gazetteer aliases (declared in entity_passes.h).
#include <string>

#include "common/news/entity_passes.h"
#include "common/news/name_edges.h"
#include "common/news/postal_places.h"

namespace lsearch {
namespace {

// "Labour Minister Almir Pazzianotto", "Energy Secretary": a one-word actor alias that is a
// common word, before a minister's or a secretary's title, names the portfolio, not the
// actor (the Labour Party).
bool names_a_portfolio(std::string_view text, const std::vector<Token>& tokens,
                       const Gazetteer& gazetteer, const NameLexicon& lexicon, std::size_t i,
                       const std::string& key) {
  if (i + 1 >= tokens.size() || key.find(' ') != std::string::npos ||
      !lexicon.is_common_word(key) || !tokens[i + 1].capitalised ||
      gap_between(text, tokens[i], tokens[i + 1]) != " ")
    return false;
  const std::string& next = tokens[i + 1].norm;
  if (next != "minister" && next != "ministry" && next != "secretary") return false;
  for (std::size_t entry : *gazetteer.find_key(key))
    if (gazetteer.entry(entry).kind != EntityKind::kActor) return false;
  return true;
}

}  // namespace

std::vector<AliasMatch> match_aliases(std::string_view text, const std::vector<Token>& tokens,
                                      const std::vector<std::uint8_t>& capitals,
                                      const Gazetteer& gazetteer, const NameLexicon& lexicon,
                                      ExtractionCost& cost) {
  std::vector<AliasMatch> matches;
  const std::size_t n = tokens.size();
  const std::size_t longest = gazetteer.longest_alias_tokens();
  std::string key;
  std::size_t i = 0;
  while (i < n) {
    key.clear();
    std::size_t best = 0;
    std::string best_key;
    bool capital = false;
    for (std::size_t k = i; k < n && k - i < longest; ++k) {
      ++cost.steps;
      if (k > i) {
        if (!joined(text, tokens[k - 1], tokens[k])) break;
        key.push_back(' ');
      }
      key += tokens[k].norm;
      capital = capital || capitals[k] != 0;
      if (capital && gazetteer.find_key(key) != nullptr &&
          (k > i || !lexicon.is_function_word(key) || all_capitals(text, tokens[k]))) {
        best = k - i + 1;
        best_key = key;
      }
      if (!gazetteer.is_key_prefix(key)) break;
    }
    if (best == 0 || names_a_portfolio(text, tokens, gazetteer, lexicon, i, best_key)) {
      ++i;
      continue;
    }
    matches.push_back({i, i + best, gazetteer.find_key(best_key)->front(),
                       gazetteer.is_weak_key(best_key), gazetteer.evidence_of(best_key)});
    i += best;
  }
  add_postal_states(text, tokens, gazetteer, matches);  // "Cambridge, MA 02142"
  return matches;
}

}  // namespace lsearch
