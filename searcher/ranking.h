// Ranking settings shared by every search: the BM25 parameters and the query
// expansion used by --similar and --expand. One set for every collection
// (README has the table of what was measured).
#pragma once

#include <xapian.h>

namespace lsearch {

// BM25 as Xapian implements it, with the standard k1 = 1.2 and b = 0.75.
Xapian::BM25Weight ranking_weight();

// The terms that best describe a set of documents (words other documents
// share), as an OR query of at most `terms` terms.
Xapian::Query expansion_query(const Xapian::Database& db, Xapian::Enquire& enquire,
                              const Xapian::RSet& rset, unsigned terms);

}  // namespace lsearch
