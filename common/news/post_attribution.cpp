#include "common/news/post_attribution.h"

#include <algorithm>
#include <string>

#include "common/news/name_edges.h"

namespace lsearch {
namespace {

constexpr std::size_t kMaxNameTokens = 4;

bool upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool lower(char c) {
  return c >= 'a' && c <= 'z';
}

// "Mark", "O'Neill", "McElwaine": a capital, then letters with a lower-case one.
bool title_case_word(std::string_view word) {
  return word.size() >= 2 && upper(word[0]) &&
         std::all_of(word.begin() + 1, word.end(),
                     [](char c) { return lower(c) || upper(c) || c == '\''; }) &&
         std::any_of(word.begin() + 1, word.end(), lower);
}

// A mail address ends at `end` (one past it), found going back to a blank: "jsmith@cs.edu".
bool address_before(std::string_view text, std::size_t end) {
  std::size_t i = end;
  while (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n' && text[i - 1] != '\t') --i;
  return text.substr(i, end - i).find('@') != std::string_view::npos;
}

// ") writes", ") wrote", ") says" at `at`: the attribution's verb after the bracket.
bool verb_after(std::string_view text, std::size_t at) {
  for (std::string_view verb : {") writes", ") wrote", ") says"})
    if (text.substr(at, verb.size()) == verb) return true;
  return false;
}

// Where an attributed name can start: after " (" (an address before it) or at a line's start.
enum class Opening { kNone, kBracket, kLine };

Opening opening_at(std::string_view text, std::size_t begin) {
  if (begin >= 2 && text[begin - 1] == '(' && text[begin - 2] == ' ') return Opening::kBracket;
  std::size_t line = begin;
  while (line > 0 && text[line - 1] == ' ') --line;
  return line == 0 || text[line - 1] == '\n' ? Opening::kLine : Opening::kNone;
}

// "(Mark Singer) writes" after an address, or "Mark Singer (ms@x.edu) wrote" at a line's start.
bool attributes(std::string_view text, Opening opening, std::size_t begin, std::size_t end) {
  if (opening == Opening::kBracket) return address_before(text, begin - 2) && verb_after(text, end);
  if (text.substr(end, 2) != " (") return false;
  const std::size_t close = text.find_first_of(") \n", end + 2);
  return close != std::string_view::npos && text[close] == ')' && address_before(text, close) &&
         verb_after(text, close);
}

// The words of an attributed name [b, e) are a person's, not a pen name's or a body's.
bool plain_person_name(const std::vector<Token>& tokens, const NameLexicon& lexicon, std::size_t b,
                       std::size_t e) {
  // "(Cardinal Ximenez)", "(Saint Craig)": a title is no name's part (the run reader
  // drops it); a given name is no title ("Dean R Money").
  const std::string& first = tokens[b].norm;
  if ((lexicon.is_title(first) || is_saint(first)) && !lexicon.is_given_name(first)) return false;
  std::size_t words = 0, common = 0;
  for (std::size_t k = b; k < e; ++k) {
    const std::string& norm = tokens[k].norm;
    if (norm.size() == 1) continue;  // an initial
    // An organisation posts too: "(Diaspar Virtual Reality Network)" is read as one.
    if (lexicon.is_org_head(norm) || lexicon.is_company_suffix(norm)) return false;
    // A function word may end a name ("Timothy C. May"), not open or carry one
    // ("(The Master)", "(Dances With Wolves)").
    if (lexicon.is_function_word(norm) && k + 1 < e) return false;
    ++words;
    if (lexicon.is_common_word(norm)) ++common;
  }
  // "(Red Herring)": common words only are a pen name, unless a given name opens them.
  return words > 0 && (common < words || lexicon.is_given_name(first));
}

}  // namespace

std::size_t attributed_name_end(std::string_view text, const std::vector<Token>& tokens,
                                const NameLexicon& lexicon, std::size_t i) {
  if (!tokens[i].capitalised || tokens[i].begin == 0) return i;
  // Where it stands first, a byte or two: most capitals open no line and follow no bracket.
  const Opening opening = opening_at(text, tokens[i].begin);
  if (opening == Opening::kNone) return i;
  // The shape first, a few byte compares: words in title case or initials.
  std::size_t end = i;
  bool after_initial = false;
  while (end < tokens.size() && end - i < kMaxNameTokens) {
    const Token& t = tokens[end];
    std::string_view word = text.substr(t.begin, t.end - t.begin);
    if (end > i) {
      const std::string_view gap = gap_between(text, tokens[end - 1], t);
      if (gap != " " && !(after_initial && gap == ". ")) break;
    }
    after_initial = word.size() == 1 && upper(word[0]);
    if (!after_initial && !title_case_word(word)) break;
    ++end;
  }
  // The name ends at a word: "(Dan S.) writes" is not read.
  while (end > i && tokens[end - 1].end - tokens[end - 1].begin == 1) --end;
  if (end - i < 2 || !attributes(text, opening, tokens[i].begin, tokens[end - 1].end)) return i;
  return plain_person_name(tokens, lexicon, i, end) ? end : i;
}

}  // namespace lsearch
