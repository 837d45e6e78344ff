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

// The first `end` documents of `mset` with one per cluster; nullopt when a
// docid is beyond the column.
std::optional<std::vector<PageItem>> first_per_cluster(const Xapian::MSet& mset,
                                                       const FacetColumn& column,
                                                       Xapian::doccount end) {
  std::vector<PageItem> kept;
  std::unordered_map<std::uint32_t, std::size_t> kept_of;  // cluster number -> kept index
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    std::uint32_t number = 0;
    if (!column.cluster(*it, number)) return std::nullopt;
    if (number != 0) {
      auto [seen, fresh] = kept_of.emplace(number, kept.size());
      if (!fresh) {
        ++kept[seen->second].collapse_count;
        continue;
      }
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
  for (double head : kHeads) {
    const auto want = static_cast<Xapian::doccount>(end * head + 0.5);
    Xapian::MSet mset = enquire.get_mset(0, want, 0, nullptr, decider);
    auto kept = first_per_cluster(mset, column, end);
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
