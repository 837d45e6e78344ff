// The search plan: which passes a request needs and in which order to rank,
// decided from the request alone (searcher.cpp runs them). Plain functions
// of their arguments: thread-safe.
#pragma once

#include <xapian.h>

#include "lsearch/searcher.h"
#include "searcher/query/query_builder.h"

namespace lsearch {

// Relevance without query words (and without --similar) has nothing to rank by: newest first.
SortOrder effective_sort(const SearchRequest& request, const BuiltQuery& built);

// Exact when Xapian's bounds meet, and then the count itself, never an estimate beside it.
void set_total(const Xapian::MSet& mset, SearchResults& results);

// Collapsing needs a page; count-only searches count articles anyway.
bool collapsing(const SearchRequest& request);

// The exact counting pass runs after the page (facets, analytics, copy counts).
bool counting_pass_follows(const SearchRequest& request);

// What --explain shows: the final query, the entities and the builder's notes first.
void explain(const Xapian::Query& query, const BuiltQuery& built, SearchResults& results);

}  // namespace lsearch
