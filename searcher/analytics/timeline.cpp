#include "searcher/analytics/timeline.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

#include "common/error.h"
#include "common/schema/fields.h"
#include "common/schema/value_codec.h"

namespace lsearch {
namespace {

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms):
// buckets are computed on day numbers so weeks and month ends need no tables.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Civil {
  int year, month, day;
};

Civil civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

// The day number of the first day of the bucket holding `date`; nullopt when
// the date is too coarse for the unit (a month-only date on a day timeline).
std::optional<long> bucket_of(std::uint32_t date, TimeUnit unit) {
  const int y = static_cast<int>(date / 10000), m = static_cast<int>(date / 100 % 100),
            d = static_cast<int>(date % 100);
  switch (unit) {
    case TimeUnit::kYear:
      return days_from_civil(y, 1, 1);
    case TimeUnit::kMonth:
      return days_from_civil(y, m, 1);
    case TimeUnit::kWeek: {
      if (d == 0) return std::nullopt;
      const long days = days_from_civil(y, m, d);
      const long weekday = ((days % 7) + 10) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
      return days - weekday;
    }
    case TimeUnit::kDay:
    case TimeUnit::kAuto:
      if (d == 0) return std::nullopt;
      return days_from_civil(y, m, d);
  }
  return std::nullopt;
}

long next_bucket(long start, TimeUnit unit) {
  Civil c = civil_from_days(start);
  switch (unit) {
    case TimeUnit::kYear:
      return days_from_civil(c.year + 1, 1, 1);
    case TimeUnit::kMonth:
      return c.month == 12 ? days_from_civil(c.year + 1, 1, 1)
                           : days_from_civil(c.year, c.month + 1, 1);
    case TimeUnit::kWeek:
      return start + 7;
    default:
      return start + 1;
  }
}

// How many buckets span first..last (both bucket starts).
std::size_t bucket_span(long first, long last, TimeUnit unit) {
  Civil a = civil_from_days(first), b = civil_from_days(last);
  switch (unit) {
    case TimeUnit::kYear:
      return static_cast<std::size_t>(b.year - a.year) + 1;
    case TimeUnit::kMonth:
      return static_cast<std::size_t>((b.year - a.year) * 12 + b.month - a.month) + 1;
    case TimeUnit::kWeek:
      return static_cast<std::size_t>((last - first) / 7) + 1;
    default:
      return static_cast<std::size_t>(last - first) + 1;
  }
}

std::string iso(long day) {
  Civil c = civil_from_days(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year % 10000, c.month, c.day);
  return buf;
}

std::uint32_t parse_compact(std::string_view text) {
  if (text.size() < 6) return 0;
  std::uint32_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return text.size() == 6 ? n * 100 : n;  // YYYYMM -> YYYYMM00
}

struct Bucketed {
  std::map<long, std::size_t> counts;
  std::size_t unplaced = 0;
};

Bucketed bucketed(const DateCounts& dates, TimeUnit unit) {
  Bucketed out;
  for (const auto& [date, count] : dates) {
    if (auto bucket = bucket_of(date, unit))
      out.counts[*bucket] += count;
    else
      out.unplaced += count;
  }
  return out;
}

void count_in(DateCounts& dates, std::uint32_t date) {
  ++dates[date];
}

}  // namespace

std::uint32_t match_date(const Xapian::Document& doc) {
  if (std::uint32_t day = parse_compact(doc.get_value(kSlotDate))) return day;
  std::uint32_t month = 0;
  for_each_list_item(doc.get_value(kSlotFacets), [&](std::string_view item) {
    if (month == 0 && !item.empty() && item[0] == kTagMonth) month = parse_compact(item.substr(1));
  });
  return month;
}

void TimelineSpy::operator()(const Xapian::Document& doc, double) {
  if (std::uint32_t date = match_date(doc))
    count_in(dates_, date);
  else
    ++undated_;
  if (by_tag_ == 0) return;
  for_each_list_item(doc.get_value(kSlotFacets), [&](std::string_view item) {
    if (item.empty() || item[0] != by_tag_) return;
    auto it = values_.find(item.substr(1));
    if (it == values_.end())
      values_.emplace(item.substr(1), 1);
    else
      ++it->second;
  });
}

SeriesSpy::SeriesSpy(char tag, std::vector<std::string> values)
    : tag_(tag), values_(std::move(values)), dates_(values_.size()) {}

void SeriesSpy::operator()(const Xapian::Document& doc, double) {
  std::uint32_t date = 0;
  bool dated = false;
  for_each_list_item(doc.get_value(kSlotFacets), [&](std::string_view item) {
    if (item.empty() || item[0] != tag_) return;
    auto it = std::find(values_.begin(), values_.end(), item.substr(1));
    if (it == values_.end()) return;
    if (!dated) {
      date = match_date(doc);
      dated = true;
    }
    if (date != 0) count_in(dates_[static_cast<std::size_t>(it - values_.begin())], date);
  });
}

const char* unit_name(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kDay:
      return "day";
    case TimeUnit::kWeek:
      return "week";
    case TimeUnit::kMonth:
      return "month";
    case TimeUnit::kYear:
      return "year";
    case TimeUnit::kAuto:
      break;
  }
  return "auto";
}

TimeUnit choose_unit(const DateCounts& dates, std::size_t max_buckets) {
  if (dates.empty()) return TimeUnit::kMonth;
  bool month_only = std::any_of(dates.begin(), dates.end(),
                                [](const auto& entry) { return entry.first % 100 == 0; });
  for (TimeUnit unit : {TimeUnit::kDay, TimeUnit::kWeek, TimeUnit::kMonth}) {
    if (month_only && unit != TimeUnit::kMonth) continue;
    Bucketed b = bucketed(dates, unit);
    if (bucket_span(b.counts.begin()->first, b.counts.rbegin()->first, unit) <= max_buckets)
      return unit;
  }
  return TimeUnit::kYear;
}

Timeline make_timeline(const DateCounts& dates, std::size_t undated, TimeUnit unit,
                       std::size_t auto_buckets) {
  if (unit == TimeUnit::kAuto) unit = choose_unit(dates, auto_buckets);
  Timeline timeline;
  timeline.computed = true;
  timeline.unit = unit_name(unit);
  Bucketed b = bucketed(dates, unit);
  timeline.undated = undated + b.unplaced;
  if (b.counts.empty()) return timeline;
  const long first = b.counts.begin()->first, last = b.counts.rbegin()->first;
  if (bucket_span(first, last, unit) > kMaxBuckets)
    throw QueryError(std::string("the timeline would have more than ") +
                     std::to_string(kMaxBuckets) + " buckets by " + timeline.unit +
                     "; choose a coarser --timeline unit or narrow the search");
  for (long start = first; start <= last; start = next_bucket(start, unit)) {
    auto it = b.counts.find(start);
    timeline.buckets.push_back({iso(start), it == b.counts.end() ? 0 : it->second});
  }
  return timeline;
}

TimelineSeries make_series(const std::string& value, const DateCounts& dates,
                           const Timeline& timeline) {
  TimelineSeries series;
  series.value = value;
  TimeUnit unit = timeline.unit == "day"    ? TimeUnit::kDay
                  : timeline.unit == "week" ? TimeUnit::kWeek
                  : timeline.unit == "year" ? TimeUnit::kYear
                                            : TimeUnit::kMonth;
  Bucketed b = bucketed(dates, unit);
  std::map<std::string, std::size_t> by_start;
  for (const auto& [start, count] : b.counts) by_start[iso(start)] = count;
  for (const auto& bucket : timeline.buckets) {
    auto it = by_start.find(bucket.start);
    std::size_t count = it == by_start.end() ? 0 : it->second;
    series.total += count;
    series.buckets.push_back({bucket.start, count});
  }
  return series;
}

}  // namespace lsearch
