// The text normaliser: the first step of the one analysis pipeline. Both the
// indexer (before Xapian's TermGenerator) and the searcher (before Xapian's
// QueryParser) send text through it, so both sides see the same words.
//
// Rules, in order: NFKC; curly quotes and apostrophes to ASCII; Arabic letter
// variants unified (alef forms, teh marbuta, alef maqsura, tatweel); case
// folding; accents and Arabic diacritics removed; possessive 's dropped;
// dotted acronyms joined (U.N. -> un). Thread-safe (ICU singletons only).
#pragma once

#include <string>
#include <string_view>

namespace lsearch {

// Normalises free text. Invalid UTF-8 becomes U+FFFD.
std::string normalize_text(std::string_view utf8);

// Normalises a query, keeping the upper-case operator words (AND, OR, NOT,
// XOR, NEAR, ADJ) that the query parser needs, and all query punctuation.
std::string normalize_query(std::string_view utf8);

// AND, OR, NOT, XOR, NEAR, ADJ: the operator words normalize_query keeps upper-case.
bool is_query_operator(std::string_view word);

}  // namespace lsearch
