#include "common/schema/entity_details.h"

#include <charconv>
#include <cmath>

#include "common/news/gazetteer.h"
#include "common/schema/fields.h"
#include "common/schema/value_codec.h"

namespace lsearch {
namespace {

constexpr std::string_view kActorRecord = "a", kPlaceRecord = "p";

bool parse_double(std::string_view text, double& out) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && ptr == end && std::isfinite(out);
}

ActorType parse_actor_type(std::string_view text) {
  return text == to_string(ActorType::kPerson)         ? ActorType::kPerson
         : text == to_string(ActorType::kOrganisation) ? ActorType::kOrganisation
                                                       : ActorType::kUnknown;
}

}  // namespace

std::string encode_entity_details(const std::vector<EntityDetails>& entities) {
  std::vector<std::string> records;
  records.reserve(entities.size());
  for (const EntityDetails& e : entities) {
    if (e.kind == EntityKind::kActor)
      records.push_back(
          encode_list({std::string(kActorRecord), e.name, std::string(to_string(e.type))}));
    else
      records.push_back(
          encode_list({std::string(kPlaceRecord), e.name, e.place_kind, e.country, e.coordinates}));
  }
  return encode_list(records);
}

std::vector<EntityDetails> decode_entity_details(std::string_view encoded) {
  std::vector<EntityDetails> out;
  for_each_list_item(encoded, [&](std::string_view record) {
    std::vector<std::string> f = decode_list(record);
    if (f.size() == 3 && f[0] == kActorRecord) {
      out.push_back({EntityKind::kActor, f[1], parse_actor_type(f[2]), "", "", ""});
    } else if (f.size() == 5 && f[0] == kPlaceRecord) {
      out.push_back({EntityKind::kPlace, f[1], ActorType::kUnknown, f[2], f[3], f[4]});
    }
  });
  return out;
}

std::string country_of(const GazetteerEntry& place) {
  if (!place.country.empty()) return place.country;
  return place.place_kind == "country" ? place.canonical : "";
}

std::string actor_type_term(ActorType type, std::string_view canonical) {
  return bounded_term(field_spec(Field::kActorType).prefix,
                      std::string(canonical) + ":" + std::string(to_string(type)));
}

std::string country_term(std::string_view country_name) {
  // The country's gazetteer id, so "Libya" and the Libya entry's term agree.
  return bounded_term(field_spec(Field::kCountry).prefix, slugify(Gazetteer::key_of(country_name)));
}

bool parse_coordinates(std::string_view text, double& latitude, double& longitude) {
  const std::size_t comma = text.find(',');
  if (comma == std::string_view::npos) return false;
  return parse_double(text.substr(0, comma), latitude) &&
         parse_double(text.substr(comma + 1), longitude) && std::fabs(latitude) <= 90 &&
         std::fabs(longitude) <= 180;
}

}  // namespace lsearch
