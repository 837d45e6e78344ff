// Where a name stands says it names an organisation, whatever its words look like: the
// slots of a lone word (a noun after it, a club's slot, what a company has) and a noun in
// apposition that outweighs a person's shape. The extractor (entity_extractor.cpp) asks
// them; table rows in tests/common/news/org_slot_test.cpp.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/name_lexicon.h"
#include "common/news/sports_context.h"

namespace lsearch {

// "the Guardian newspaper", "Millwall have" (a club's slot), "shares of Rexnord", "Benetton
// spokesman", "Thiokol's chairman" (an uncommon word's, not a demonym's: "Australian
// spokesman", nor a letter's: "S&N's chief executive"): the lone word at `pos` names an
// organisation.
bool lone_organisation_slot(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t pos, const NameLexicon& lexicon, SportsReport& sports);

// "security firm F-Secure", "US foods giant Kraft Foods": the organisation noun right
// before a name at `begin` (introduced_by said organisation) types it so even when the
// name is person-shaped, but not a noun that two people or one may be too ("duo Jerry
// Harris and James Davis", "publisher Kimberly Quinn"), nor one of a title's domain
// ("Chairman of the firm Gordon Wu").
bool noun_outweighs_person_shape(const std::vector<Token>& tokens, const NameLexicon& lexicon,
                                 std::size_t begin);

}  // namespace lsearch
