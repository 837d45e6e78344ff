#include "searcher/cli/printers/analytics_text.h"

#include <algorithm>
#include <vector>

#include "common/util/display_text.h"

namespace lsearch {
namespace {

// Narrower cells than this and the series are drawn one below the other.
constexpr std::size_t kMinCell = 14;
constexpr std::size_t kMinBar = 4;
// U+2588 full block and the partial blocks for 1/8..7/8 of a column.
constexpr const char* kEighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
constexpr const char* kFull = "█";

// Display columns of UTF-8 text (one per code point: names here are not wide scripts).
std::size_t columns(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string pad_right(std::string s, std::size_t width) {
  std::size_t w = columns(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

std::string pad_left(const std::string& s, std::size_t width) {
  std::size_t w = columns(s);
  return w >= width ? s : std::string(width - w, ' ') + s;
}

// Cuts to `width` columns, marking the cut with an ellipsis.
std::string fit(const std::string& s, std::size_t width) {
  if (columns(s) <= width) return s;
  std::string out;
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((s[i] & 0xC0) != 0x80 && ++w > width - 1) break;
    out += s[i];
  }
  return out + "…";
}

// A bar of count/max of `width` columns, padded to `width`.
std::string bar(std::size_t count, std::size_t max, std::size_t width) {
  std::size_t eighths = max == 0 ? 0 : (count * width * 8 + max / 2) / max;
  if (count > 0 && eighths == 0) eighths = 1;  // a non-zero bucket always shows
  std::string out;
  for (std::size_t i = 0; i < eighths / 8; ++i) out += kFull;
  out += kEighths[eighths % 8];
  return pad_right(out, width);
}

// "2011-02-14" shown as the unit reads: day and week "2011-02-14", month "2011-02", year "2011".
std::string label(const std::string& start, const std::string& unit) {
  if (unit == "year") return start.substr(0, 4);
  if (unit == "month") return start.substr(0, 7);
  return start;
}

std::size_t max_count(const std::vector<TimelineBucket>& buckets) {
  std::size_t max = 0;
  for (const auto& b : buckets) max = std::max(max, b.count);
  return max;
}

// One chart: a line per bucket, label, bar, count.
std::string single_chart(const std::vector<TimelineBucket>& buckets, const std::string& unit,
                         std::size_t width) {
  const std::size_t max = max_count(buckets);
  const std::size_t label_width = label(buckets.front().start, unit).size();
  const std::size_t count_width = std::to_string(max).size();
  const std::size_t used = 2 + label_width + 2 + 1 + count_width;
  const std::size_t bar_width = width > used + kMinBar ? width - used : kMinBar;
  std::string out;
  for (const auto& b : buckets)
    out += "  " + label(b.start, unit) + "  " + bar(b.count, max, bar_width) + " " +
           pad_left(std::to_string(b.count), count_width) + "\n";
  return out;
}

// The series side by side, sharing one scale so their bars compare.
std::string side_by_side(const Timeline& timeline, std::size_t cell) {
  std::size_t max = 0;
  for (const auto& s : timeline.series) max = std::max(max, max_count(s.buckets));
  const std::size_t label_width = label(timeline.buckets.front().start, timeline.unit).size();
  const std::size_t count_width = std::to_string(max).size();
  const std::size_t bar_width = cell - count_width - 3;  // "  " bar " " count
  std::string out = "  " + std::string(label_width, ' ');
  for (const auto& s : timeline.series)
    out += "  " +
           pad_right(fit(display_text(s.value) + " (" + std::to_string(s.total) + ")", cell - 2),
                     cell - 2);
  out += "\n";
  for (std::size_t i = 0; i < timeline.buckets.size(); ++i) {
    std::string line = "  " + label(timeline.buckets[i].start, timeline.unit);
    for (const auto& s : timeline.series)
      line += "  " + bar(s.buckets[i].count, max, bar_width) + " " +
              pad_left(std::to_string(s.buckets[i].count), count_width);
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::string timeline_chart(const Timeline& timeline, std::size_t width) {
  std::size_t placed = 0;
  for (const auto& b : timeline.buckets) placed += b.count;
  std::string out = "timeline by " + timeline.unit + " · " + std::to_string(placed) +
                    (placed == 1 ? " article" : " articles");
  if (timeline.undated > 0) out += " · " + std::to_string(timeline.undated) + " not placed";
  out += "\n";
  if (timeline.buckets.empty()) return out;
  if (timeline.series.empty()) return out + single_chart(timeline.buckets, timeline.unit, width);
  const std::size_t label_width = label(timeline.buckets.front().start, timeline.unit).size();
  const std::size_t room = width > label_width + 2 ? width - label_width - 2 : 0;
  const std::size_t cell = room / timeline.series.size();
  if (cell >= kMinCell) return out + side_by_side(timeline, cell);
  for (const auto& s : timeline.series)
    out += display_text(s.value) + " (" + std::to_string(s.total) + ")\n" +
           single_chart(s.buckets, timeline.unit, width);
  return out;
}

std::string pairs_table(const Pairs& pairs) {
  std::string out = pairs.kind + " pairs · top " + std::to_string(pairs.top.size()) + "\n";
  std::size_t a_width = 0, count_width = 1;
  for (const auto& p : pairs.top) {
    a_width = std::max(a_width, columns(display_text(p.a)));
    count_width = std::max(count_width, std::to_string(p.count).size());
  }
  for (const auto& p : pairs.top)
    out += "  " + pad_left(std::to_string(p.count), count_width) + "  " +
           pad_right(display_text(p.a), a_width) + "  " + display_text(p.b) + "\n";
  return out;
}

}  // namespace lsearch
