#include "common/news/org_slot.h"

#include "common/news/lone_word_evidence.h"
#include "common/news/name_edges.h"
#include "common/news/org_context.h"

namespace lsearch {
namespace {

// "X's" (the X Window System) is a letter, not a name.
constexpr std::size_t kMinOwnerLetters = 3;

// "Rexnord", "Thiokol's": a word that may name an organisation, not a demonym
// ("Australian spokesman") or a letter ("S&N's chief executive").
bool organisation_word(std::string_view text, const Token& token) {
  if (ends_in_possessive(text, token))
    return token.norm.size() >= kMinOwnerLetters + 2 && !acronym_plural(text, token);
  return token.norm.size() >= kMinOwnerLetters && plain_name_word(text, token);
}

}  // namespace

bool lone_organisation_slot(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t pos, const NameLexicon& lexicon, SportsReport& sports) {
  const Token& token = tokens[pos];
  if (named_by_noun_after(text, tokens, lexicon, pos) ||
      lone_club_slot(text, tokens, pos, lexicon, sports))
    return true;
  return !lexicon.is_common_word(token.norm) && organisation_word(text, token) &&
         organisation_context(text, tokens, pos);
}

bool noun_outweighs_person_shape(const std::vector<Token>& tokens, const NameLexicon& lexicon,
                                 std::size_t begin) {
  if (begin == 0) return false;
  if (lexicon.may_name_people(tokens[begin - 1].norm)) return false;
  return !(begin >= 3 && tokens[begin - 2].norm == "the" && tokens[begin - 3].norm == "of");
}

}  // namespace lsearch
