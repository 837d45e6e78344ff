#include "common/news/lone_word_evidence.h"

#include <cctype>
#include <unordered_set>

#include "common/news/name_edges.h"
#include "common/util/text.h"

namespace lsearch {
namespace {

// Acronyms shorter than this spell too many names by chance ("EC", "US").
constexpr std::size_t kMinAcronymLetters = 3;
// Words in capitals this short are abbreviations, not WordNet's title-case words.
constexpr std::size_t kMaxAbbreviationLetters = 3;

// "Electricite de France", "Noblee und Thoerl GmbH", "Pratt and Whitney": a lower-case
// connector and a capital after a name's words may go on with the same name, which the
// name runs cut there.
bool name_may_go_on(std::string_view text, const std::vector<Token>& tokens, std::size_t end) {
  if (end + 1 >= tokens.size() || tokens[end].capitalised || !tokens[end + 1].capitalised)
    return false;
  static const std::unordered_set<std::string_view> kConnectors = {
      "de", "des", "du", "d", "und", "y", "and", "di", "da", "do", "van", "von", "der", "et"};
  return kConnectors.count(tokens[end].norm) != 0 &&
         trim(gap_between(text, tokens[end - 1], tokens[end])).empty();
}

}  // namespace

ActorType introduced_by(std::string_view text, const std::vector<Token>& tokens,
                        const NameLexicon& lexicon, std::size_t pos, std::size_t end) {
  if (pos == 0) return ActorType::kUnknown;
  const Token& noun = tokens[pos - 1];
  if (noun.capitalised || gap_between(text, noun, tokens[pos]) != " ") return ActorType::kUnknown;
  if (lexicon.introduces_person(noun.norm)) return ActorType::kPerson;
  if (!lexicon.introduces_organisation(noun.norm) || name_may_go_on(text, tokens, end))
    return ActorType::kUnknown;
  // "the home side's Craig Bryson": what an organisation has is no apposition.
  if (ends_in_possessive(text, noun)) return ActorType::kUnknown;
  // "can label Roussel as", "need exchange MD5s": after "to" or a modal the noun is a verb.
  static const std::unordered_set<std::string_view> kBeforeVerb = {
      "to", "can", "could", "will", "would", "should", "may", "might", "must", "need", "not"};
  if (pos >= 2 && kBeforeVerb.count(tokens[pos - 2].norm) != 0) return ActorType::kUnknown;
  // "aircraft carrier Kitty Hawk", "bulk carrier Mykon Wave": after what it carries, a
  // carrier is a ship, no airline ("flag carrier Alitalia").
  static const std::unordered_set<std::string_view> kShipCargo = {
      "aircraft", "bulk", "product", "ore", "cargo", "car", "troop", "lng", "gas", "oil"};
  if (noun.norm == "carrier" && pos >= 2 && kShipCargo.count(tokens[pos - 2].norm) != 0)
    return ActorType::kUnknown;
  // "the giant Yates Field": after an article a descriptor is an adjective ("oil giant
  // Yukos"); "open-side Martyn Williams": joined to a word, a position.
  if (lexicon.is_descriptor(noun.norm) && pos >= 2 &&
      (tokens[pos - 2].norm == "the" || tokens[pos - 2].norm == "a" ||
       gap_between(text, tokens[pos - 2], noun) == "-"))
    return ActorType::kUnknown;
  return ActorType::kOrganisation;
}

bool named_by_noun_after(std::string_view text, const std::vector<Token>& tokens,
                         const NameLexicon& lexicon, std::size_t pos) {
  if (pos == 0 || pos + 1 >= tokens.size()) return false;
  const Token& article = tokens[pos - 1];
  const Token& noun = tokens[pos + 1];
  return article.norm == "the" && !article.capitalised && !noun.capitalised &&
         // Not a demonym: "the Chinese firm" (the ones that are common words, like
         // "the Economist magazine", are whole words of English: no demonyms).
         (lexicon.is_common_word(tokens[pos].norm) || plain_name_word(text, tokens[pos])) &&
         lexicon.follows_organisation(noun.norm) &&
         gap_between(text, article, tokens[pos]) == " " &&
         gap_between(text, tokens[pos], noun) == " ";
}

WordNetVerdict wordnet_verdict(std::string_view text, const std::vector<Token>& tokens,
                               const NameLexicon& lexicon, std::size_t pos) {
  const NameKnowledge& knowledge = lexicon.knowledge();
  const std::string& norm = tokens[pos].norm;
  if (norm.size() <= kMaxAbbreviationLetters && acronym_word(text, tokens[pos]))
    return WordNetVerdict::kUnknown;
  if (knowledge.never_actor(norm)) return WordNetVerdict::kNoActor;
  const std::string_view before = pos > 0 ? std::string_view(tokens[pos - 1].norm) : "";
  const bool after_article = before == "the" || before == "a" || before == "an";
  if (lexicon.is_common_word(norm)) return WordNetVerdict::kUnknown;
  if (knowledge.only_organisation(norm)) return WordNetVerdict::kOrganisation;
  if (after_article) return WordNetVerdict::kUnknown;
  if (knowledge.only_person(norm)) return WordNetVerdict::kPerson;
  return WordNetVerdict::kUnknown;
}

namespace {

// Whether only blanks lie between `from` and the next line break (or the end).
bool blank_to_line_end(std::string_view text, std::size_t from) {
  while (from < text.size() && (text[from] == ' ' || text[from] == '\t' || text[from] == '\r'))
    ++from;
  return from == text.size() || text[from] == '\n';
}

// "-Eric" alone on a line, after "-" or "--" (quote marks allowed before them).
bool signs_after_dash(std::string_view text, const Token& token) {
  std::size_t i = token.begin;
  while (i > 0 && text[i - 1] == ' ') --i;
  if (i == 0 || text[i - 1] != '-') return false;
  while (i > 0 && text[i - 1] == '-') --i;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '>')) --i;
  return i == 0 || text[i - 1] == '\n';
}

// "...as hell.\n\n Tom": the post's last paragraph, one word alone on its line, after a
// blank line or a closing ("Thanks,"); only blanks or a signature's "--" line after it.
bool signs_last_paragraph(std::string_view text, const Token& token) {
  // In title case: "TIA", "IMHO" are no names.
  if (token.end - token.begin < 2 ||
      !std::islower(static_cast<unsigned char>(text[token.begin + 1])))
    return false;
  std::size_t i = token.begin;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  if (i == 0 || text[i - 1] != '\n') return false;
  std::size_t before = i - 1;  // the line break ending the line before
  while (before > 0 &&
         (text[before - 1] == ' ' || text[before - 1] == '\t' || text[before - 1] == '\r'))
    --before;
  if (before == 0 || (text[before - 1] != '\n' && text[before - 1] != ',')) return false;
  std::size_t j = token.end;
  while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j]))) ++j;
  if (j == text.size()) return true;
  // A signature follows: "--" alone on its line ("-- " by the convention).
  return text.substr(j, 2) == "--" && text[j - 1] == '\n' && blank_to_line_end(text, j + 2);
}

}  // namespace

bool signs_off(std::string_view text, const Token& token) {
  if (!blank_to_line_end(text, token.end)) return false;
  return signs_after_dash(text, token) || signs_last_paragraph(text, token);
}

void AcronymExpansions::add(const std::vector<Token>& words, const NameLexicon& lexicon,
                            std::size_t found) {
  // "U.S. Agriculture Department": the country before a name is spelt by add_initials.
  const bool country = words.size() > 2 && (words[0].norm == "u.s" || words[0].norm == "us" ||
                                            words[0].norm == "u.k" || words[0].norm == "uk");
  const std::string spelt = initials(words, country ? 1 : 0, words.size(), lexicon);
  if (spelt.size() < 2) return;
  add_initials(spelt, found);
  // "Agriculture Department" is the Department of Agriculture: "DA".
  if (lexicon.is_org_head(words.back().norm))
    add_initials(spelt.back() + spelt.substr(0, spelt.size() - 1), found);
}

void AcronymExpansions::add_initials(std::string initials, std::size_t found) {
  for (std::string_view country : {"", "us", "uk"}) {
    std::string key = std::string(country) + initials;
    if (key.size() < kMinAcronymLetters) continue;
    auto [it, inserted] = by_initials_.emplace(key, found);
    if (!inserted && it->second != found) it->second.reset();
  }
}

std::optional<std::size_t> AcronymExpansions::find(const std::string& acronym) const {
  auto it = by_initials_.find(acronym);
  return it == by_initials_.end() ? std::nullopt : it->second;
}

}  // namespace lsearch
