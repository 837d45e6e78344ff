// Timelines: bucketing as a table, then exact counts over a real index.
#include "searcher/analytics/timeline.h"

#include <doctest/doctest.h>

#include "../../support/seed_index.h"
#include "common/error.h"

namespace lsearch {
namespace {

std::string starts(const Timeline& t) {
  std::string out;
  for (const auto& b : t.buckets) out += b.start + ":" + std::to_string(b.count) + " ";
  return out;
}

struct BucketCase {
  DateCounts dates;
  TimeUnit unit;
  std::string unit_name;
  std::string buckets;
  std::size_t undated;
};

}  // namespace

TEST_CASE("dates fall in day, week, month and year buckets; empty buckets are kept") {
  const BucketCase cases[] = {
      // 2011-02-14 was a Monday: the week of Sunday the 20th starts on it.
      {{{20110214, 1}, {20110220, 2}, {20110221, 1}},
       TimeUnit::kWeek,
       "week",
       "2011-02-14:3 2011-02-21:1 ",
       0},
      // A gap keeps its empty buckets.
      {{{20110101, 1}, {20110104, 1}},
       TimeUnit::kDay,
       "day",
       "2011-01-01:1 2011-01-02:0 2011-01-03:0 2011-01-04:1 ",
       0},
      // Month-only dates (DD 00) count by month and year, not by day.
      {{{20111100, 2}, {20111230, 1}}, TimeUnit::kMonth, "month", "2011-11-01:2 2011-12-01:1 ", 0},
      {{{20111100, 2}, {20111230, 1}}, TimeUnit::kDay, "day", "2011-12-30:1 ", 2},
      {{{20101231, 1}, {20121231, 4}},
       TimeUnit::kYear,
       "year",
       "2010-01-01:1 2011-01-01:0 2012-01-01:4 ",
       0},
      // A week across a year end starts in December.
      {{{20110101, 1}}, TimeUnit::kWeek, "week", "2010-12-27:1 ", 0},
      // A leap day.
      {{{20120228, 1}, {20120301, 1}},
       TimeUnit::kDay,
       "day",
       "2012-02-28:1 2012-02-29:0 2012-03-01:1 ",
       0},
  };
  for (const auto& c : cases) {
    Timeline t = make_timeline(c.dates, 0, c.unit);
    CAPTURE(c.buckets);
    CHECK(t.unit == c.unit_name);
    CHECK(starts(t) == c.buckets);
    CHECK(t.undated == c.undated);
  }
}

TEST_CASE("auto picks the finest unit with at most 120 buckets that places every date") {
  CHECK(choose_unit({{20110201, 1}, {20110430, 1}}) == TimeUnit::kDay);    // 89 days
  CHECK(choose_unit({{20110201, 1}, {20120630, 1}}) == TimeUnit::kWeek);   // 74 weeks
  CHECK(choose_unit({{20070104, 1}, {20160816, 1}}) == TimeUnit::kMonth);  // 116 months
  CHECK(choose_unit({{19900101, 1}, {20160816, 1}}) == TimeUnit::kYear);   // 27 years
  CHECK(choose_unit({{20110200, 1}, {20110210, 1}}) == TimeUnit::kMonth);  // a month-only date
  Timeline t = make_timeline({{20110201, 1}, {20110430, 1}}, 3, TimeUnit::kAuto);
  CHECK(t.unit == "day");
  CHECK(t.buckets.size() == 89);
  CHECK(t.undated == 3);
}

TEST_CASE("auto with a smaller bucket limit (a short terminal) picks a coarser unit") {
  const DateCounts quarter = {{20110201, 1}, {20110430, 1}};  // 89 days, 13 weeks, 3 months
  CHECK(choose_unit(quarter, 89) == TimeUnit::kDay);
  CHECK(choose_unit(quarter, 88) == TimeUnit::kWeek);
  CHECK(choose_unit(quarter, 12) == TimeUnit::kMonth);
  CHECK(choose_unit(quarter, 2) == TimeUnit::kYear);
  CHECK(make_timeline(quarter, 0, TimeUnit::kAuto, 20).unit == "week");
  CHECK(make_timeline(quarter, 0, TimeUnit::kWeek, 2).unit == "week");  // only auto is limited
}

TEST_CASE("a timeline too fine for its span is refused, not drawn") {
  CHECK_THROWS_AS(make_timeline({{18000101, 1}, {20200101, 1}}, 0, TimeUnit::kDay), QueryError);
}

TEST_CASE("a series is counted on the timeline's own buckets") {
  Timeline t = make_timeline({{20110101, 2}, {20110301, 1}}, 0, TimeUnit::kMonth);
  TimelineSeries s = make_series("Khalifa Haftar", {{20110305, 1}}, t);
  CHECK(s.total == 1);
  REQUIRE(s.buckets.size() == 3);
  CHECK(s.buckets[0].count == 0);
  CHECK(s.buckets[2].start == "2011-03-01");
  CHECK(s.buckets[2].count == 1);
}

TEST_CASE("the timeline of a real search counts every match exactly") {
  testing::SeedIndex index({
      {"extra/a.txt", "Title: One\nDate: 2019-04-05\n\nHaftar attacks Tripoli."},
      {"extra/b.txt", "Title: Two\nDate: 2019-04-20\n\nHaftar and Sarraj in Tripoli."},
      {"extra/c.jsonl",
       "{\"id\":\"m\",\"title\":\"Three\",\"date\":\"2019-06\",\"text\":\"Haftar "
       "in Tripoli.\"}\n"},
      {"extra/d.txt", "Title: Undated\n\nHaftar near Tripoli."},
  });
  Searcher searcher = Searcher::open(index.db());
  SearchRequest request;
  request.query = "Tripoli";
  request.limit = 0;
  request.timeline.wanted = true;
  request.timeline.unit = TimeUnit::kMonth;
  SearchResults r = searcher.search(request);
  REQUIRE(r.timeline.computed);
  std::size_t placed = 0;
  for (const auto& b : r.timeline.buckets) placed += b.count;
  CHECK(placed + r.timeline.undated == r.total);
  // The April 2019 bucket has exactly the two April articles (no seed is from April 2019).
  auto april = std::find_if(r.timeline.buckets.begin(), r.timeline.buckets.end(),
                            [](const TimelineBucket& b) { return b.start == "2019-04-01"; });
  REQUIRE(april != r.timeline.buckets.end());
  CHECK(april->count == 2);
  // The month-only article is placed by month.
  auto june = std::find_if(r.timeline.buckets.begin(), r.timeline.buckets.end(),
                           [](const TimelineBucket& b) { return b.start == "2019-06-01"; });
  REQUIRE(june != r.timeline.buckets.end());
  CHECK(june->count >= 1);

  SUBCASE("by actor: each series is the timeline of the search filtered by that actor") {
    request.timeline.by = "actor";
    request.timeline.series = 2;
    SearchResults by = searcher.search(request);
    REQUIRE(by.timeline.series.size() == 2);
    CHECK(by.timeline.by == "actor");
    CHECK(by.timeline.series[0].value == "Khalifa Haftar");
    for (const auto& series : by.timeline.series) {
      CAPTURE(series.value);
      REQUIRE(series.buckets.size() == by.timeline.buckets.size());
      SearchRequest filtered = request;
      filtered.timeline.by.clear();
      filtered.actors = {series.value};
      SearchResults alone = searcher.search(filtered);
      std::size_t total = 0;
      for (const auto& b : alone.timeline.buckets) {
        total += b.count;
        auto same = std::find_if(series.buckets.begin(), series.buckets.end(),
                                 [&](const TimelineBucket& s) { return s.start == b.start; });
        REQUIRE(same != series.buckets.end());
        CHECK(same->count == b.count);
      }
      CHECK(series.total == total);
    }
  }
  SUBCASE("an unknown series kind is a QueryError naming the kinds the schema has") {
    request.timeline.by = "colour";
    CHECK_THROWS_WITH_AS(searcher.search(request),
                         "unknown timeline series 'colour' (source, actor, place, country)",
                         QueryError);
    // month is a facet but not a filter, mentioned a filter but not a facet: neither is a series.
    request.timeline.by = "month";
    CHECK_THROWS_AS(searcher.search(request), QueryError);
    request.timeline.by = "mentioned";
    CHECK_THROWS_AS(searcher.search(request), QueryError);
  }
}

}  // namespace lsearch
