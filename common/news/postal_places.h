// The state in a US postal address, as a newsgroup signature writes one: "Cambridge,
// MA 02142", "Newington CT  06111" name Massachusetts and Connecticut. A two-letter
// code is a place only there, after a town's capitalised name and before a ZIP code:
// alone, "MA", "IN" or "OK" is anything. Called by the alias pass
// (entity_alias_matches.cpp); table test in tests/common/news/postal_places_test.cpp.
#pragma once

#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/entity_passes.h"
#include "common/news/gazetteer.h"

namespace lsearch {

// The state's gazetteer entry (a region of the United States) if token `k` is its
// postal code in an address; nullptr otherwise.
const GazetteerEntry* postal_state(std::string_view text, const std::vector<Token>& tokens,
                                   const Gazetteer& gazetteer, std::size_t k);

// Adds a match for each postal state code to `matches` (kept in token order; a code an
// alias already covers is left to it).
void add_postal_states(std::string_view text, const std::vector<Token>& tokens,
                       const Gazetteer& gazetteer, std::vector<AliasMatch>& matches);

}  // namespace lsearch
