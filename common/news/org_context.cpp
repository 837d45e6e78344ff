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

// The people an organisation employs, as news names them beside it.
const std::unordered_set<std::string_view>& staff_nouns() {
  static const std::unordered_set<std::string_view> kStaff = {
      "analyst", "analysts", "economist", "economists", "strategist",
      "trader",  "traders",  "dealer",    "dealers",    "guitarist",
      "drummer", "bassist",  "vocalist",  "frontman",   "keyboardist"};
  return kStaff;
}

// Lower-case modifiers before the staff noun: "Smith Barney livestock analyst".
constexpr std::size_t kMaxModifiers = 2;

}  // namespace

bool employs(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
             std::size_t end) {
  static const std::unordered_set<std::string_view> kAt = {"for", "at", "with"};
  if (begin >= 2 && plain_word_at(text, tokens, begin - 1, kAt) &&
      staff_nouns().count(tokens[begin - 2].norm) != 0 && !tokens[begin - 2].capitalised &&
      gap_between(text, tokens[begin - 1], tokens[begin]) == " ")
    return true;
  std::size_t k = end;
  while (k < tokens.size() && k < end + kMaxModifiers && !tokens[k].capitalised &&
         staff_nouns().count(tokens[k].norm) == 0 && joined(text, tokens[k - 1], tokens[k]))
    ++k;
  return k + 1 < tokens.size() && k > 0 && !tokens[k].capitalised &&
         staff_nouns().count(tokens[k].norm) != 0 && joined(text, tokens[k - 1], tokens[k]) &&
         tokens[k + 1].capitalised && joined(text, tokens[k], tokens[k + 1]);
}

bool named_by_medium_after(std::string_view text, const std::vector<Token>& tokens,
                           std::size_t end) {
  static const std::unordered_set<std::string_view> kMedia = {
      "newspaper", "daily", "weekly", "magazine", "tabloid", "broadcaster", "band"};
  // Wire copy wraps the line between them ("Gazeta Mercantil\nnewspaper").
  return end > 0 && end < tokens.size() && !tokens[end].capitalised &&
         kMedia.count(tokens[end].norm) != 0 && joined(text, tokens[end - 1], tokens[end]);
}

namespace {

// "<LLOY.L>", "<BAC>": a ticker is capitals, digits and dots; "<mad@sprite.com>" (a post's
// address after its author's name) is none.
bool ticker_letters(std::string_view text, const Token& t) {
  constexpr std::size_t kMaxTicker = 12;
  const std::size_t close = text.find('>', t.begin);
  if (close == std::string_view::npos || close - t.begin > kMaxTicker) return false;
  for (std::size_t k = t.begin; k < close; ++k)
    if (!((text[k] >= 'A' && text[k] <= 'Z') || (text[k] >= '0' && text[k] <= '9') ||
          text[k] == '.'))
      return false;
  return true;
}

// A wire headline in capitals cuts and abbreviates names ("COUSINS HOME FURNISHINGS <CUZZ>",
// "IC INDS <ICX>"): only a line with a lower-case letter says where a name starts.
bool mixed_case_line(std::string_view text, std::size_t pos) {
  const std::size_t start = text.rfind('\n', pos);
  const std::size_t begin = start == std::string_view::npos ? 0 : start + 1;
  return has_ascii_lower(text.substr(begin, pos - begin));
}

}  // namespace

bool before_ticker(std::string_view text, const std::vector<Token>& tokens, std::size_t end) {
  if (end == 0 || end >= tokens.size() || !is_ticker(text, tokens[end]) ||
      !ticker_letters(text, tokens[end]))
    return false;
  // Wire copy wraps the line before the ticker too ("Texaco Inc\n<TX>").
  const std::string_view gap = gap_between(text, tokens[end - 1], tokens[end]);
  return (gap == " <" || gap == "\n<") && mixed_case_line(text, tokens[end - 1].end - 1);
}

bool names_organisation(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
                        std::size_t end) {
  return employs(text, tokens, begin, end) || named_by_medium_after(text, tokens, end) ||
         before_ticker(text, tokens, end);
}

bool organisation_context(std::string_view text, const std::vector<Token>& tokens,
                          std::size_t pos) {
  static const std::unordered_set<std::string_view> kSpokes = {"spokesman", "spokeswoman",
                                                               "spokesperson"};
  static const std::unordered_set<std::string_view> kOfficers = {
      "chairman", "chairwoman",   "chief",      "president", "board",
      "shares",   "shareholders", "subsidiary", "unit"};
  if (held(text, tokens, pos) || employs(text, tokens, pos, pos + 1) ||
      before_ticker(text, tokens, pos + 1))
    return true;
  const bool owner = ends_in_possessive(text, tokens[pos]);
  if (!owner && plain_word_at(text, tokens, pos + 1, kSpokes)) return true;
  return owner && plain_word_at(text, tokens, pos + 1, kOfficers);
}

}  // namespace lsearch
