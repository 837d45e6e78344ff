#include "common/news/name_span.h"

namespace lsearch {
namespace {

// Wire copy indents wrapped lines by a few spaces; more than this is layout, not a name.
constexpr std::size_t kMaxGapBytes = 6;
// Between words on one line: "Haftar - Sarraj" and "Procter & Gamble" at most.
constexpr std::size_t kMaxSameLineGap = 3;

}  // namespace

bool joins_name_words(std::string_view text, std::size_t from, std::size_t to) {
  if (to < from || to > text.size() || to - from > kMaxGapBytes) return false;
  std::size_t line_breaks = 0;
  for (std::size_t i = from; i < to; ++i) {
    char c = text[i];
    if (c == '\n') {
      ++line_breaks;
    } else if (c != ' ' && c != '-' && c != '&' && c != '\r') {
      return false;
    }
  }
  return line_breaks == 0 ? to - from <= kMaxSameLineGap : line_breaks == 1;
}

}  // namespace lsearch
