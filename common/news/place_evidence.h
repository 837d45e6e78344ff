// Pass 2b of entity extraction (after match_aliases, before find_name_runs; see
// entity_passes.h): keeps a place match only where it is a place. A city right
// after a capitalised name word or a title, or before "said", is part of a
// person's name ("Michael Jackson", "Mr Lincoln", "Lincoln said"); a name that
// needs evidence ("?York", "!Reading") stays when a locative stands before it
// ("in Reading"), a place beside it ("Mobile, Alabama"), or, for "?", when the
// article names its region or country by a name that needs none. Dropped
// matches free their words for the name finder.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/news/entity_passes.h"

namespace lsearch {

// "in", "near", "from", ...: a word before a place name that says it is a place.
bool is_locative(const std::string& norm);

void confirm_places(std::string_view text, const std::vector<Token>& tokens,
                    const std::vector<std::uint8_t>& capitals, const NameLexicon& lexicon,
                    const Gazetteer& gazetteer, std::vector<AliasMatch>& aliases);

}  // namespace lsearch
