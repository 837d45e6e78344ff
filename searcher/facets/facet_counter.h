// FacetCounter: attaches the facet spies to an Enquire and turns their counts
// into the top values of each facet (months in calendar order).
#pragma once

#include <xapian.h>

#include <memory>

#include "lsearch/searcher.h"
#include "searcher/facets/list_count_spy.h"

namespace lsearch {

class FacetCounter {
 public:
  FacetCounter();
  void attach(Xapian::Enquire& enquire);
  // `exact`: the spies saw every matching document.
  Facets collect(std::size_t limit, bool exact) const;

 private:
  std::unique_ptr<ListCountMatchSpy> actors_, places_;
  std::unique_ptr<Xapian::ValueCountMatchSpy> sources_, months_;
};

}  // namespace lsearch
