// Evidence that a lone capitalised word is a name, read from the words and names
// around it (the extractor's linking pass, entity_extractor.cpp): a noun in
// apposition before or after it, an organisation whose initials it spells. Each rule
// is a few lines,
// with table rows in tests/common/news/lone_word_evidence_test.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/entity.h"
#include "common/news/name_lexicon.h"

namespace lsearch {

// "the band Wings", "US bank Wells Fargo", "singer Ruslana": a lower-case noun right
// before a name [pos, end), in apposition, says whether it is a person's or an
// organisation's; not where the name may go on past a connector ("utility Electricite de
// France", cut at "de").
ActorType introduced_by(std::string_view text, const std::vector<Token>& tokens,
                        const NameLexicon& lexicon, std::size_t pos, std::size_t end);

// "told the Guardian newspaper", "the Beatles band": between "the" and a lower-case
// organisation noun, a capitalised word (a common one too) is an organisation's name.
bool named_by_noun_after(std::string_view text, const std::vector<Token>& tokens,
                         const NameLexicon& lexicon, std::size_t pos);

// What WordNet knows a lone word as (NameKnowledge): a people or a thing ("Swiss",
// "Maori", "Bible") is no actor; an English word is left to the other evidence; a word
// known only as an organisation or a body is one ("Hamas", "the Knesset"), and one
// known only as a named person ("Aristotle"; no given name) unless an article stands
// before it ("the Nixon years"). Short acronyms are not read ("CA" is no "Ca", calcium,
// "FM" no fermium); a longer word in capitals is shouting ("NIXON"). kUnknown: the
// other evidence decides.
enum class WordNetVerdict { kUnknown, kNoActor, kPerson, kOrganisation };
WordNetVerdict wordnet_verdict(std::string_view text, const std::vector<Token>& tokens,
                               const NameLexicon& lexicon, std::size_t pos);

// A post signed off with a first name alone on its line: "-Eric" (after "-" or "--",
// quote marks allowed) anywhere, or "Eric" as the post's last paragraph (after a blank
// line or a closing such as "Thanks,"; before a signature's "--" line or the end).
bool signs_off(std::string_view text, const Token& token);

// The acronyms that spell the organisations an article names: "FDA" for the Food and
// Drug Administration, "USDA" for the (U.S.) Agriculture Department (a head noun read
// first, as in "Department of Agriculture"; a country's "US"/"UK" before it). An
// acronym two organisations spell names neither.
class AcronymExpansions {
 public:
  // `words`: the organisation's name as tokens; `found`: its index in the collector.
  void add(const std::vector<Token>& words, const NameLexicon& lexicon, std::size_t found);
  // The organisation `acronym` (a token's norm: "usda") spells, if one.
  std::optional<std::size_t> find(const std::string& acronym) const;

 private:
  void add_initials(std::string initials, std::size_t found);
  std::unordered_map<std::string, std::optional<std::size_t>> by_initials_;
};

}  // namespace lsearch
