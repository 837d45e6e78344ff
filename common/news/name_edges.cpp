#include "common/news/name_edges.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_set>

#include "common/news/name_span.h"
#include "common/util/word_set.h"

namespace lsearch {

// The name finder asks these of nearly every token: a word's length turns most away
// before any compare (callgrind, BBC: 45M instructions of 1.59G were these two).
bool is_org_of(const std::string& norm) {
  if (norm.size() < 2 || norm.size() > 3) return false;
  return norm == "of" || norm == "for" || norm == "de" || norm == "on";
}

bool is_bare_connector(const std::string& norm) {
  if (norm.size() < 2 || norm.size() > 3) return false;
  return norm == "of" || norm == "for" || norm == "and" || norm == "the" || norm == "on";
}

bool is_street_word(const std::string& norm) {
  static const WordSet words = {"street", "road",    "rd",      "avenue", "ave",      "drive",
                                "blvd",   "terrace", "parkway", "towers", "crescent", "boulevard"};
  return words.contains(norm);
}

bool is_venue_word(const std::string& norm) {
  static const WordSet words = {"stadium", "arena", "airport",  "hotel",
                                "square",  "plaza", "building", "gardens"};
  return words.contains(norm);
}

bool medial_capital(std::string_view text, const Token& token) {
  static const std::unordered_set<std::string_view> surname_prefixes = {
      "Mc", "Mac", "De",  "Di",   "Da", "Du", "Del", "Della", "Le",
      "La", "Van", "Von", "Fitz", "Al", "El", "Abu", "Ben"};
  const std::string_view word = text.substr(token.begin, token.end - token.begin);
  for (std::size_t i = 1; i < word.size(); ++i)
    if (word[i] >= 'A' && word[i] <= 'Z' && word[i - 1] >= 'a' && word[i - 1] <= 'z')
      return surname_prefixes.count(word.substr(0, i)) == 0;
  return false;
}

bool vowelless_code(std::string_view text, const Token& token) {
  const std::string_view word = text.substr(token.begin, token.end - token.begin);
  return shouts(text, token) && word.find_first_of("AEIOUY.") == std::string_view::npos;
}

bool is_saint(const std::string& norm) {
  return norm == "st" || norm == "saint" || norm == "ste";
}

bool has_ascii_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// "WHO" in a line that does not shout (name_capitals already discounts shouting lines).
bool all_capitals(std::string_view text, const Token& t) {
  return !has_ascii_lower(text.substr(t.begin, t.end - t.begin));
}

// A letter of a script without case (Arabic, Chinese): no capital to go by.
bool caseless_letter(std::string_view text, const Token& token) {
  if (static_cast<unsigned char>(text[token.begin]) < 0x80) return false;
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data() + token.begin), i,
          static_cast<int32_t>(token.end - token.begin), c);
  return c > 0 && u_isalpha(c) && !u_isupper(c) && !u_islower(c) && !u_istitle(c);
}

// "and" or "&" between two tokens: where a coordination splits.
bool coordinates(std::string_view text, const std::vector<Token>& tokens, std::size_t k) {
  if (tokens[k].norm == "and") return true;
  if (k == 0) return false;
  std::string_view gap = gap_between(text, tokens[k - 1], tokens[k]);
  return gap.find('&') != std::string_view::npos;
}

bool shouts(std::string_view text, const Token& t) {
  std::string_view word = text.substr(t.begin, t.end - t.begin);
  return word.size() >= 2 && !has_ascii_lower(word);
}

bool ends_in_possessive(std::string_view text, const Token& t) {
  std::string_view word = text.substr(t.begin, t.end - t.begin);
  return word.ends_with("'s") || word.ends_with("\u2019s") || word.ends_with("'S") ||
         word.ends_with("\u2019S");
}

bool is_ticker(std::string_view text, const Token& t) {
  if (t.begin == 0 || text[t.begin - 1] != '<') return false;
  std::size_t close = text.find_first_of("> \n", t.end);
  return close != std::string_view::npos && text[close] == '>';
}

bool sentence_initial(std::string_view text, const Token& token) {
  std::size_t i = token.begin;
  while (i > 0) {
    char c = text[i - 1];
    if (c == ' ' || c == '"' || c == '\'' || c == '(' || c == '\t' || c == '\r') {
      --i;
      continue;
    }
    if (c == '\n') return i >= 2 && text[i - 2] == '\n';
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
  }
  return true;
}

bool acronym_word(std::string_view text, const Token& token) {
  std::string_view word = text.substr(token.begin, token.end - token.begin);
  return word.size() >= 2 && word.size() <= 5 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool acronym_plural(std::string_view text, const Token& token) {
  std::string_view word = text.substr(token.begin, token.end - token.begin);
  word = word.substr(0, word.find_first_of("'\xe2"));
  return !has_ascii_lower(word);
}

bool plain_name_word(std::string_view text, const Token& token) {
  std::string_view word = text.substr(token.begin, token.end - token.begin);
  if (!std::all_of(word.begin(), word.end(),
                   [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }))
    return false;
  if (acronym_word(text, token)) return true;
  if (std::any_of(word.begin() + 1, word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  for (std::string_view end : {"ese", "ian", "ish", "ans", "ity", "ism", "ist", "ists", "is"})
    if (word.ends_with(end)) return false;
  return true;
}

bool line_initial(std::string_view text, const Token& token) {
  std::size_t i = token.begin;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  return i == 0 || text[i - 1] == '\n';
}

std::string_view gap_between(std::string_view text, const Token& a, const Token& b) {
  return text.substr(a.end, b.begin - a.end);
}

bool joined(std::string_view text, const Token& a, const Token& b) {
  return joins_name_words(text, a.end, b.begin);
}

std::string initials(const std::vector<Token>& tokens, std::size_t b, std::size_t e,
                     const NameLexicon& lexicon) {
  std::string letters;
  for (std::size_t k = b; k < e; ++k)
    if (!lexicon.is_connector(tokens[k].norm) && !tokens[k].norm.empty())
      letters.push_back(tokens[k].norm[0]);
  return letters;
}

bool abbreviation_stop(std::string_view text, const Token& a, const Token& b,
                       const NameLexicon& lexicon) {
  std::string_view gap = gap_between(text, a, b);
  if (gap != ". " && gap != ".") return false;
  bool initial = a.end - a.begin == 1 && text[a.begin] >= 'A' && text[a.begin] <= 'Z';
  return initial || lexicon.is_title(a.norm);
}

}  // namespace lsearch
