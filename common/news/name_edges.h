// The edges of a name: which tokens stand together in one name, which words
// join or end one ("of", "and", a possessive, an initial's full stop), and
// whether a word shouts. Shared by the entity passes (entity_passes.h) and the
// place-evidence pass; each rule is a few lines, tested in name_edges_test.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/name_lexicon.h"

namespace lsearch {

// Connectors that join an organisation's head to its domain: "Bank of", "Department for".
bool is_org_of(const std::string& norm);
// Connectors that may open a name, being part of it ("al-Sisi", "van Gogh") are kept;
// these are not: "the", "of", "for", "and", "on".
bool is_bare_connector(const std::string& norm);

bool has_ascii_lower(std::string_view s);
// "WHO": the token has no lower-case letter.
bool all_capitals(std::string_view text, const Token& t);
// Two letters or more and no lower-case one: "BBC", "NUCOR".
bool shouts(std::string_view text, const Token& t);
// A letter of a script without case (Arabic, Chinese): no capital to go by.
bool caseless_letter(std::string_view text, const Token& token);

// "and" or "&" between tokens k-1 and k: where a coordination splits.
bool coordinates(std::string_view text, const std::vector<Token>& tokens, std::size_t k);
// "Blair's", "Blair’s".
bool ends_in_possessive(std::string_view text, const Token& t);

// A stock ticker: "<WSTP.S>", "<NUE>", one word in angle brackets. "<Pioneer Sugar
// Mills Ltd>" is not one: Reuters brackets the names of unlisted companies too.
bool is_ticker(std::string_view text, const Token& t);

// After a sentence end, a blank line or at the start: a capital there says nothing.
bool sentence_initial(std::string_view text, const Token& token);

// The shapes of a lone word that may be a name (the extractor's linking pass):
// "CBS", "BT": 2 to 5 capitals, in a line that does not shout.
bool acronym_word(std::string_view text, const Token& token);
// "ELV's", "PC's": capitals before the apostrophe, a plural more often than an owner.
bool acronym_plural(std::string_view text, const Token& token);
// Letters only, no apostrophe or digit, not shaped like a demonym or a people ("Chinese",
// "Bosnian", "Kiwis"), mixed case only as an acronym ("MHz" is a unit).
bool plain_name_word(std::string_view text, const Token& token);
// A word opening a line: in a wire table ("Oper shr 1.20 vs 1.10") its capital is layout.
bool line_initial(std::string_view text, const Token& token);

// "road", "street", "avenue", "towers", ...: a name ending in one is an address ("Morgan
// Road", "225 Main Street" in a signature), not an actor.
bool is_street_word(const std::string& norm);
// "stadium", "airport", "hotel", "square", ...: a name ending in one is a building's or a
// public place's ("Yankee Stadium", "Kennedy Airport", "Trafalgar Square"), no person: the
// labels leave facilities out, and no surname is one of these words ("Hall", "Park" and
// "Bridge" are: "Jerry Hall", "Brad Park", "Wayne Bridge").
bool is_venue_word(const std::string& norm);

// "PlayStation", "DeskJet", "CompuServe": a capital after a small letter inside a word (the
// medial capitals of brand and product names), other than after the prefixes of surnames
// that keep theirs ("McDonald", "MacArthur", "DiCaprio", "LeBlanc", "DelPapa", "ElBaradei").
bool medial_capital(std::string_view text, const Token& token);
// "RRC", "KH6CP", "SSB": capitals without a vowel, a code (call sign, model, unit), never a
// surname written in capitals as the UN writes them ("Pakalitha Bethuel MOSISILI"); a dotted
// abbreviation is no code ("N.V", "L.P": company suffixes).
bool vowelless_code(std::string_view text, const Token& token);

// "st", "saint", "ste": a saint's title, which inside a name is part of it ("Paris St Germain").
bool is_saint(const std::string& norm);

// The text between two tokens of `text` (" " for one space, "\n" for a line break).
std::string_view gap_between(std::string_view text, const Token& a, const Token& b);

// Whether two tokens stand in one name (name_span's gap rule, shared with the highlighter).
bool joined(std::string_view text, const Token& a, const Token& b);
// The initials of tokens [b, e): the first letter of each word but the connectors
// ("International Monetary Fund" -> "imf", "Bank of Japan" -> "bj"), as acronyms spell them.
std::string initials(const std::vector<Token>& tokens, std::size_t b, std::size_t e,
                     const NameLexicon& lexicon);
// "Mark A. Davis", "Sen. Dole": an initial's or an abbreviated title's full stop
// does not end the name.
bool abbreviation_stop(std::string_view text, const Token& a, const Token& b,
                       const NameLexicon& lexicon);

}  // namespace lsearch
