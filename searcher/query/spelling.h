// "Did you mean": corrects only the words of a query that the index's
// vocabulary (the spelling table lindex fills from the articles' words) lacks.
// Xapian's whole-query correction also rewrites words that exist ("tax cuts"
// -> "tax cut"), which misleads more than it helps.
#pragma once

#include <xapian.h>

#include <string>

#include "common/news/gazetteer.h"

namespace lsearch {

// The corrected (normalised) query, or "" when no word needed correcting.
// A word is known when the index holds its stem or is an alias of an entity
// of `gazetteer` ("hifter"). Entity names the index knows come first: "hafter"
// becomes "haftar" (an alias one or two edits away whose entity some article
// names), not the spelling table's "after".
std::string suggest_correction(const Xapian::Database& db, const std::string& normalized_query,
                               const Xapian::Stem& stemmer, const Gazetteer* gazetteer = nullptr);

}  // namespace lsearch
