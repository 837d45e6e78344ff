// AnalyticsPass: the timeline and pair counts a SearchRequest asks for, hooked
// into the searcher's exact counting pass (the one that counts facets), so
// they cost one more spy per match, not another pass; --timeline-by needs one
// more pass, for the series of the top values found by the first.
#pragma once

#include <xapian.h>

#include <memory>

#include "lsearch/searcher.h"
#include "searcher/analytics/pairs.h"
#include "searcher/analytics/timeline.h"

namespace lsearch {

class AnalyticsPass {
 public:
  // Throws QueryError for an unknown pair or series kind.
  explicit AnalyticsPass(const SearchRequest& request);
  // Whether the request needs the counting pass (a watch records every match in it).
  static bool wanted_by(const SearchRequest& request) {
    return request.timeline.wanted || !request.pairs.kind.empty() || request.unseen_only != nullptr;
  }
  void attach(Xapian::Enquire& counting);
  // After the counting pass over `query`: fills results.timeline and results.pairs.
  void collect(const Xapian::Database& db, const Xapian::Query& query, SearchResults& results);

 private:
  TimelineRequest timeline_request_;
  PairsRequest pairs_request_;
  char series_tag_ = 0;
  std::unique_ptr<TimelineSpy> timeline_;
  std::unique_ptr<PairSpy> pairs_;
};

}  // namespace lsearch
