// "Did you mean": corrects only the words of a query that the index's
// vocabulary (the spelling table lindex fills from the articles' words) lacks.
// Xapian's whole-query correction also rewrites words that exist ("tax cuts"
// -> "tax cut"), which misleads more than it helps.
#pragma once

#include <xapian.h>

#include <string>

namespace lsearch {

// The corrected (normalised) query, or "" when no word needed correcting.
// A word is known when the index holds its stem.
std::string suggest_correction(const Xapian::Database& db, const std::string& normalized_query,
                               const Xapian::Stem& stemmer);

}  // namespace lsearch
