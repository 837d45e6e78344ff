// The state in a US postal address, as a newsgroup signature writes one: "Cambridge,
// MA 02142", "Newington CT  06111" name Massachusetts and Connecticut. A two-letter
// code is a place only there, after a town's capitalised name and before a ZIP code:
// alone, "MA", "IN" or "OK" is anything. A signature's address line holding only the
// town and its code ("Johnson City, TN") names the state too. A state's abbreviation in the
// Associated Press's style (US wires' datelines) is a place after a town and a comma: "Dakota City,
// Neb.". Called by the alias pass (entity_alias_matches.cpp); table test in
// tests/common/news/postal_places_test.cpp.
#pragma once

#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/entity_passes.h"
#include "common/news/gazetteer.h"

namespace lsearch {

// The state's name ("Nebraska") if token `k` is its postal code in an address or its AP
// abbreviation after a town; empty otherwise. Needs no gazetteer: the run pass asks it
// whether a name before it is a town.
std::string_view state_named_at(std::string_view text, const std::vector<Token>& tokens,
                                std::size_t k);

// The state's gazetteer entry (a region of the United States) if token `k` is its
// postal code in an address or its AP abbreviation after a town; nullptr otherwise.
const GazetteerEntry* postal_state(std::string_view text, const std::vector<Token>& tokens,
                                   const Gazetteer& gazetteer, std::size_t k);

// Adds a match for each postal state code to `matches` (kept in token order; a code an
// alias already covers is left to it).
void add_postal_states(std::string_view text, const std::vector<Token>& tokens,
                       const Gazetteer& gazetteer, std::vector<AliasMatch>& matches);

}  // namespace lsearch
