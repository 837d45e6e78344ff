// Phrases and NEAR over the index's positions. Stop words are
// indexed without positions (Analyzer::is_unpositioned) but still take a
// position each, so a phrase keeps its other words, in order, in the same
// window, and requires the left-out ones as plain terms: "bank of england" is
// Zbank then Zengland within 3 positions, AND Zof. The QueryBuilder applies it
// to what Xapian's parser built.
#pragma once

#include <xapian.h>

#include "common/analysis/analyzer.h"

namespace lsearch {

// `query` with every OP_PHRASE and OP_NEAR over unpositioned terms rewritten as
// above; subqueries without such phrases are kept as they are.
Xapian::Query fit_phrases_to_positions(const Xapian::Query& query, const Analyzer& analyzer);

}  // namespace lsearch
