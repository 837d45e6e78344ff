#include "common/util/text_wrap.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace lsearch {
namespace {

bool is_zero_width(UChar32 c) {
  if (c == 0x200B || (c >= 0x1160 && c <= 0x11FF)) return true;  // ZWSP, Hangul medial jamo
  const auto category = static_cast<UCharCategory>(u_charType(c));
  return category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
         category == U_FORMAT_CHAR || category == U_CONTROL_CHAR;
}

std::size_t char_width(UChar32 c) {
  if (c < 0x7F) return c >= 0x20 ? 1 : 0;
  if (c < 0) return 1;  // shown as U+FFFD
  if (is_zero_width(c)) return 0;
  const auto eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH ? 2 : 1;
}

// The end of the escape sequence at `at` (ESC [ parameters final-byte).
std::size_t escape_end(std::string_view s, std::size_t at) {
  std::size_t i = at + 1;
  if (i < s.size() && s[i] == '[') {
    ++i;
    while (i < s.size() && !(s[i] >= 0x40 && s[i] <= 0x7E)) ++i;
  }
  return i < s.size() ? i + 1 : s.size();
}

// One unit that is never split: an escape sequence, or a character with the
// zero-width characters after it. Returns its end; `width` its columns.
std::size_t next_cluster(std::string_view s, std::size_t at, std::size_t& width) {
  if (s[at] == '\033') {
    width = 0;
    return escape_end(s, at);
  }
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  auto length = static_cast<int32_t>(s.size());
  auto i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(bytes, i, length, c);
  width = char_width(c);
  while (i < length) {
    int32_t j = i;
    UChar32 next = 0;
    U8_NEXT(bytes, j, length, next);
    if (next < 0 || next == 0x1B || !is_zero_width(next)) break;
    i = j;
  }
  return static_cast<std::size_t>(i);
}

// Lays words out line by line.
class Wrapper {
 public:
  Wrapper(std::size_t width, std::string_view indent)
      : width_(width), indent_(indent), indent_width_(display_width(indent)) {}

  void leading(std::string_view spaces) {
    out_ += spaces;
    column_ = spaces.size();
  }

  void word(std::string_view spaces, std::string_view word) {
    const std::size_t w = display_width(word);
    if (has_word_ && column_ + spaces.size() + w > width_) {
      new_line();
    } else if (has_word_) {
      out_ += spaces;
      column_ += spaces.size();
    }
    if (column_ + w <= width_) {
      out_ += word;
      column_ += w;
    } else {
      cut(word);
    }
    has_word_ = true;
  }

  std::string take() { return std::move(out_); }

 private:
  void new_line() {
    out_ += '\n';
    out_ += indent_;
    column_ = indent_width_;
    has_word_ = false;
  }

  // A word wider than a line, cluster by cluster; at least one per line.
  void cut(std::string_view word) {
    bool placed = false;
    for (std::size_t at = 0; at < word.size();) {
      std::size_t w = 0;
      const std::size_t end = next_cluster(word, at, w);
      if (column_ + w > width_ && (placed || has_word_)) {
        new_line();
        placed = false;
      }
      out_ += word.substr(at, end - at);
      column_ += w;
      placed = placed || w > 0;
      at = end;
    }
  }

  std::size_t width_;
  std::string_view indent_;
  std::size_t indent_width_;
  std::string out_;
  std::size_t column_ = 0;
  bool has_word_ = false;
};

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t total = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t w = 0;
    at = next_cluster(text, at, w);
    total += w;
  }
  return total;
}

std::string wrap_to_width(std::string_view line, std::size_t width, std::string_view indent) {
  if (width == 0 || display_width(line) <= width) return std::string(line);
  Wrapper wrapper(width, indent);
  std::size_t at = line.find_first_not_of(' ');
  if (at == std::string_view::npos) return std::string(line);
  wrapper.leading(line.substr(0, at));
  std::size_t spaces_from = at;
  bool first = true;
  while (at < line.size()) {
    const std::size_t end = std::min(line.find(' ', at), line.size());
    wrapper.word(first ? std::string_view() : line.substr(spaces_from, at - spaces_from),
                 line.substr(at, end - at));
    first = false;
    spaces_from = end;
    at = line.find_first_not_of(' ', end);
    if (at == std::string_view::npos) break;  // trailing spaces are dropped
  }
  return wrapper.take();
}

}  // namespace lsearch
