// Entity details: what the index keeps of each actor and place of an article
// beyond its name (schema 8). The document builder writes them, the searcher
// shows them with each hit: an actor's type, a place's kind, country and
// coordinates. Also the terms built from them: the actor type terms the facets'
// types are counted from, and the country terms of the countries roll-up.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/news/entity.h"

namespace lsearch {

struct EntityDetails {
  EntityKind kind = EntityKind::kActor;
  std::string name;                      // canonical, as in the facets slot
  ActorType type = ActorType::kUnknown;  // actors
  std::string place_kind;                // places: country, region, city, other; or ""
  std::string country;                   // places: canonical name of its country; or ""
  std::string coordinates;               // places: "LAT,LON" as the gazetteer gives it; or ""
  bool operator==(const EntityDetails&) const = default;
};

// The summary slot's entity details (summary.h): an encoded list (value_codec.h) of records,
// each an encoded list itself: "a", name, type ("person", "org", "") for an
// actor; "p", name, place kind, country, coordinates for a place.
std::string encode_entity_details(const std::vector<EntityDetails>& entities);
// Skips records it cannot read (a truncated value, a future kind).
std::vector<EntityDetails> decode_entity_details(std::string_view encoded);

struct GazetteerEntry;
// The country a place rolls up to: its country column ("Libya" for Tripoli; the ISO name a
// hand-list country gives there), else a country itself; "" when the gazetteer does not say.
std::string country_of(const GazetteerEntry& place);

// "XTTony Blair:person": one per actor of a known type and article (Field::kActorType). The
// name comes first, so that a name's two type terms are neighbours in the index: the facet's
// second look-up finds its term in the block the first one read (issue 15: 39 of the 254
// block reads of `lsearch oil` were these look-ups).
std::string actor_type_term(ActorType type, std::string_view canonical);
// "XClibya": one per country an article names, itself or by a place in it (Field::kCountry).
std::string country_term(std::string_view country_name);

// "LAT,LON" -> the two numbers; false when it is not two finite numbers in range.
bool parse_coordinates(std::string_view text, double& latitude, double& longitude);

}  // namespace lsearch
