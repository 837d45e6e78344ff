#include "common/news/gazetteer.h"

#include <doctest/doctest.h>

#include "common/error.h"

namespace lsearch {

TEST_CASE("every alias of Haftar resolves to one actor") {
  Gazetteer g = Gazetteer::builtin();
  for (const char* alias : {"Haftar", "Khalifa Haftar", "Field Marshal Haftar", "Hifter", "hifter",
                            "Haftar\u2019s", "HAFTAR", "Khalifa Hifter"}) {
    std::string alias_text = alias;
    CAPTURE(alias_text);
    const auto* e = g.resolve(alias, EntityKind::kActor);
    REQUIRE(e != nullptr);
    CHECK(e->id == "khalifa_haftar");
    CHECK(e->canonical == "Khalifa Haftar");
  }
}

TEST_CASE("aliases of the wider Libya story") {
  Gazetteer g = Gazetteer::builtin();
  struct Row {
    const char* alias;
    EntityKind kind;
    const char* canonical;
  };
  const Row rows[] = {
      {"al-Sarraj", EntityKind::kActor, "Fayez al-Sarraj"},
      {"Fayez al Sarraj", EntityKind::kActor, "Fayez al-Sarraj"},
      {"Qaddafi", EntityKind::kActor, "Muammar Gaddafi"},
      {"Kadhafi", EntityKind::kActor, "Muammar Gaddafi"},
      {"U.N.", EntityKind::kActor, "United Nations"},
      {"UN", EntityKind::kActor, "United Nations"},
      {"GNA", EntityKind::kActor, "Government of National Accord"},
      {"Libyan National Army", EntityKind::kActor, "Libyan National Army"},
      {"Salam\u00E9", EntityKind::kActor, "Ghassan Salame"},
      {"Tripoli", EntityKind::kPlace, "Tripoli"},
      {"Misurata", EntityKind::kPlace, "Misrata"},
      {"UAE", EntityKind::kPlace, "United Arab Emirates"},
      {"Britain", EntityKind::kPlace, "United Kingdom"},
  };
  for (const auto& row : rows) {
    std::string alias_text = row.alias;
    CAPTURE(alias_text);
    const auto* e = g.resolve(row.alias, row.kind);
    REQUIRE(e != nullptr);
    CHECK(e->canonical == row.canonical);
  }
  CHECK(g.resolve("Tripoli", EntityKind::kActor) == nullptr);
  CHECK(g.resolve("Nobody Atall", EntityKind::kActor) == nullptr);
}

TEST_CASE("a user file adds entities and aliases to existing ones") {
  Gazetteer g = Gazetteer::builtin();
  g.add_tsv("actor\tKhalifa Haftar\tThe Marshal\nactor\tOsama Hammad\tHammad\n", "mine.tsv");
  const auto* marshal = g.resolve("The Marshal", EntityKind::kActor);
  REQUIRE(marshal != nullptr);
  CHECK(marshal->id == "khalifa_haftar");
  const auto* hammad = g.resolve("Hammad", EntityKind::kActor);
  REQUIRE(hammad != nullptr);
  CHECK(hammad->canonical == "Osama Hammad");
  CHECK_THROWS_WITH_AS(g.add_tsv("weapon\tAK-47\n", "bad.tsv"), doctest::Contains("bad.tsv:1"),
                       Error);
}

TEST_CASE("the fingerprint changes with the aliases and survives a TSV round trip") {
  Gazetteer a = Gazetteer::builtin();
  Gazetteer b;
  b.add_tsv(a.to_tsv(), "round trip");
  CHECK(a.fingerprint() == b.fingerprint());
  b.add_tsv("actor\tKhalifa Haftar\tKH\n", "extra");
  CHECK(a.fingerprint() != b.fingerprint());
}

TEST_CASE("an --entities place without place columns takes a known place's details") {
  Gazetteer g = Gazetteer::builtin();
  g.add_tsv(
      "place\tBenghazi City\tBenghazi\nplace\tTarabulus Gharb\tTripoli|Tarabulus\n"
      "place\tCyrenaica Land\t\nplace\tLibya State\tLibya\n",
      "mine.tsv");
  const GazetteerEntry* benghazi = g.find(EntityKind::kPlace, "benghazi_city");
  REQUIRE(benghazi != nullptr);
  CHECK(benghazi->place_kind == "city");
  CHECK(benghazi->country == "Libya");
  CHECK(!benghazi->coordinates.empty());
  const GazetteerEntry* libya = g.find(EntityKind::kPlace, "libya_state");
  REQUIRE(libya != nullptr);
  CHECK(libya->place_kind == "country");
  CHECK(libya->country == "Libya");
  // A name the gazetteer does not know as a place keeps no details.
  const GazetteerEntry* unknown = g.find(EntityKind::kPlace, "cyrenaica_land");
  REQUIRE(unknown != nullptr);
  CHECK(unknown->place_kind.empty());
  CHECK(unknown->country.empty());
  // A file's own place columns win.
  g.add_tsv("place\tZawiya Port\tZawiya\tcity\tLibya\t\t32.76,12.72\n", "mine2.tsv");
  CHECK(g.find(EntityKind::kPlace, "zawiya_port")->coordinates == "32.76,12.72");
}

TEST_CASE("generated places keep their kind, country, region and coordinates") {
  const Gazetteer g = Gazetteer::builtin();
  const GazetteerEntry* tarhuna = g.resolve("Tarhuna", EntityKind::kPlace);
  REQUIRE(tarhuna != nullptr);
  CHECK(tarhuna->place_kind == "city");
  CHECK(tarhuna->country == "Libya");
  CHECK_FALSE(tarhuna->coordinates.empty());
  const GazetteerEntry* england = g.resolve("England", EntityKind::kPlace);
  REQUIRE(england != nullptr);
  CHECK(england->place_kind == "region");
  CHECK(england->country == "United Kingdom");
  // geonames' Arabic names: Benghazi is بنغازي.
  const GazetteerEntry* benghazi =
      g.resolve("\u0628\u0646\u063a\u0627\u0632\u064a", EntityKind::kPlace);
  REQUIRE(benghazi != nullptr);
  CHECK(benghazi->canonical == "Benghazi");
  CHECK(g.resolve("Libya", EntityKind::kPlace)->place_kind == "country");
}

}  // namespace lsearch
