// "Did you mean": corrects only the words of a query that the index's
// vocabulary (the spelling table lindex fills from the articles' words) lacks.
// Xapian's whole-query correction also rewrites words that exist ("tax cuts"
// -> "tax cut"), which misleads more than it helps.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>
#include <string_view>

namespace lsearch {

// The spelling names table (common/schema/spelling_names), asked for only when
// a word's stem is missing from the index: most queries with fewer than three
// hits hold no unknown word, and an index built before the table parses its
// gazetteer for it (325M instructions, issue 15). "" when there is none.
using SpellingNamesSource = std::function<std::string_view()>;

// The corrected (normalised) query, or "" when no word needed correcting.
// A word is known when the index holds its stem or is an alias of an entity
// of the gazetteer ("hifter"). Entity names the index knows come first: "hafter"
// becomes "haftar" (an alias one or two edits away whose entity some article
// names), not the spelling table's "after".
std::string suggest_correction(const Xapian::Database& db, const std::string& normalized_query,
                               const Xapian::Stem& stemmer, const SpellingNamesSource& names = {});

}  // namespace lsearch
