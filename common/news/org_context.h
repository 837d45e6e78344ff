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
// It holds employs(text, tokens, pos, pos + 1) too.
bool organisation_context(std::string_view text, const std::vector<Token>& tokens, std::size_t pos);

// "Smith Barney livestock analyst Tom O'Hare", "Motley Crue guitarist Mick Mars", "an analyst
// for Agri Analysis": a name [begin, end) whose analyst or player stands named beside it
// (or who is one "for", "at" or "with" it) is an organisation's, whatever its words look like.
bool employs(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
             std::size_t end);

// "today's Gazeta Mercantil newspaper", "the Motley Crue band": a name right before a
// lower-case noun of a newspaper or a band (token `end`) is that newspaper's or band's.
bool named_by_medium_after(std::string_view text, const std::vector<Token>& tokens,
                           std::size_t end);

// "Texaco <TX>", "Lloyds Bank <LLOY.L>", "BankAmerica Corp's <BAC>": a name right before a
// stock ticker in angle brackets (token `end`; Reuters' wire style) is a listed company's,
// whole (pass 3 reads it so: entity_name_runs.cpp), in a line that is not all capitals.
bool before_ticker(std::string_view text, const std::vector<Token>& tokens, std::size_t end);

// What the words around a name [begin, end) say of it: employs, named_by_medium_after or
// before_ticker holds.
bool names_organisation(std::string_view text, const std::vector<Token>& tokens, std::size_t begin,
                        std::size_t end);

}  // namespace lsearch
