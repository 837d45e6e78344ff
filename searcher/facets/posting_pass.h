// The counting pass without Xapian's matcher, for the common case: a local
// index whose facet column is of the open revision, and a query whose match
// set is an AND of terms or ORs of terms (a word, an entity name's aliases, the
// words of a free-text search ANDed, with or without their proximity boost,
// which adds no documents). Its posting lists are walked in docid order (leapfrog:
// each list skips to the highest docid seen) and each match is counted from
// the column by its docid: the same matches as Xapian's boolean pass, so the
// same totals, facets and copy counts (a unit test compares both on hundreds
// of queries of two real indexes), without the matcher's per-match work
// (its postlist tree, a document object and a spy call per match: about half
// of the pass on `lsearch oil`, README Speed, eleventh step).
#pragma once

#include <xapian.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common/schema/facet_column.h"
#include "lsearch/searcher.h"

namespace lsearch {

// A match set as an AND of factors, each the docids holding any of its terms
// (one term, or the aliases of an entity name).
using Conjunction = std::vector<std::vector<std::string>>;

// `query`'s match set as a Conjunction: a term, an OR of terms, an AND of
// such queries, the left side of an AND_MAYBE; an OR's branch that requires one
// of its terms (a phrase alias with the name's own word) adds no match and is
// left out. Empty for any other shape (another OR branch, phrases on their
// own, filters by value, wildcards, MatchAll...), which needs Xapian's matcher.
Conjunction conjunction_of(const Xapian::Query& query);

// Calls `visit` with every docid of `db` that is in every factor (not empty),
// in increasing order; returns how many there were.
Xapian::doccount walk_conjunction(const Xapian::Database& db, const Conjunction& factors,
                                  const std::function<void(Xapian::docid)>& visit);

// The counting pass of a search by posting lists: when `query` is a
// Conjunction and `column` holds every document of `db` (its open
// revision), sets results' exact total, facets (when `request.facets`) and the
// hits' copy counts (when collapsed; `page` holds the hits' docids) and returns
// true; otherwise changes nothing and returns false (Xapian's pass then runs).
bool count_by_postings(const Xapian::Database& db, const Xapian::Query& query,
                       const SearchRequest& request, std::shared_ptr<const FacetColumn> column,
                       const std::vector<Xapian::docid>& page, SearchResults& results);

}  // namespace lsearch
