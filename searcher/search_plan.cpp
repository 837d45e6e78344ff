#include "searcher/search_plan.h"

#include "searcher/analytics/analytics_pass.h"

namespace lsearch {

SortOrder effective_sort(const SearchRequest& request, const BuiltQuery& built) {
  if (request.sort == SortOrder::kRelevance && !built.has_text() && request.similar_to.empty())
    return SortOrder::kNewest;
  return request.sort;
}

void set_total(const Xapian::MSet& mset, SearchResults& results) {
  results.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  results.total =
      results.total_exact ? mset.get_matches_lower_bound() : mset.get_matches_estimated();
}

bool collapsing(const SearchRequest& request) {
  return request.collapse && request.limit > 0;
}

bool counting_pass_follows(const SearchRequest& request) {
  return request.facets || AnalyticsPass::wanted_by(request) || collapsing(request);
}

void explain(const Xapian::Query& query, const BuiltQuery& built, SearchResults& results) {
  results.explanation.parsed = query.get_description();
  results.explanation.entities = built.entities;
  results.explanation.notes.insert(results.explanation.notes.begin(), built.notes.begin(),
                                   built.notes.end());
}

}  // namespace lsearch
