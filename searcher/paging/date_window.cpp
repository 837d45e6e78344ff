#include "searcher/paging/date_window.h"

#include <algorithm>

#include "common/schema/fields.h"

namespace lsearch {
namespace {

constexpr Xapian::doccount kGrowth = 16;

}  // namespace

DateWindows::DateWindows(const Xapian::Database& db, bool newest, Xapian::valueno sort_slot,
                         Xapian::doccount first_window_per_hit)
    : sort_slot_(sort_slot), first_window_per_hit_(first_window_per_hit) {
  const std::string prefix(field_spec(Field::kMonth).prefix);
  std::vector<std::pair<std::string, Xapian::doccount>> months;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
    months.emplace_back(*it, it.get_termfreq());
  if (newest) std::reverse(months.begin(), months.end());
  Xapian::doccount sum = 0;
  for (auto& [term, freq] : months) {
    months_.push_back(std::move(term));
    cumulative_.push_back(sum += freq);
  }
}

// The last hit's sort key is a full date's ("~" for an article without one).
bool DateWindows::full_and_dated(const Xapian::MSet& mset, Xapian::doccount limit) const {
  if (mset.size() < limit || mset.empty()) return false;
  const std::string key = mset[mset.size() - 1].get_document().get_value(sort_slot_);
  return !key.empty() && key[0] != '~';
}

Xapian::MSet DateWindows::page(Xapian::Enquire& enquire, const Xapian::Query& query,
                               Xapian::doccount offset, Xapian::doccount limit,
                               const Xapian::MatchDecider* decider) const {
  std::uint64_t wanted = (std::uint64_t{offset} + limit) * first_window_per_hit_;
  windows_tried_ = 0;
  std::size_t end = 0;  // months_[0, end] form the window
  while (limit > 0 && !months_.empty()) {
    while (end < months_.size() && cumulative_[end] < wanted) ++end;
    if (end >= months_.size() - 1) break;  // the window would be (nearly) everything
    const std::vector<std::string> window(months_.begin(),
                                          months_.begin() + static_cast<std::ptrdiff_t>(end + 1));
    enquire.set_query(
        Xapian::Query(Xapian::Query::OP_FILTER, query,
                      Xapian::Query(Xapian::Query::OP_OR, window.begin(), window.end())));
    ++windows_tried_;
    Xapian::MSet mset = enquire.get_mset(offset, limit, 0, nullptr, decider);
    if (full_and_dated(mset, limit)) return mset;
    wanted = std::max<std::uint64_t>(wanted, cumulative_[end]) * kGrowth;
  }
  enquire.set_query(query);
  return enquire.get_mset(offset, limit, 0, nullptr, decider);
}

}  // namespace lsearch
