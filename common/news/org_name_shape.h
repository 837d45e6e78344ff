// The shape of an organisation's name, read by the run pass (entity_name_runs.cpp) and
// the run reader (entity_passes.cpp): where one ends (a head noun or company suffix, or a
// head noun that governs its domain), what a place before one may look like ("U.S."), and
// an acronym written after the name it spells ("Kenya News Agency KNA"). Table rows in
// tests/common/news/org_name_shape_test.cpp.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/name_lexicon.h"

namespace lsearch {

// [b, e) ends in a head noun or company suffix ("Foreign Office", "Toyota Motor Corp"), or
// a head noun governs the rest ("Ministry of Defence", "Department of Energy").
bool organisation_shape(const std::vector<Token>& tokens, std::size_t b, std::size_t e,
                        const NameLexicon& lexicon);

// "department", "ministry", "court", "army", ...: a head noun of a state's own body ("U.S.
// Agriculture Department", "Kenya News Agency"), not of a firm's or a club's.
bool is_public_body_head(std::string_view norm);

// "U.S. Agriculture Department", "U.K. Treasury": the full stop of a dotted abbreviation
// (letters with dots between them) before a capitalised word does not end a name.
bool dotted_abbreviation_stop(std::string_view text, const Token& a, const Token& b);

// "Kenya News Agency KNA": the last token of [b, e) is an acronym that spells the initials
// of the words before it (connectors skipped), so it names them and is no part of the name.
bool spelt_by_last(std::string_view text, const std::vector<Token>& tokens, std::size_t b,
                   std::size_t e, const NameLexicon& lexicon);

// "University of Texas at Austin", "State University of New York at Stony Brook": token k is
// the "at" of a university named by its state or city and its campus (the names of the US
// state universities), so the campus is part of the name. Checked back to "University of"
// over at most three capitalised words. A campus joined by a hyphen ("at Urbana-Champaign")
// is left out: the run would stop inside it at the place it holds ("Champaign").
bool campus_at(std::string_view text, const std::vector<Token>& tokens, std::size_t k);

}  // namespace lsearch
