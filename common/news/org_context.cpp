#include "common/news/org_context.h"

#include <string>
#include <unordered_set>

#include "common/news/name_edges.h"

namespace lsearch {
namespace {

// The lower-case word `k`, one space from the token before it (no sentence or line between).
bool plain_word_at(std::string_view text, const std::vector<Token>& tokens, std::size_t k,
                   const std::unordered_set<std::string_view>& words) {
  return k > 0 && k < tokens.size() && !tokens[k].capitalised && words.count(tokens[k].norm) != 0 &&
         gap_between(text, tokens[k - 1], tokens[k]) == " ";
}

// "shares of X", "Shares of X" opening a sentence, "stake in X".
bool held(std::string_view text, const std::vector<Token>& tokens, std::size_t pos) {
  static const std::unordered_set<std::string_view> kHoldings = {"shares", "stake", "stock"};
  static const std::unordered_set<std::string_view> kOf = {"of", "in"};
  return pos >= 2 && kHoldings.count(tokens[pos - 2].norm) != 0 &&
         plain_word_at(text, tokens, pos - 1, kOf) &&
         gap_between(text, tokens[pos - 1], tokens[pos]) == " ";
}

}  // namespace

bool organisation_context(std::string_view text, const std::vector<Token>& tokens,
                          std::size_t pos) {
  static const std::unordered_set<std::string_view> kSpokes = {"spokesman", "spokeswoman",
                                                               "spokesperson"};
  static const std::unordered_set<std::string_view> kOfficers = {
      "chairman", "chairwoman",   "chief",      "president", "board",
      "shares",   "shareholders", "subsidiary", "unit"};
  if (held(text, tokens, pos)) return true;
  const bool owner = ends_in_possessive(text, tokens[pos]);
  if (!owner && plain_word_at(text, tokens, pos + 1, kSpokes)) return true;
  return owner && plain_word_at(text, tokens, pos + 1, kOfficers);
}

}  // namespace lsearch
