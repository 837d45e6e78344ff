#include "searcher/hit_entities.h"

#include "common/schema/entity_details.h"

namespace lsearch {

std::vector<HitEntity> hit_entities(std::string_view details_slot) {
  std::vector<HitEntity> out;
  for (const EntityDetails& e : decode_entity_details(details_slot)) {
    HitEntity hit{std::string(to_string(e.kind)),
                  e.name,
                  std::string(to_string(e.type)),
                  e.place_kind,
                  e.country,
                  std::nullopt,
                  std::nullopt};
    if (double lat = 0, lon = 0; parse_coordinates(e.coordinates, lat, lon)) {
      hit.latitude = lat;
      hit.longitude = lon;
    }
    out.push_back(std::move(hit));
  }
  return out;
}

void add_actor_types(const Xapian::Database& db, std::vector<FacetValue>& actors) {
  if (actors.size() > kMaxTypedActors) return;
  for (FacetValue& value : actors) {
    const Xapian::doccount people =
        db.get_termfreq(actor_type_term(ActorType::kPerson, value.value));
    const Xapian::doccount orgs =
        db.get_termfreq(actor_type_term(ActorType::kOrganisation, value.value));
    if (people == 0 && orgs == 0) continue;
    value.type = to_string(people >= orgs ? ActorType::kPerson : ActorType::kOrganisation);
  }
}

}  // namespace lsearch
