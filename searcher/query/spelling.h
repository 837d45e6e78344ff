// "Did you mean": corrects only the words of a query that the index's
// vocabulary (the spelling table lindex fills from the articles' words) lacks.
// Xapian's whole-query correction also rewrites words that exist ("tax cuts"
// -> "tax cut"), which misleads more than it helps.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>

#include "common/news/gazetteer.h"

namespace lsearch {

// The gazetteer, asked for only when a word's stem is missing from the index:
// parsing the index's gazetteer was 325M of the 520M instructions of a query
// with fewer than three hits (130-170 ms; issue 15), and most such queries
// hold no unknown word. May return nullptr (no gazetteer).
using GazetteerSource = std::function<const Gazetteer*()>;

// The corrected (normalised) query, or "" when no word needed correcting.
// A word is known when the index holds its stem or is an alias of an entity
// of the gazetteer ("hifter"). Entity names the index knows come first: "hafter"
// becomes "haftar" (an alias one or two edits away whose entity some article
// names), not the spelling table's "after".
std::string suggest_correction(const Xapian::Database& db, const std::string& normalized_query,
                               const Xapian::Stem& stemmer, const GazetteerSource& gazetteer = {});

}  // namespace lsearch
