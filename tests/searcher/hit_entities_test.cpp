// A hit's values come from its summary slot alone: on every document of a real
// Reuters-21578 index (a full build and an incremental run), the actors, places
// and countries read from the entity details equal the facet slot's values, and
// the cluster key the collapse slot's.
#include "searcher/hit_entities.h"

#include <doctest/doctest.h>

#include "../support/reuters_index.h"
#include "common/schema/fields.h"
#include "common/schema/summary.h"
#include "common/schema/value_codec.h"

namespace lsearch {

TEST_CASE("a hit's actors, places, countries and cluster from the summary slot, on Reuters") {
  Xapian::Database db(testing::ReutersIndex::get().db());
  std::size_t with_places = 0, with_countries = 0, with_actors = 0;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    const ArticleSummary summary = decode_summary(doc.get_value(kSlotSummary));
    Hit hit;
    add_hit_entities(summary.entities, hit);
    const std::string facets = doc.get_value(kSlotFacets);
    REQUIRE(hit.actors == facet_values(facets, kTagActor));
    REQUIRE(hit.places == facet_values(facets, kTagPlace));
    REQUIRE(hit.countries == facet_values(facets, kTagCountry));
    REQUIRE(summary.cluster == doc.get_value(kSlotCluster));
    REQUIRE(hit.entities.size() == hit.actors.size() + hit.places.size());
    with_actors += hit.actors.empty() ? 0U : 1U;
    with_places += hit.places.empty() ? 0U : 1U;
    with_countries += hit.countries.empty() ? 0U : 1U;
  }
  // The comparison saw real entities (most Reuters articles name some).
  CHECK(with_actors > 1000);
  CHECK(with_places > 1000);
  CHECK(with_countries > 1000);
}

}  // namespace lsearch
