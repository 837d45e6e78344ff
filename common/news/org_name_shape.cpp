#include "common/news/org_name_shape.h"

#include <string>
#include <unordered_set>

#include "common/news/name_edges.h"

namespace lsearch {

bool organisation_shape(const std::vector<Token>& tokens, std::size_t b, std::size_t e,
                        const NameLexicon& lexicon) {
  if (e - b < 2) return false;
  const std::string& last = tokens[e - 1].norm;
  if (lexicon.is_org_head(last) || lexicon.is_company_suffix(last)) return true;
  for (std::size_t k = b; k + 1 < e; ++k)
    if (lexicon.is_org_head(tokens[k].norm) && is_org_of(tokens[k + 1].norm)) return true;
  return false;
}

bool is_public_body_head(std::string_view norm) {
  static const std::unordered_set<std::string_view> kHeads = {
      "department", "ministry", "treasury",   "government", "court",      "army",
      "navy",       "force",    "forces",     "police",     "parliament", "senate",
      "congress",   "cabinet",  "embassy",    "office",     "guard",      "administration",
      "bureau",     "agency",   "commission", "service",    "reserve"};
  return kHeads.count(norm) != 0;
}

bool dotted_abbreviation_stop(std::string_view text, const Token& a, const Token& b) {
  if (gap_between(text, a, b) != ". ") return false;
  const std::string_view word = text.substr(a.begin, a.end - a.begin);
  // "U.S", "U.K", "E.U": single capitals with a full stop between each two.
  if (word.size() < 3 || word.size() % 2 == 0) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    const bool letter = word[k] >= 'A' && word[k] <= 'Z';
    if (k % 2 == 0 ? !letter : word[k] != '.') return false;
  }
  return true;
}

bool spelt_by_last(std::string_view text, const std::vector<Token>& tokens, std::size_t b,
                   std::size_t e, const NameLexicon& lexicon) {
  if (e - b < 3 || !shouts(text, tokens[e - 1])) return false;
  const std::string spelt = initials(tokens, b, e - 1, lexicon);
  return spelt.size() >= 2 && spelt == tokens[e - 1].norm;
}

bool campus_at(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
  if (k < 3 || tokens[k].norm != "at" || tokens[k].capitalised) return false;
  if (k + 2 < tokens.size() && gap_between(text, tokens[k + 1], tokens[k + 2]) == "-") return false;
  for (std::size_t j = k - 1; j >= 2 && k - j <= 3 && tokens[j].capitalised; --j)
    if (tokens[j - 1].norm == "of" && tokens[j - 2].norm == "university") return true;
  return false;
}

}  // namespace lsearch
