// FacetCounter: attaches the facet spy to an Enquire and turns its counts into
// the top values of each facet (months: all of them, in calendar order).
#pragma once

#include <xapian.h>

#include <memory>

#include "lsearch/searcher.h"
#include "searcher/facets/facet_spy.h"

namespace lsearch {

class FacetCounter {
 public:
  FacetCounter() : spy_(std::make_unique<FacetSpy>()) {}
  void attach(Xapian::Enquire& enquire) { enquire.add_matchspy(spy_.get()); }
  // `exact`: the spy saw every matching document.
  Facets collect(std::size_t limit, bool exact) const;

 private:
  std::unique_ptr<FacetSpy> spy_;
};

}  // namespace lsearch
