#include "searcher/collapse/collapsed_page.h"

#include <algorithm>
#include <cstddef>
#include <unordered_map>
#include <utility>

namespace lsearch {
namespace {

// How far into the uncollapsed ranking each try looks, as multiples of the
// page's end: 1.5x fills most pages of Reuters-21578 (few copies); headline
// corpora with many copies of a story need more.
constexpr double kHeads[] = {1.5, 4.0, 16.0};

// A try's filter: turns away the copies of every cluster whose first document
// an earlier try saw (each ranks below that first one, which is all the
// collapse keeps of it, so the collapsed page is the same), and what `inner`
// (--watch) turns away. The next try's head then holds other clusters.
class SeenCopies : public Xapian::MatchDecider {
 public:
  SeenCopies(const FacetColumn& column, const Xapian::MatchDecider* inner)
      : column_(column), inner_(inner) {}
  bool operator()(const Xapian::Document& doc) const override {
    if (inner_ && !(*inner_)(doc)) return false;
    if (first_.empty()) return true;
    const Xapian::docid did = doc.get_docid();
    std::uint32_t number = 0;
    if (!column_.cluster(did, number) || number == 0) return true;
    auto it = first_.find(number);
    return it == first_.end() || it->second == did;
  }
  // A cluster's first document in the ranking (the first seen is the first).
  void saw(std::uint32_t number, Xapian::docid did) { first_.emplace(number, did); }

 private:
  const FacetColumn& column_;
  const Xapian::MatchDecider* inner_;
  std::unordered_map<std::uint32_t, Xapian::docid> first_;
};

// The first `end` documents of `mset` with one per cluster; nullopt when a
// docid is beyond the column. Tells `seen` each cluster's first document.
std::optional<std::vector<PageItem>> first_per_cluster(const Xapian::MSet& mset,
                                                       const FacetColumn& column,
                                                       Xapian::doccount end, SeenCopies& seen) {
  std::vector<PageItem> kept;
  std::unordered_map<std::uint32_t, std::size_t> kept_of;  // cluster number -> kept index
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    std::uint32_t number = 0;
    if (!column.cluster(*it, number)) return std::nullopt;
    if (number != 0) {
      auto [first, fresh] = kept_of.emplace(number, kept.size());
      if (!fresh) {
        ++kept[first->second].collapse_count;
        continue;
      }
      seen.saw(number, *it);
    }
    if (kept.size() == end) break;  // the page is full: only more copies would count
    kept.push_back({it, 0});
  }
  return kept;
}

}  // namespace

RankedPage page_of(const Xapian::MSet& mset) {
  RankedPage page{mset, {}};
  page.items.reserve(mset.size());
  for (auto it = mset.begin(); it != mset.end(); ++it)
    page.items.push_back({it, it.get_collapse_count()});
  return page;
}

std::optional<RankedPage> collapsed_page(const Xapian::Enquire& enquire, const FacetColumn& column,
                                         Xapian::doccount offset, Xapian::doccount limit,
                                         const Xapian::MatchDecider* decider) {
  const Xapian::doccount end = offset + limit;
  SeenCopies seen(column, decider);
  for (double head : kHeads) {
    const auto want = static_cast<Xapian::doccount>(end * head + 0.5);
    Xapian::MSet mset = enquire.get_mset(0, want, 0, nullptr, &seen);
    auto kept = first_per_cluster(mset, column, end, seen);
    if (!kept) return std::nullopt;
    // Full, or the whole ranking was seen: the page is known.
    if (kept->size() == end || mset.size() < want) {
      const auto skip = static_cast<std::ptrdiff_t>(std::min<std::size_t>(offset, kept->size()));
      kept->erase(kept->begin(), kept->begin() + skip);
      return RankedPage{mset, std::move(*kept)};
    }
  }
  return std::nullopt;
}

}  // namespace lsearch
