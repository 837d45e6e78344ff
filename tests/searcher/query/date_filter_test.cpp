// Date ranges as year, month and day terms (searcher/query/date_filter) against
// a brute-force reading of every article's date, on a real Reuters-21578 index
// and on articles dated at every boundary (day, month and year starts and ends,
// dates known only to the month or the year, undated articles).
#include "searcher/query/date_filter.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "../../support/reuters_index.h"
#include "../../support/seed_index.h"
#include "common/error.h"
#include "common/news/dates.h"
#include "common/schema/fields.h"

namespace lsearch {
namespace {

// Articles dated on and around each boundary, some known only to the month or year.
const testing::SeedIndex& boundary_index() {
  static const testing::SeedIndex index({{"dates/dates.jsonl", [] {
                                            std::string lines;
                                            const char* dates[] = {"2010-12-31", "2011-01-01",
                                                                   "2011-01-31", "2011-02-01",
                                                                   "2011-02-28", "2011-03",
                                                                   "2011",       "2011-12-31",
                                                                   "2012-01-01", "2012-02-29",
                                                                   "2012-03-01", "2012-12",
                                                                   "2013",       ""};
                                            int n = 0;
                                            for (const char* date : dates)
                                              lines += "{\"id\":\"d" + std::to_string(n++) +
                                                       "\",\"title\":\"Dated " + date +
                                                       "\",\"date\":\"" + date +
                                                       "\",\"text\":\"A dated note.\"}\n";
                                            return lines;
                                          }()}});
  return index;
}

// The article's date as its terms give it: the longest of D, M, Y.
std::optional<PartialDate> stored_date(const Xapian::Database& db, Xapian::docid did) {
  std::string best;
  const std::pair<Field, std::size_t> levels[] = {
      {Field::kYear, 4}, {Field::kMonth, 6}, {Field::kDate, 8}};
  for (const auto& [level, digits] : levels) {
    const std::string prefix(field_spec(level).prefix);
    auto it = db.termlist_begin(did);
    it.skip_to(prefix);
    if (it != db.termlist_end(did) && (*it).starts_with(prefix) &&
        (*it).size() == prefix.size() + digits)
      best = (*it).substr(prefix.size());
  }
  if (best.empty()) return std::nullopt;
  std::string iso = best.substr(0, 4);
  if (best.size() >= 6) iso += "-" + best.substr(4, 2);
  if (best.size() == 8) iso += "-" + best.substr(6, 2);
  return parse_iso_date(iso);
}

// The rule, one article at a time: a date's whole period lies in [since, until].
std::set<Xapian::docid> brute_force(const Xapian::Database& db, const std::string& since,
                                    const std::string& until) {
  const std::string low = since.empty() ? "00000101" : parse_iso_date(since)->first_day_compact();
  const std::string high = until.empty() ? "99991231" : parse_iso_date(until)->last_day_compact();
  std::set<Xapian::docid> out;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    auto date = stored_date(db, *it);
    if (date && date->first_day_compact() >= low && date->last_day_compact() <= high)
      out.insert(*it);
  }
  return out;
}

std::set<Xapian::docid> matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::MSet all = enquire.get_mset(0, db.get_doccount());
  std::set<Xapian::docid> out;
  for (auto it = all.begin(); it != all.end(); ++it) out.insert(*it);
  return out;
}

void check_ranges(const Xapian::Database& db,
                  const std::vector<std::pair<std::string, std::string>>& ranges) {
  for (const auto& [since, until] : ranges) {
    CAPTURE(since);
    CAPTURE(until);
    const std::set<Xapian::docid> want = brute_force(db, since, until);
    CHECK(matches(db, date_range_query(db, since, until)) == want);
    // The full dates of the range are exactly the value range's.
    std::set<Xapian::docid> full;
    for (Xapian::docid did : want)
      if (stored_date(db, did)->day > 0) full.insert(did);
    const std::string low = since.empty() ? "00000101" : parse_iso_date(since)->first_day_compact();
    const std::string high = until.empty() ? "99991231" : parse_iso_date(until)->last_day_compact();
    CHECK(matches(db, Xapian::Query(Xapian::Query::OP_VALUE_RANGE, kSlotDate, low, high)) == full);
  }
}

}  // namespace

TEST_CASE("date terms: every day, month and year boundary, partial dates, open ends") {
  Xapian::Database db(boundary_index().db());
  REQUIRE(brute_force(db, "", "").size() >= 13);  // the 13 dated articles at least
  check_ranges(db, {{"2011", "2011"},
                    {"2011-01", "2011-01"},
                    {"2011-01-01", "2011-01-31"},
                    {"2011-01-01", "2011-01-30"},
                    {"2011-01-02", "2011-01-31"},
                    {"2010-12-31", "2011-01-01"},
                    {"2011-01-31", "2011-02-01"},
                    {"2011-02-28", "2011-03-01"},
                    {"2011-02", "2011-03"},
                    {"2011-03", "2011-03"},
                    {"2011-03-01", "2011-03-31"},
                    {"2011-03-02", "2011-12-31"},
                    {"2011-01-01", "2011-12-31"},
                    {"2011-01-01", "2011-12-30"},
                    {"2011-12-31", "2012-01-01"},
                    {"2012-02-29", "2012-02-29"},
                    {"2012-02", "2012-12"},
                    {"2012-12-01", "2013-12-31"},
                    {"2013", ""},
                    {"2014", ""},
                    {"", "2010"},
                    {"", "2010-12-30"},
                    {"", "2011-03"},
                    {"2011-03", ""},
                    {"1900", "2100"},
                    {"", ""}});
}

TEST_CASE("date terms: the Reuters-21578 months and their edges, as the brute force counts") {
  Xapian::Database db(testing::ReutersIndex::get().db());
  REQUIRE(brute_force(db, "1987", "1987").size() > 1000);
  check_ranges(db, {{"1987", "1987"},
                    {"1987-02-26", "1987-02-26"},
                    {"1987-02-28", "1987-03-01"},
                    {"1987-03", "1987-03"},
                    {"1987-03-01", "1987-03-31"},
                    {"1987-03-02", "1987-03-30"},
                    {"1987-03-31", "1987-04-01"},
                    {"1987-04-15", "1987-06-14"},
                    {"1987-06", ""},
                    {"", "1987-06"},
                    {"1986-06-01", "1987-03-10"},
                    {"1987-09-30", "1988-02"},
                    {"1987-10-19", ""},
                    {"1986-12-31", "1987-01-01"},
                    {"1986", "1986"},
                    {"1988", ""}});
}

TEST_CASE("a range holding no date of the index matches nothing, and stays a filter") {
  Xapian::Database db(boundary_index().db());
  Xapian::Query none = date_range_query(db, "1990", "1991");
  CHECK_FALSE(none.empty());
  CHECK(matches(db, none).empty());
  CHECK_THROWS_AS(date_range_query(db, "2012", "2011"), QueryError);
}

}  // namespace lsearch
