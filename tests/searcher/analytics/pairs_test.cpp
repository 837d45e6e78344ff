// Who with whom: pair counts over a real index equal what filtering finds.
#include "searcher/analytics/pairs.h"

#include <doctest/doctest.h>

#include "../../support/seed_index.h"
#include "common/error.h"

namespace lsearch {
namespace {

const testing::SeedIndex& index() {
  static const testing::SeedIndex seeds({
      {"extra/a.txt",
       "Title: One\nDate: 2019-04-05\n\nKhalifa Haftar met Fayez al-Sarraj in Paris."},
      {"extra/b.txt", "Title: Two\nDate: 2019-04-06\n\nKhalifa Haftar spoke in Benghazi."},
  });
  return seeds;
}

SearchResults pairs_of(const std::string& kind, const std::string& query = "") {
  Searcher searcher = Searcher::open(index().db());
  SearchRequest request;
  request.query = query;
  request.limit = 0;
  request.pairs.kind = kind;
  request.pairs.limit = 1000;
  return searcher.search(request);
}

std::size_t count_both(const std::string& a_field, const std::string& a, const std::string& b_field,
                       const std::string& b) {
  Searcher searcher = Searcher::open(index().db());
  SearchRequest request;
  // Explicit AND: Xapian ORs boolean filters that share a prefix.
  request.query = a_field + ":\"" + a + "\" AND " + b_field + ":\"" + b + "\"";
  request.limit = 0;
  return searcher.search(request).total;
}

}  // namespace

TEST_CASE("each actor pair's count is the number of articles naming both") {
  SearchResults r = pairs_of("actor");
  REQUIRE(r.pairs.computed);
  REQUIRE(r.pairs.top.size() >= 3);
  for (std::size_t i = 0; i < 5 && i < r.pairs.top.size(); ++i) {
    const EntityPair& p = r.pairs.top[i];
    CAPTURE(p.a);
    CAPTURE(p.b);
    CHECK(p.a < p.b);
    CHECK(p.count == count_both("actor", p.a, "actor", p.b));
  }
  // Most frequent first.
  for (std::size_t i = 1; i < r.pairs.top.size(); ++i)
    CHECK(r.pairs.top[i - 1].count >= r.pairs.top[i].count);
}

TEST_CASE("actor-place pairs put the actor first") {
  SearchResults r = pairs_of("actor-place", "Haftar");
  REQUIRE_FALSE(r.pairs.top.empty());
  bool paris = false;
  for (const auto& p : r.pairs.top) {
    CHECK(p.count == count_both("actor", p.a, "place", p.b));
    if (p.a == "Khalifa Haftar" && p.b == "Paris") paris = true;
  }
  CHECK(paris);
}

TEST_CASE("place pairs, and an unknown kind") {
  SearchResults r = pairs_of("place");
  REQUIRE_FALSE(r.pairs.top.empty());
  CHECK(r.pairs.top[0].count == count_both("place", r.pairs.top[0].a, "place", r.pairs.top[0].b));
  CHECK_THROWS_AS(parse_pair_kind("colour"), QueryError);
}

}  // namespace lsearch
