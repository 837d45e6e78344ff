#include "searcher/hit_entities.h"

#include <algorithm>

#include "common/schema/entity_details.h"

namespace lsearch {

namespace {

void add_once(std::vector<std::string>& values, const std::string& value) {
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

}  // namespace

void add_hit_entities(std::string_view details, Hit& hit) {
  for (const EntityDetails& e : decode_entity_details(details)) {
    HitEntity entity{std::string(to_string(e.kind)),
                     e.name,
                     std::string(to_string(e.type)),
                     e.place_kind,
                     e.country,
                     std::nullopt,
                     std::nullopt};
    if (double lat = 0, lon = 0; parse_coordinates(e.coordinates, lat, lon)) {
      entity.latitude = lat;
      entity.longitude = lon;
    }
    hit.entities.push_back(std::move(entity));
    add_once(e.kind == EntityKind::kActor ? hit.actors : hit.places, e.name);
    if (e.kind == EntityKind::kPlace && !e.country.empty()) add_once(hit.countries, e.country);
  }
}

void add_actor_types(const Xapian::Database& db, std::vector<FacetValue>& actors) {
  if (actors.size() > kMaxTypedActors) return;
  // Terms in key order (by name, then `:org` before `:person`): neighbouring
  // look-ups then share the B-tree blocks Xapian's cursor holds.
  std::vector<FacetValue*> by_name;
  for (FacetValue& value : actors) by_name.push_back(&value);
  std::sort(by_name.begin(), by_name.end(),
            [](const FacetValue* a, const FacetValue* b) { return a->value < b->value; });
  for (FacetValue* actor : by_name) {
    FacetValue& value = *actor;
    const Xapian::doccount orgs =
        db.get_termfreq(actor_type_term(ActorType::kOrganisation, value.value));
    const Xapian::doccount people =
        db.get_termfreq(actor_type_term(ActorType::kPerson, value.value));
    if (people == 0 && orgs == 0) continue;
    value.type = to_string(people >= orgs ? ActorType::kPerson : ActorType::kOrganisation);
  }
}

}  // namespace lsearch
