#include "searcher/collapse/copy_counter.h"

#include "common/schema/fields.h"

namespace lsearch {

CopyCounter::CopyCounter(const Xapian::Database& db, const std::vector<Hit>& hits,
                         const std::vector<Xapian::docid>& page,
                         std::shared_ptr<const FacetColumn> column) {
  for (const auto& hit : hits)
    if (!hit.cluster.empty()) counts_.emplace(hit.cluster, 0);
  if (!column || !column->matches(db) || page.size() != hits.size()) return;
  for (std::size_t i = 0; i < hits.size(); ++i) {
    std::uint32_t number = 0;
    if (hits[i].cluster.empty()) continue;
    if (!column->cluster(page[i], number) || number == 0) return;  // not this database's column
    by_number_.emplace(number, &counts_.at(hits[i].cluster));
    filter_.set(number % kFilterBits);
  }
  column_ = std::move(column);
}

// A number that passed the filter: one of the page's clusters, or a rare other.
void CopyCounter::count_number(std::uint32_t number) {
  auto it = by_number_.find(number);
  if (it != by_number_.end()) ++*it->second;
}

void CopyCounter::count_value(const Xapian::Document& doc) {
  auto it = counts_.find(doc.get_value(kSlotCluster));
  if (it != counts_.end()) ++it->second;
}

void CopyCounter::fill(std::vector<Hit>& hits) const {
  for (auto& hit : hits) {
    auto it = counts_.find(hit.cluster);
    if (it != counts_.end() && it->second > 0) hit.copies = it->second - 1;
  }
}

void CopyCounter::fill_from(const Xapian::ValueCountMatchSpy& clusters, std::vector<Hit>& hits) {
  for (auto it = clusters.values_begin(); it != clusters.values_end(); ++it) {
    auto page = counts_.find(*it);
    if (page != counts_.end()) page->second = it.get_termfreq();
  }
  fill(hits);
}

}  // namespace lsearch
