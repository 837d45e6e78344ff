#include "common/news/dates.h"

#include <array>
#include <charconv>
#include <cstdio>

#include "common/news/date_mentions.h"

namespace lsearch {
namespace {

std::string pad(int value, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, value);
  return buf;
}

bool read_int(std::string_view s, std::size_t& pos, std::size_t digits, int& out) {
  if (pos + digits > s.size()) return false;
  auto [ptr, ec] = std::from_chars(s.data() + pos, s.data() + pos + digits, out);
  if (ec != std::errc() || ptr != s.data() + pos + digits) return false;
  pos += digits;
  return true;
}

bool is_sep(char c) {
  return c == '-' || c == '/' || c == '.';
}

}  // namespace

std::string PartialDate::iso() const {
  std::string out = pad(year, 4);
  if (month > 0) {
    out.push_back('-');
    out += pad(month, 2);
  }
  if (day > 0) {
    out.push_back('-');
    out += pad(day, 2);
  }
  return out;
}

std::string PartialDate::first_day_compact() const {
  return pad(year, 4) + pad(month > 0 ? month : 1, 2) + pad(day > 0 ? day : 1, 2);
}

std::string PartialDate::last_day_compact() const {
  int m = month > 0 ? month : 12;
  int d = day > 0 ? day : days_in_month(year, m);
  return pad(year, 4) + pad(m, 2) + pad(d, 2);
}

int month_from_name(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3) return 0;
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (w == kNames[i]) return static_cast<int>(i) + 1;
    if (w.size() == 3 && kNames[i].starts_with(w)) return static_cast<int>(i) + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

std::optional<PartialDate> parse_iso_date(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  PartialDate date;
  std::size_t pos = 0;
  if (!read_int(s, pos, 4, date.year) || date.year < 1000) return std::nullopt;
  if (pos < s.size() && is_sep(s[pos])) {
    ++pos;
    if (!read_int(s, pos, 2, date.month) || date.month < 1 || date.month > 12) return std::nullopt;
    if (pos < s.size() && is_sep(s[pos])) {
      ++pos;
      if (!read_int(s, pos, 2, date.day) || date.day < 1 ||
          date.day > days_in_month(date.year, date.month))
        return std::nullopt;
    }
  }
  // Accept a trailing time ("2020-07-02T10:00:00Z", "2020-07-02 10:00").
  if (pos < s.size() && !(date.day > 0 && (s[pos] == 'T' || s[pos] == ' '))) return std::nullopt;
  return date;
}

std::optional<PartialDate> parse_metadata_date(std::string_view text) {
  if (auto iso = parse_iso_date(text)) return iso;
  auto mentions = find_date_mentions(text, 0);
  for (const auto& m : mentions)
    if (m.date.day > 0) return m.date;
  return std::nullopt;
}

}  // namespace lsearch
