#include "common/schema/facet_dictionary.h"

#include <doctest/doctest.h>

#include "../../support/temp_dir.h"

namespace lsearch {
namespace {

constexpr std::size_t kMonths = static_cast<std::size_t>(Facet::kMonths);

FacetValues values(std::vector<std::string> actors, std::vector<std::string> places,
                   std::vector<std::string> sources, std::vector<std::string> months,
                   std::vector<std::string> countries = {}) {
  return {std::move(actors), std::move(places), std::move(sources), std::move(countries),
          std::move(months)};
}

}  // namespace

TEST_CASE("ordinals are assigned in order of first use, per facet, and decode back") {
  FacetDictionary dictionary;
  std::string a = dictionary.encode(values({"Haftar", "UN"}, {"Tripoli"}, {"AJ"}, {"202007"}));
  std::string b = dictionary.encode(values({"UN", "Sarraj"}, {}, {"AJ"}, {"198703"}));
  auto da = decode_facet_ordinals(a);
  auto db = decode_facet_ordinals(b);
  CHECK(da[0] == std::vector<FacetOrdinal>{0, 1});
  CHECK(db[0] == std::vector<FacetOrdinal>{1, 2});
  CHECK(da[1] == std::vector<FacetOrdinal>{0});
  CHECK(db[1].empty());
  CHECK(da[2] == db[2]);
  CHECK(month_name(da[kMonths].at(0)) == "2020-07");
  CHECK(month_name(db[kMonths].at(0)) == "1987-03");
}

TEST_CASE("countries get ordinals of their own, like places") {
  FacetDictionary dictionary;
  std::string a = dictionary.encode(values({}, {"Tripoli"}, {}, {"202007"}, {"Libya"}));
  std::string b = dictionary.encode(values({}, {"Paris"}, {}, {}, {"France", "Libya"}));
  auto da = decode_facet_ordinals(a);
  auto db = decode_facet_ordinals(b);
  const auto countries = static_cast<std::size_t>(Facet::kCountries);
  CHECK(da[countries] == std::vector<FacetOrdinal>{0});
  CHECK(db[countries] == std::vector<FacetOrdinal>{1, 0});
  CHECK(db[1] == std::vector<FacetOrdinal>{1});
  CHECK(month_name(da[kMonths].at(0)) == "2020-07");
}

TEST_CASE("months are computed, malformed months are left out") {
  CHECK(month_ordinal("202007") == 2020u * 12 + 6);
  CHECK(!month_ordinal("2020-7"));
  CHECK(!month_ordinal("202013"));
  CHECK(!month_ordinal("20200"));
  FacetDictionary dictionary;
  auto d = decode_facet_ordinals(dictionary.encode(values({}, {}, {}, {"20x007", "202001"})));
  CHECK(d[kMonths] == std::vector<FacetOrdinal>{*month_ordinal("202001")});
}

TEST_CASE("the dictionary is stored in the index and extended by a later run") {
  testing::TempDir dir;
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    FacetDictionary dictionary;
    dictionary.encode(values({"Haftar", "UN"}, {"Tripoli"}, {}, {}));
    dictionary.write_new(db);
    db.commit();
  }
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_OPEN);
    FacetDictionary dictionary;
    dictionary.load(db);
    auto d = decode_facet_ordinals(dictionary.encode(values({"UN", "Salame"}, {}, {}, {})));
    CHECK(d[0] == std::vector<FacetOrdinal>{1, 2});  // UN kept its ordinal, Salame is new
    dictionary.write_new(db);
    dictionary.write_new(db);  // nothing new: a no-op
    db.commit();
  }
  Xapian::Database db(dir.file("db"));
  CHECK(facet_dictionary_size(db, Facet::kActors) == 3);
  CHECK(facet_dictionary_size(db, Facet::kPlaces) == 1);
  CHECK(facet_dictionary_size(db, Facet::kSources) == 0);
  CHECK(facet_name(db, Facet::kActors, 0) == "Haftar");
  CHECK(facet_name(db, Facet::kActors, 2) == "Salame");
  CHECK(facet_name(db, Facet::kPlaces, 0) == "Tripoli");
  CHECK(facet_name(db, Facet::kMonths, *month_ordinal("201904")) == "2019-04");
}

TEST_CASE("name keys sort in ordinal order, so the first-seen names share B-tree blocks") {
  // Decimal keys sorted "10" before "9": the names a search shows were spread
  // over the whole dictionary (README, Speed: facet name reads per process).
  for (FacetOrdinal n : {0u, 9u, 99u, 65535u, 1u << 20})
    CHECK(facet_name_key(Facet::kActors, n) < facet_name_key(Facet::kActors, n + 1));
  CHECK(facet_size_key(Facet::kActors) < facet_name_key(Facet::kActors, 0));
  CHECK(facet_name_key(Facet::kActors, 0xFFFFFFFFu) < facet_size_key(Facet::kCountries));
}

TEST_CASE("names stored under the decimal keys of older indexes are still read and extended") {
  testing::TempDir dir;
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    db.set_metadata(facet_size_key(Facet::kActors), "2");
    db.set_metadata(legacy_facet_name_key(Facet::kActors, 0), "Haftar");
    db.set_metadata(legacy_facet_name_key(Facet::kActors, 1), "UN");
    db.commit();
    FacetDictionary dictionary;
    dictionary.load(db);
    auto d = decode_facet_ordinals(dictionary.encode(values({"UN", "Salame"}, {}, {}, {})));
    CHECK(d[0] == std::vector<FacetOrdinal>{1, 2});
    dictionary.write_new(db);
    db.commit();
  }
  Xapian::Database db(dir.file("db"));
  CHECK(db.get_metadata(facet_name_key(Facet::kActors, 2)) == "Salame");
  CHECK(facet_name(db, Facet::kActors, 0) == "Haftar");
  CHECK(facet_name(db, Facet::kActors, 1) == "UN");
  CHECK(facet_name(db, Facet::kActors, 2) == "Salame");
  CHECK(facet_name(db, Facet::kActors, 3).empty());
}

TEST_CASE("truncated ordinal values stop quietly") {
  FacetDictionary dictionary;
  std::string full = dictionary.encode(values({"a", "b"}, {"p"}, {"s"}, {"202001"}));
  for (std::size_t cut = 0; cut < full.size(); ++cut) {
    std::size_t seen = 0;
    for_each_facet_ordinal(std::string_view(full).substr(0, cut),
                           [&](Facet, FacetOrdinal) { ++seen; });
    CHECK(seen <= 5);
  }
}

}  // namespace lsearch
