// FacetCounter: counts the facets of every match of a query, attached to the
// Enquire that runs it, and turns the counts into the values shown (top
// values by count, ties by name; months: all of them, in calendar order).
// Two ways, one result (tests/searcher/facets/ compares both with a brute-force
// count): ordinals counted into arrays by our own spy, for one local
// database; Xapian's ValueCountMatchSpy over K single-valued slots, for
// collections, since xapian-tcpsrv runs only Xapian's own spies.
#pragma once

#include <xapian.h>

#include <memory>

#include "common/schema/facet_column.h"
#include "lsearch/searcher.h"
#include "searcher/collapse/copy_counter.h"

namespace lsearch {

enum class FacetMethod {
  kOrdinals,  // one local database (ordinals from the facet column, or the values)
  kSlots,     // any collection, remote shards included
};

class FacetCounter {
 public:
  virtual ~FacetCounter() = default;
  // The spies count the matches of the next get_mset() of `enquire`.
  virtual void attach(Xapian::Enquire& enquire) = 0;
  // The same, and `copies` counts the same matches: by default as a spy of its
  // own; the ordinal counter's spy carries it, so that Xapian makes one spy
  // call per match instead of its MultipleMatchSpy making two.
  virtual void attach_with(Xapian::Enquire& enquire, CopyCounter& copies) {
    attach(enquire);
    enquire.add_matchspy(&copies);
  }
  // `exact`: the spies saw every matching document.
  virtual Facets collect(std::size_t limit, bool exact) = 0;
};

// `db` is the database the Enquire searches (the ordinal counter reads names
// from its metadata, so it must be one local database); `column`, if any, is
// its facet column (used by the ordinal counter when of db's revision).
std::unique_ptr<FacetCounter> make_facet_counter(
    FacetMethod method, const Xapian::Database& db,
    std::shared_ptr<const FacetColumn> column = nullptr);

// The `limit` values with the highest counts, ties by name (both counters).
std::vector<FacetValue> top_values(std::vector<FacetValue> values, std::size_t limit);

}  // namespace lsearch
