#include "searcher/analytics/analytics_pass.h"

#include <algorithm>

#include "common/error.h"
#include "common/schema/fields.h"
#include "common/util/text.h"

namespace lsearch {
namespace {

char series_tag(const std::string& by) {
  if (by.empty()) return 0;
  if (const FieldSpec* spec = field_named(by); spec != nullptr && is_series_field(*spec))
    return spec->facet_tag;
  throw QueryError("unknown timeline series '" + by + "' (" + join(series_field_names(), ", ") +
                   ")");
}

// The `limit` values counted most often (ties by name).
std::vector<std::string> top_values(const FacetCounts& counts, std::size_t limit) {
  std::vector<std::pair<std::string, std::size_t>> values(counts.begin(), counts.end());
  std::sort(values.begin(), values.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::vector<std::string> names;
  for (std::size_t i = 0; i < values.size() && i < limit; ++i) names.push_back(values[i].first);
  return names;
}

}  // namespace

AnalyticsPass::AnalyticsPass(const SearchRequest& request)
    : timeline_request_(request.timeline), pairs_request_(request.pairs) {
  if (timeline_request_.wanted) {
    series_tag_ = series_tag(timeline_request_.by);
    timeline_ = std::make_unique<TimelineSpy>(series_tag_);
  }
  if (!pairs_request_.kind.empty())
    pairs_ = std::make_unique<PairSpy>(parse_pair_kind(pairs_request_.kind));
}

void AnalyticsPass::attach(Xapian::Enquire& counting) {
  if (timeline_) counting.add_matchspy(timeline_.get());
  if (pairs_) counting.add_matchspy(pairs_.get());
}

void AnalyticsPass::collect(const Xapian::Database& db, const Xapian::Query& query,
                            SearchResults& results) {
  if (pairs_) {
    results.pairs.computed = true;
    results.pairs.kind = pairs_request_.kind;
    results.pairs.top = pairs_->top(pairs_request_.limit);
  }
  if (!timeline_) return;
  results.timeline = make_timeline(timeline_->dates(), timeline_->undated(), timeline_request_.unit,
                                   timeline_request_.auto_buckets);
  if (series_tag_ == 0) return;
  results.timeline.by = timeline_request_.by;
  std::vector<std::string> values = top_values(timeline_->values(), timeline_request_.series);
  if (values.empty()) return;
  // The series pass: only the top values' dates, over the same matches.
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  SeriesSpy spy(series_tag_, values);
  enquire.add_matchspy(&spy);
  enquire.get_mset(0, 0, db.get_doccount());
  for (std::size_t i = 0; i < values.size(); ++i)
    results.timeline.series.push_back(make_series(values[i], spy.dates()[i], results.timeline));
}

}  // namespace lsearch
