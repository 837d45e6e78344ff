// Query parameters -> SearchRequest, and the parameter each bad value is blamed on.
#include "searcher/serve/search_params.h"

#include <doctest/doctest.h>

namespace lsearch {

TEST_CASE("parameters map onto the request like the CLI's flags") {
  ApiSearch api = parse_search_params({{"q", "mass graves"},
                                       {"actor", "Haftar"},
                                       {"actor", "Sarraj"},
                                       {"place", "Tripoli"},
                                       {"since", "2019-04"},
                                       {"until", "2019-06"},
                                       {"sort", "oldest"},
                                       {"offset", "20"},
                                       {"limit", "5"},
                                       {"timeline", "year"},
                                       {"no_snippets", "1"},
                                       {"explain", "true"}});
  CHECK(api.request.query == "mass graves");
  CHECK(api.request.actors == std::vector<std::string>{"Haftar", "Sarraj"});
  CHECK(api.request.places == std::vector<std::string>{"Tripoli"});
  CHECK(api.request.since == "2019-04");
  CHECK(api.request.until == "2019-06");
  CHECK(api.request.sort == SortOrder::kOldest);
  CHECK(api.request.offset == 20);
  CHECK(api.request.limit == 5);
  CHECK(api.request.timeline.wanted);
  CHECK(api.request.timeline.unit == TimeUnit::kYear);
  CHECK_FALSE(api.request.snippets);
  CHECK(api.request.facets);
  CHECK(api.explain);
}

TEST_CASE("analytics: the CLI's --timeline, --timeline-by, --pairs") {
  ApiSearch by = parse_search_params({{"timeline_by", "place"}, {"timeline_series", "3"}});
  CHECK(by.request.timeline.wanted);
  CHECK(by.request.timeline.unit == TimeUnit::kAuto);
  CHECK(by.request.timeline.by == "place");
  CHECK(by.request.timeline.series == 3);
  ApiSearch pairs = parse_search_params({{"pairs", "actor-place"}, {"pairs_limit", "7"}});
  CHECK_FALSE(pairs.request.timeline.wanted);
  CHECK(pairs.request.pairs.kind == "actor-place");
  CHECK(pairs.request.pairs.limit == 7);
  CHECK(parse_search_params({{"timeline", "week"}}).request.timeline.unit == TimeUnit::kWeek);
  CHECK(parse_search_params({{"timeline_by", "country"}}).request.timeline.by == "country");
}

TEST_CASE("defaults are the CLI's, and empty values are absent") {
  ApiSearch api = parse_search_params({{"q", ""}, {"actor", ""}, {"limit", ""}});
  CHECK(api.request.query.empty());
  CHECK(api.request.actors.empty());
  CHECK(api.request.limit == 10);
  CHECK(api.request.offset == 0);
  CHECK(api.request.sort == SortOrder::kRelevance);
  CHECK(api.request.snippet_bytes == 240);
  CHECK_FALSE(api.request.timeline.wanted);
  CHECK(api.request.pairs.kind.empty());
}

TEST_CASE("bad values name their parameter") {
  struct Case {
    QueryParams params;
    std::string parameter;
  };
  const Case cases[] = {
      {{{"limit", "-1"}}, "limit"},
      {{{"limit", "1001"}}, "limit"},
      {{{"limit", "ten"}}, "limit"},
      {{{"limit", "99999999999999999999"}}, "limit"},
      {{{"offset", "1e3"}}, "offset"},
      {{{"offset", "100001"}}, "offset"},
      {{{"sort", "random"}}, "sort"},
      {{{"timeline", "fortnight"}}, "timeline"},
      {{{"plain", "yes"}}, "plain"},
      {{{"snippet_length", "5"}}, "snippet_length"},
      {{{"q", "a"}, {"q", "b"}}, "q"},
      {{{"since", "2019"}, {"since", "2020"}}, "since"},
      {{{"color", "red"}}, "color"},
      {{{"timeline_by", "month"}}, "timeline_by"},
      {{{"timeline_series", "51"}}, "timeline_series"},
      {{{"pairs", "source"}}, "pairs"},
      {{{"pairs_limit", "0"}}, "pairs_limit"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.parameter);
    try {
      parse_search_params(c.params);
      FAIL("accepted");
    } catch (const ParamError& e) {
      CHECK(e.parameter() == c.parameter);
      CHECK(std::string(e.what()).find(c.parameter) != std::string::npos);
    }
  }
}

}  // namespace lsearch
