// Watch state: the next state's rule as a table, the file round trip, and
// the lock that serialises two runs of one watch.
#include "searcher/watch/watch_state.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "../../support/seed_index.h"
#include "common/error.h"
#include "searcher/watch/unseen_decider.h"

namespace lsearch {

TEST_CASE("the next state keeps unchanged seen matches and adds what was reported") {
  const std::uint64_t a = article_key("a"), b = article_key("b"), c = article_key("c"),
                      gone = article_key("gone");
  SeenArticles seen = {{a, 1}, {b, 2}, {gone, 9}};
  SeenArticles matched = {{a, 1}, {b, 3}, {c, 4}};  // b changed, c is new, gone left the query
  SUBCASE("both reported") {
    CHECK(next_seen(seen, matched, {"b", "c"}) == SeenArticles{{a, 1}, {b, 3}, {c, 4}});
  }
  SUBCASE("only c reported (a page): b stays changed, so it is reported next time") {
    CHECK(next_seen(seen, matched, {"c"}) == SeenArticles{{a, 1}, {c, 4}});
  }
  SUBCASE("nothing reported") {
    CHECK(next_seen(seen, matched, {}) == SeenArticles{{a, 1}});
  }
}

TEST_CASE("a watch state survives a round trip and belongs to one index") {
  testing::TempDir dir;
  {
    WatchState state(dir.path(), "daily", dir.file("db"));
    CHECK(state.first_run());
    CHECK(state.seen().empty());
    state.save({{1, 2}, {0xffffffffffffffffULL, 0}});
  }
  {
    WatchState state(dir.path(), "daily", dir.file("db"));
    CHECK_FALSE(state.first_run());
    CHECK(state.seen() == SeenArticles{{1, 2}, {0xffffffffffffffffULL, 0}});
  }
  CHECK_THROWS_AS(WatchState(dir.path(), "daily", dir.file("other-db")), Error);
  CHECK_THROWS_AS(WatchState(dir.path(), "../escape", dir.file("db")), Error);
  CHECK_THROWS_AS(WatchState(dir.path(), "", dir.file("db")), Error);
}

TEST_CASE("a second run of a watch waits for the first to finish") {
  testing::TempDir dir;
  std::atomic<bool> second_has_lock{false};
  auto first = std::make_unique<WatchState>(dir.path(), "w", dir.file("db"));
  std::thread second([&] {
    WatchState state(dir.path(), "w", dir.file("db"));
    second_has_lock = true;
    CHECK(state.seen() == SeenArticles{{7, 7}});  // it sees what the first saved
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK_FALSE(second_has_lock.load());
  first->save({{7, 7}});
  first.reset();
  second.join();
  CHECK(second_has_lock.load());
}

TEST_CASE("a search with unseen_only skips what was seen and records every match") {
  testing::SeedIndex index;
  Searcher searcher = Searcher::open(index.db());
  SearchRequest request;
  request.query = "Haftar";
  SeenArticles none;
  request.unseen_only = &none;
  SearchResults all = searcher.search(request);
  REQUIRE(all.total >= 2);
  CHECK(all.matched.size() == all.total);
  SeenArticles seen = next_seen(none, all.matched, {all.hits[0].id});
  request.unseen_only = &seen;
  SearchResults rest = searcher.search(request);
  CHECK(rest.total == all.total - 1);
  CHECK(rest.matched.size() == all.total);  // seen or not
  for (const auto& hit : rest.hits) CHECK(hit.id != all.hits[0].id);
  CHECK(rest.facets.actors[0].count == all.total - 1);  // facets count the unseen only
}

}  // namespace lsearch
