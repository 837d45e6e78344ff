// The entity details of hits and facets (common/schema/entity_details.h) in the
// public API's terms: each hit's actors with their type and places with their
// kind, country and coordinates; each actor facet value with its type.
#pragma once

#include <xapian.h>

#include <string_view>
#include <vector>

#include "lsearch/searcher.h"

namespace lsearch {

// A hit's entities, and its actors, places and countries, from the entity details of its
// summary slot: one record per actor and place facet value, in the same order, each place
// with the country the document builder rolled it up to (so the lists equal its facet
// values, which showing a hit then need not read).
void add_hit_entities(std::string_view details, Hit& hit);

// Sets each actor value's type: the one more of its articles give it, counted
// by the frequencies of its type terms (summed over the shards of a collection,
// remote ones included); ties go to person, none at all leave it empty. Two
// term lookups a value (a round trip each to a remote shard): a longer list
// (lsearch --list actors asks for every value) gets no types.
inline constexpr std::size_t kMaxTypedActors = 1000;
void add_actor_types(const Xapian::Database& db, std::vector<FacetValue>& actors);

}  // namespace lsearch
