// Timelines: how many matches fall in each day, week, month or year. A
// TimelineSpy counts each match's date in the searcher's exact counting pass
// (and, for --timeline-by, how often each value of a facet occurs); a
// SeriesSpy counts the dates of the top values in one more pass; the
// functions below turn date counts into buckets, empty ones included.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "lsearch/searcher.h"
#include "searcher/facets/facet_counts.h"

namespace lsearch {

// Dates as YYYYMMDD numbers; DD is 00 when only the month is known.
using DateCounts = std::unordered_map<std::uint32_t, std::size_t>;

// Auto's default bucket limit: a decade by month (TimelineRequest::auto_buckets).
inline constexpr std::size_t kMaxAutoBuckets = 120;
// A timeline longer than this is refused (a unit too fine for the span).
inline constexpr std::size_t kMaxBuckets = 20000;

// A match's date: the full date of slot 0, else the month of the facets slot; 0 = undated.
std::uint32_t match_date(const Xapian::Document& doc);

class TimelineSpy : public Xapian::MatchSpy {
 public:
  // `by_tag` (kTagActor, kTagPlace, kTagSource): also count that facet's values.
  explicit TimelineSpy(char by_tag = 0) : by_tag_(by_tag) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override { return new TimelineSpy(by_tag_); }
  std::string name() const override { return "lsearch::TimelineSpy"; }

  const DateCounts& dates() const { return dates_; }
  std::size_t undated() const { return undated_; }
  const FacetCounts& values() const { return values_; }

 private:
  char by_tag_;
  DateCounts dates_;
  std::size_t undated_ = 0;
  FacetCounts values_;
};

// The dates of the matches naming each of `values` (a facet of kind `tag`).
class SeriesSpy : public Xapian::MatchSpy {
 public:
  SeriesSpy(char tag, std::vector<std::string> values);
  void operator()(const Xapian::Document& doc, double weight) override;
  Xapian::MatchSpy* clone() const override { return new SeriesSpy(tag_, values_); }
  std::string name() const override { return "lsearch::SeriesSpy"; }

  const std::vector<DateCounts>& dates() const { return dates_; }

 private:
  char tag_;
  std::vector<std::string> values_;
  std::vector<DateCounts> dates_;  // parallel to values_
};

const char* unit_name(TimeUnit unit);
// kAuto: the finest unit with at most `max_buckets` buckets that places every
// dated match (so not day or week when some dates have only a month); year when no finer unit fits.
TimeUnit choose_unit(const DateCounts& dates, std::size_t max_buckets = kMaxAutoBuckets);
// Throws QueryError when the unit would need more than kMaxBuckets buckets.
Timeline make_timeline(const DateCounts& dates, std::size_t undated, TimeUnit unit,
                       std::size_t auto_buckets = kMaxAutoBuckets);
// One value's counts on the buckets of `timeline`.
TimelineSeries make_series(const std::string& value, const DateCounts& dates,
                           const Timeline& timeline);

}  // namespace lsearch
