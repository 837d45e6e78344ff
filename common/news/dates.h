// Calendar dates as the news pipeline uses them: parsing metadata dates,
// month names, and the partial dates (year, year-month) of filters and facets.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lsearch {

struct PartialDate {
  int year = 0;
  int month = 0;  // 0 when unknown
  int day = 0;    // 0 when unknown

  // "2020", "2020-02" or "2020-02-18".
  std::string iso() const;
  // Compact "YYYYMMDD" of the first (or last) day this partial date covers.
  std::string first_day_compact() const;
  std::string last_day_compact() const;
  bool operator==(const PartialDate&) const = default;
};

// 1..12 for an English month name or abbreviation ("February", "Feb", "Sept."), else 0.
int month_from_name(std::string_view lower_word);
int days_in_month(int year, int month);

// Parses YYYY, YYYY-MM, YYYY-MM-DD (also with '/' or '.'), and the start of an
// ISO timestamp. Rejects impossible dates. Used for metadata and --since/--until.
std::optional<PartialDate> parse_iso_date(std::string_view text);

// Parses a metadata date in any common form: ISO, "July 2, 2020", "2 July 2020".
std::optional<PartialDate> parse_metadata_date(std::string_view text);

}  // namespace lsearch
