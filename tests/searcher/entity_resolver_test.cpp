#include "searcher/entity_resolver.h"

#include <doctest/doctest.h>

#include "common/error.h"
#include "common/schema/index_metadata.h"

namespace lsearch {

TEST_CASE("edit distance is exact below the cap and capped above it") {
  CHECK(edit_distance("haftar", "haftar", 2) == 0);
  CHECK(edit_distance("hiftar", "haftar", 2) == 1);
  CHECK(edit_distance("hifter", "haftar", 2) == 2);
  CHECK(edit_distance("kitten", "sitting", 5) == 3);
  CHECK(edit_distance("a", "completely different", 2) == 3);
  CHECK(edit_distance("", "abc", 5) == 3);
}

TEST_CASE("a country by any alias is its roll-up term; a city or region names its country") {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  db.set_metadata(
      kMetaGazetteer,
      "place\tLibya\tLibyan Arab Jamahiriya|\u0644\u064a\u0628\u064a\u0627\tcountry\t\t\t\n"
      "place\tTripoli\tTarabulus\tcity\tLibya\tTripoli\t32.9,13.2\n"
      "place\tCyrenaica\t\tregion\tLibya\t\t\n"
      "place\tSyria\t\tcountry\t\t\t\n"
      "place\tHariga\n");
  EntityResolver resolver(db);
  struct Row {
    const char* input;
    const char* canonical;
  };
  for (const Row& row :
       {Row{"Libya", "Libya"}, Row{"libya", "Libya"}, Row{"Libyan Arab Jamahiriya", "Libya"},
        Row{"\u0644\u064a\u0628\u064a\u0627", "Libya"}, Row{"SYRIA", "Syria"}}) {
    CAPTURE(row.input);
    ResolvedEntity e = resolver.resolve_country(row.input);
    CHECK(e.kind == "country");
    CHECK(e.canonical == row.canonical);
    CHECK(e.term == "XC" + std::string(row.canonical == std::string("Libya") ? "libya" : "syria"));
  }
  CHECK_THROWS_WITH_AS(resolver.resolve_country("Tarabulus"),
                       "'Tarabulus' is a city of Libya, not a country: --country Libya or "
                       "--place Tripoli",
                       QueryError);
  CHECK_THROWS_WITH_AS(resolver.resolve_country("Cyrenaica"),
                       "'Cyrenaica' is a region of Libya, not a country: --country Libya or "
                       "--place Cyrenaica",
                       QueryError);
  CHECK_THROWS_WITH_AS(resolver.resolve_country("Lybia"),
                       "unknown country 'Lybia'; did you mean: Libya, Syria", QueryError);
  CHECK_THROWS_WITH_AS(resolver.resolve_country("Hariga"), "unknown country 'Hariga'", QueryError);
}

}  // namespace lsearch
