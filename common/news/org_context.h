// Evidence that a lone capitalised word names an organisation, read from the words around
// it (the extractor's linking pass, entity_extractor.cpp): what a company has and a person
// has not. Each rule is a few words of context, with table rows in
// tests/common/news/org_context_test.cpp.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"

namespace lsearch {

// "shares of Rexnord", "a stake in Datarex": what is traded or held is a company.
// "Benetton spokesman": who has a spokesman is an organisation (a person's speaks "for" them).
// "Thiokol's chairman", "Intel's chief executive": who has a chairman or a board is one too.
bool organisation_context(std::string_view text, const std::vector<Token>& tokens, std::size_t pos);

}  // namespace lsearch
