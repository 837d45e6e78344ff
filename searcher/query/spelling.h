// "Did you mean": corrects only the words of a query that the index does not
// hold, from the index's own vocabulary (the spelling table lindex fills).
// Xapian's whole-query correction also rewrites words that exist ("tax cuts"
// -> "tax cut"), which misleads more than it helps.
#pragma once

#include <xapian.h>

#include <string>

namespace lsearch {

// The corrected (normalised) query, or "" when no word needed correcting.
std::string suggest_correction(const Xapian::Database& db, const std::string& normalized_query);

}  // namespace lsearch
