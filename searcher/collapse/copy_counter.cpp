#include "searcher/collapse/copy_counter.h"

#include "common/schema/fields.h"

namespace lsearch {

CopyCounter::CopyCounter(const std::vector<Hit>& hits) {
  for (const auto& hit : hits)
    if (!hit.cluster.empty()) counts_.emplace(hit.cluster, 0);
}

void CopyCounter::operator()(const Xapian::Document& doc, double) {
  if (counts_.empty()) return;
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
