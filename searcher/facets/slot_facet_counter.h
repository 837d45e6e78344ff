// Facets with Xapian's own machinery, for collections of shards (xapian-tcpsrv
// runs only built-in spies; Xapian merges their counts across shards): one
// ValueCountMatchSpy per single-valued facet slot and per overflow slot
// (fields.h, kFacets). A value's count is the sum over its K slots plus the
// overflow lists that name it: each distinct overflow list is counted once by
// its spy and split here, so counts are exact whatever the overflow.
#pragma once

#include <xapian.h>

#include <memory>
#include <vector>

#include "searcher/facets/facet_counter.h"

namespace lsearch {

class SlotFacetCounter : public FacetCounter {
 public:
  SlotFacetCounter();
  void attach(Xapian::Enquire& enquire) override;
  Facets collect(std::size_t limit, bool exact) override;

 private:
  struct FacetSpies {
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> slots;
    std::unique_ptr<Xapian::ValueCountMatchSpy> overflow;
  };
  std::vector<FacetValue> all_values(const FacetSpies& spies) const;

  std::vector<FacetSpies> spies_;  // kFacets order
};

}  // namespace lsearch
