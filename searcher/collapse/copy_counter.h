// CopyCounter: exact copy counts for collapsed hits. Xapian's collapse count
// is a lower bound (the ranked pass prunes); this spy, in the exact counting
// pass, counts the matches of each cluster shown on the page.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "lsearch/searcher.h"

namespace lsearch {

class CopyCounter : public Xapian::MatchSpy {
 public:
  explicit CopyCounter(const std::vector<Hit>& hits);
  void operator()(const Xapian::Document& doc, double weight) override;
  // Sets each hit's copies: the other matches of its cluster.
  void fill(std::vector<Hit>& hits) const;
  // The same from Xapian's own spy over kSlotCluster (remote shards run no
  // custom spy): takes the page's clusters' counts from it, then fills.
  void fill_from(const Xapian::ValueCountMatchSpy& clusters, std::vector<Hit>& hits);

 private:
  std::unordered_map<std::string, std::size_t> counts_;  // only the page's clusters
};

}  // namespace lsearch
