#include <doctest/doctest.h>

#include "common/news/date_mentions.h"
#include "common/news/dates.h"

namespace lsearch {

TEST_CASE("parse_iso_date accepts full and partial ISO dates and rejects impossible ones") {
  CHECK(parse_iso_date("2020-07-02")->iso() == "2020-07-02");
  CHECK(parse_iso_date("2019-04")->iso() == "2019-04");
  CHECK(parse_iso_date("2019")->iso() == "2019");
  CHECK(parse_iso_date("2020/02/29")->iso() == "2020-02-29");
  CHECK(parse_iso_date("2020-07-02T10:00:00Z")->iso() == "2020-07-02");
  CHECK_FALSE(parse_iso_date("2019-02-29"));
  CHECK_FALSE(parse_iso_date("2019-13"));
  CHECK_FALSE(parse_iso_date("yesterday"));
  CHECK_FALSE(parse_iso_date("2019-04-01x"));
}

TEST_CASE("partial dates cover their whole period") {
  PartialDate month{2020, 2, 0};
  CHECK(month.first_day_compact() == "20200201");
  CHECK(month.last_day_compact() == "20200229");
  PartialDate year{2019, 0, 0};
  CHECK(year.last_day_compact() == "20191231");
}

TEST_CASE("metadata dates in words") {
  CHECK(parse_metadata_date("July 2, 2020")->iso() == "2020-07-02");
  CHECK(parse_metadata_date("2 July 2020")->iso() == "2020-07-02");
}

TEST_CASE("date mentions in text") {
  struct Row {
    const char* text;
    int year;
    const char* expected;  // first mention
  };
  const Row rows[] = {
      {"attacked in Tripoli, Libya February 18, 2020. REUTERS", 0, "2020-02-18"},
      {"The UN said June 12 that at least eight", 2020, "2020-06-12"},
      {"the conflict he launched in April 2019 against", 0, "2019-04"},
      {"killed longtime leader Muammar Gaddafi in 2011.", 0, "2011"},
      {"talks were planned in Geneva on 26 February 2020", 0, "2020-02-26"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    auto found = find_date_mentions(row.text, row.year);
    REQUIRE_FALSE(found.empty());
    CHECK(found.front().date.iso() == row.expected);
  }
  CHECK(find_date_mentions("The UN said June 12 that", 0).empty());
  CHECK(find_date_mentions("at least 1,093 people and 120,000 others", 0).empty());
  CHECK(find_date_mentions("he may come in march", 0).empty());
}

}  // namespace lsearch
