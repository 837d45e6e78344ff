// CopyCounter: exact copy counts for collapsed hits. Xapian's collapse count
// is a lower bound (the ranked pass prunes); this spy, in the exact counting
// pass, counts the matches of each cluster shown on the page: by the facet
// column's cluster numbers when there is a column of the open revision (an
// array read by docid), else by the kSlotCluster value (a value read per match:
// half of the counting pass of `lsearch oil`).
#pragma once

#include <xapian.h>

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/schema/facet_column.h"
#include "lsearch/searcher.h"

namespace lsearch {

class CopyCounter : public Xapian::MatchSpy {
 public:
  // `page` holds the docids of `hits` in `db`, in order; `column` is used when
  // it is of `db`'s revision (and may be null).
  CopyCounter(const Xapian::Database& db, const std::vector<Hit>& hits,
              const std::vector<Xapian::docid>& page, std::shared_ptr<const FacetColumn> column);
  void operator()(const Xapian::Document& doc, double) override { count(doc, doc.get_docid()); }
  // One match, `did` being doc's docid: for a spy that carries this one
  // (OrdinalFacetSpy::count_copies_too), so that Xapian calls one spy per match.
  void count(const Xapian::Document& doc, Xapian::docid did) {
    if (!counts_.empty() && !count_by_column(did)) count_value(doc);
  }
  // The same by docid alone (searcher/facets/posting_pass): the document is
  // opened only when the column cannot tell.
  void count_docid(const Xapian::Database& db, Xapian::docid did) {
    if (!counts_.empty() && !count_by_column(did)) count_value(db.get_document(did));
  }
  // Whether matches are counted from the column (or there is nothing to count).
  bool by_docid() const { return counts_.empty() || column_ != nullptr; }
  // Sets each hit's copies: the other matches of its cluster.
  void fill(std::vector<Hit>& hits) const;
  // The same from Xapian's own spy over kSlotCluster (remote shards run no
  // custom spy): takes the page's clusters' counts from it, then fills.
  void fill_from(const Xapian::ValueCountMatchSpy& clusters, std::vector<Hit>& hits);

 private:
  static constexpr std::size_t kFilterBits = 4096;
  void count_number(std::uint32_t number);
  bool count_by_column(Xapian::docid did) {
    std::uint32_t number = 0;
    if (!column_ || !column_->cluster(did, number)) return false;
    if (number != 0 && filter_.test(number % kFilterBits)) count_number(number);
    return true;
  }
  void count_value(const Xapian::Document& doc);

  std::unordered_map<std::string, std::size_t> counts_;  // only the page's clusters
  // With a column: the page's cluster numbers -> their entry in counts_, and a
  // filter of their low bits that turns most other matches away in one test.
  std::shared_ptr<const FacetColumn> column_;
  std::unordered_map<std::uint32_t, std::size_t*> by_number_;
  std::bitset<kFilterBits> filter_;
};

}  // namespace lsearch
