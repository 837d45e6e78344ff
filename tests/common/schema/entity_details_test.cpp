#include "common/schema/entity_details.h"

#include <doctest/doctest.h>

#include "common/news/gazetteer.h"
#include "common/schema/value_codec.h"

namespace lsearch {

TEST_CASE("entity details round-trip through the slot encoding") {
  const std::vector<EntityDetails> details = {
      {EntityKind::kActor, "Khalifa Haftar", ActorType::kPerson, "", "", ""},
      {EntityKind::kActor, "NATO", ActorType::kOrganisation, "", "", ""},
      {EntityKind::kActor, "Someone", ActorType::kUnknown, "", "", ""},
      {EntityKind::kPlace, "Tripoli", ActorType::kUnknown, "city", "Libya", "32.8874,13.1873"},
      {EntityKind::kPlace, "Hariga", ActorType::kUnknown, "", "", ""},
      {EntityKind::kPlace, "طرابلس", ActorType::kUnknown, "city", "Libya", ""}};
  CHECK(decode_entity_details(encode_entity_details(details)) == details);
  CHECK(decode_entity_details("").empty());
}

TEST_CASE("records it cannot read are skipped, the others kept") {
  const std::string good = encode_list({"a", "NATO", "org"});
  const std::string future = encode_list({"x", "what", "ever"});
  const std::string short_place = encode_list({"p", "Tripoli"});
  const auto details = decode_entity_details(encode_list({future, good, short_place}));
  REQUIRE(details.size() == 1);
  CHECK(details[0].name == "NATO");
  CHECK(details[0].type == ActorType::kOrganisation);
  // A truncated value keeps what came before the cut.
  std::string whole = encode_entity_details(
      {{EntityKind::kActor, "NATO", ActorType::kOrganisation, "", "", ""},
       {EntityKind::kPlace, "Tripoli", ActorType::kUnknown, "city", "Libya", "1,2"}});
  CHECK(decode_entity_details(whole.substr(0, whole.size() - 3)).size() == 1);
}

TEST_CASE("type and country terms") {
  struct Row {
    ActorType type;
    const char* name;
    const char* term;
  };
  for (const Row& row : {Row{ActorType::kPerson, "Tony Blair", "XTTony Blair:person"},
                         Row{ActorType::kOrganisation, "NATO", "XTNATO:org"}}) {
    CAPTURE(row.name);
    CHECK(actor_type_term(row.type, row.name) == row.term);
  }
  CHECK(actor_type_term(ActorType::kPerson, std::string(300, 'x')).size() <= 245);
  // The country's gazetteer id: any spelling of the canonical name gives the one term.
  CHECK(country_term("Libya") == "XClibya");
  CHECK(country_term("United Kingdom") == "XCunited_kingdom");
  CHECK(country_term("Côte d'Ivoire") == country_term("cote d'ivoire"));
}

TEST_CASE("coordinates parse only as two numbers in range") {
  struct Row {
    const char* text;
    bool ok;
    double lat, lon;
  };
  for (const Row& row :
       {Row{"32.8874,13.1873", true, 32.8874, 13.1873}, Row{"-33.9,-70.6", true, -33.9, -70.6},
        Row{"90,180", true, 90, 180}, Row{"91,0", false, 0, 0}, Row{"0,181", false, 0, 0},
        Row{"32.8", false, 0, 0}, Row{"", false, 0, 0}, Row{"a,b", false, 0, 0},
        Row{"1,2x", false, 0, 0}, Row{"nan,0", false, 0, 0}}) {
    CAPTURE(row.text);
    double lat = 0, lon = 0;
    REQUIRE(parse_coordinates(row.text, lat, lon) == row.ok);
    if (row.ok) {
      CHECK(lat == doctest::Approx(row.lat));
      CHECK(lon == doctest::Approx(row.lon));
    }
  }
}

TEST_CASE("every built-in place has a kind, and every country it names is a country entry") {
  const Gazetteer gazetteer = Gazetteer::builtin();
  std::size_t places = 0, with_country = 0;
  for (const GazetteerEntry& e : gazetteer.entries()) {
    if (e.kind != EntityKind::kPlace) continue;
    CAPTURE(e.canonical);
    ++places;
    CHECK_FALSE(e.place_kind.empty());
    if (e.country.empty()) continue;
    ++with_country;
    const GazetteerEntry* country =
        gazetteer.find(EntityKind::kPlace, slugify(Gazetteer::key_of(e.country)));
    REQUIRE(country != nullptr);
    CHECK(country->place_kind == "country");
    CHECK(country_term(e.country) == country_term(country->canonical));
  }
  CHECK(places > 20000);
  CHECK(with_country > 20000);
  // A hand-list country rolls up with the cities ISO 3166 and geonames put in it.
  const GazetteerEntry* drc = gazetteer.resolve("DR Congo", EntityKind::kPlace);
  const GazetteerEntry* kinshasa = gazetteer.resolve("Kinshasa", EntityKind::kPlace);
  REQUIRE(drc != nullptr);
  REQUIRE(kinshasa != nullptr);
  CHECK(country_of(*drc) == country_of(*kinshasa));
  // The Libya story's own list: its cities roll up to Libya.
  for (const char* city : {"Misrata", "Tripoli", "Benghazi", "Derna", "Tarhuna", "Sirte"}) {
    CAPTURE(city);
    const GazetteerEntry* e = gazetteer.resolve(city, EntityKind::kPlace);
    REQUIRE(e != nullptr);
    CHECK(e->country == "Libya");
  }
}

}  // namespace lsearch
