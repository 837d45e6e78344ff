// The JSON API over a real index of the seed corpus, without HTTP.
#include "searcher/serve/api.h"

#include <doctest/doctest.h>

#include "../../support/seed_index.h"

namespace lsearch {
namespace {

SearcherPool& pool() {
  // An article from 1901 makes a day timeline of everything too long (over 20,000 days).
  static const testing::SeedIndex index(std::vector<std::pair<std::string, std::string>>{
      {"extra/old.txt", "Title: An old report\nDate: 1901-05-01\n\nA report from Tripoli."}});
  static SearcherPool searchers(index.db());
  return searchers;
}

void check_error(const ApiReply& reply, int status, const std::string& parameter) {
  CAPTURE(reply.body.dump());
  CHECK(reply.status == status);
  REQUIRE(reply.body.contains("error"));
  CHECK(reply.body["error"]["status"] == status);
  if (parameter.empty())
    CHECK(reply.body["error"]["parameter"].is_null());
  else
    CHECK(reply.body["error"]["parameter"] == parameter);
}

}  // namespace

TEST_CASE("search answers the CLI's JSON schema, with the timeline") {
  ApiReply reply =
      api_search(pool(), {{"q", "mass graves"}, {"actor", "Haftar"}, {"timeline", "month"}});
  REQUIRE(reply.status == 200);
  const auto& j = reply.body;
  CHECK(j["version"] == 1);
  CHECK(j["query"]["text"] == "mass graves");
  CHECK(j["query"]["filters"]["actor"][0] == "Haftar");
  CHECK(j["total"]["value"] == 1);
  REQUIRE(j["results"].size() == 1);
  CHECK(j["results"][0]["id"] == "seed/000_e50b9389b7aca812.txt");
  CHECK(!j["results"][0]["snippet"]["highlights"].empty());
  CHECK(j["facets"]["months"][0]["value"] == "2020-07");
  CHECK(j["timeline"]["unit"] == "month");
  CHECK(j["timeline"]["buckets"][0]["start"] == "2020-07-01");
  CHECK(j["timeline"]["buckets"][0]["count"] == 1);
}

TEST_CASE("no timeline unless asked for, like the CLI") {
  ApiReply reply = api_search(pool(), {{"q", "Haftar"}});
  REQUIRE(reply.status == 200);
  CHECK_FALSE(reply.body.contains("timeline"));
  ApiReply pairs = api_search(pool(), {{"q", "Haftar"}, {"pairs", "actor"}});
  REQUIRE(pairs.status == 200);
  CHECK(pairs.body["pairs_kind"] == "actor");
  CHECK(!pairs.body["pairs"].empty());
}

TEST_CASE("paging and the year timeline") {
  ApiReply all = api_search(pool(), {{"timeline", "year"}, {"limit", "2"}});
  REQUIRE(all.status == 200);
  CHECK(all.body["results"].size() == 2);
  CHECK(all.body["timeline"]["unit"] == "year");
  std::size_t sum = 0;
  for (const auto& b : all.body["timeline"]["buckets"]) sum += b["count"].get<std::size_t>();
  CHECK(sum > 0);
  ApiReply next = api_search(pool(), {{"timeline", "year"}, {"limit", "2"}, {"offset", "2"}});
  REQUIRE(next.status == 200);
  CHECK(next.body["results"][0]["rank"] == 3);
  CHECK(next.body["results"][0]["id"] != all.body["results"][0]["id"]);
}

TEST_CASE("a query error names the parameter it comes from") {
  check_error(api_search(pool(), {{"actor", "Hiftar"}}), 400, "actor");
  check_error(api_search(pool(), {{"actor", "Haftar"}, {"place", "Qqzxland"}}), 400, "place");
  check_error(api_search(pool(), {{"source", "Nowhere Gazette"}}), 400, "source");
  check_error(api_search(pool(), {{"since", "2019-13"}}), 400, "since");
  check_error(api_search(pool(), {{"until", "yesterday"}}), 400, "until");
  check_error(api_search(pool(), {{"since", "2020"}, {"until", "2019"}}), 400, "until");
  check_error(api_search(pool(), {{"q", "date:2019-99"}}), 400, "q");
  check_error(api_search(pool(), {{"similar", "no/such.txt"}}), 400, "similar");
  check_error(api_search(pool(), {{"limit", "100000"}}), 400, "limit");
  check_error(api_search(pool(), {{"timeline", "day"}}), 400, "timeline");
  CHECK(api_search(pool(), {{"timeline", "day"}, {"since", "2000"}}).status == 200);
  ApiReply unknown = api_search(pool(), {{"actor", "Hiftar"}});
  CHECK(unknown.body["error"]["message"].get<std::string>().find("Khalifa Haftar") !=
        std::string::npos);
}

TEST_CASE("odd query text is searched, never an error") {
  for (const char* q : {"\"unbalanced", "AND", "foo:bar", "((((", "\x01\x02", "*"}) {
    CAPTURE(q);
    CHECK(api_search(pool(), {{"q", q}}).status == 200);
  }
}

TEST_CASE("article: text and entity spans; 404 when unknown; 400 without an id") {
  ApiReply reply = api_article(pool(), {{"id", "seed/000_e50b9389b7aca812.txt"}});
  REQUIRE(reply.status == 200);
  const auto& j = reply.body;
  CHECK(j["id"] == "seed/000_e50b9389b7aca812.txt");
  CHECK(j["date"] == "2020-07-02");
  CHECK(j["url"].is_null());
  const std::string text = j["text"];
  REQUIRE(!j["mentions"].empty());
  bool haftar = false;
  for (const auto& m : j["mentions"]) {
    std::size_t begin = m["begin"], end = m["end"];
    REQUIRE(end <= text.size());
    if (m["name"] == "Khalifa Haftar" &&
        text.substr(begin, end - begin).find("Haftar") != std::string::npos)
      haftar = true;
  }
  CHECK(haftar);
  check_error(api_article(pool(), {{"id", "nope.txt"}}), 404, "id");
  check_error(api_article(pool(), {}), 400, "id");
  check_error(api_article(pool(), {{"id", "a"}, {"id", "b"}}), 400, "id");
  check_error(api_article(pool(), {{"id", "a"}, {"x", "1"}}), 400, "x");
}

TEST_CASE("health counts the documents") {
  ApiReply reply = api_health(pool(), {});
  REQUIRE(reply.status == 200);
  CHECK(reply.body["status"] == "ok");
  CHECK(reply.body["documents"] == 6);
  check_error(api_health(pool(), {{"verbose", "1"}}), 400, "verbose");
}

TEST_CASE("an index that is not there is 503, and the next request tries again") {
  testing::TempDir dir;
  SearcherPool missing(dir.file("no-index"));
  check_error(api_search(missing, {{"q", "x"}}), 503, "");
  check_error(api_health(missing, {}), 503, "");
}

}  // namespace lsearch
