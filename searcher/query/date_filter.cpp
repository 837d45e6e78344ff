#include "searcher/query/date_filter.h"

#include "common/error.h"
#include "common/news/dates.h"
#include "common/schema/fields.h"

namespace lsearch {
namespace {

PartialDate parse_bound(std::string_view text, const char* what) {
  auto date = parse_iso_date(text);
  if (!date)
    throw QueryError(std::string("invalid ") + what + " date '" + std::string(text) +
                     "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
  return *date;
}

// Adds the terms of partial dates (prefix + YYYY or YYYYMM) that lie wholly in [low, high].
void add_covered_periods(const Xapian::Database& db, std::string_view prefix,
                         const std::string& low, const std::string& high,
                         std::vector<Xapian::Query>& out) {
  const std::string p(prefix);
  for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it) {
    std::string digits = (*it).substr(p.size());
    auto date =
        parse_iso_date(digits.size() == 6 ? digits.substr(0, 4) + "-" + digits.substr(4) : digits);
    if (!date) continue;
    if (date->first_day_compact() >= low && date->last_day_compact() <= high) out.emplace_back(*it);
  }
}

}  // namespace

Xapian::Query date_range_query(const Xapian::Database& db, std::string_view since,
                               std::string_view until) {
  std::string low = since.empty() ? "00000101" : parse_bound(since, "--since").first_day_compact();
  std::string high = until.empty() ? "99991231" : parse_bound(until, "--until").last_day_compact();
  if (low > high)
    throw QueryError("the date range ends before it starts (" + std::string(since) + " .. " +
                     std::string(until) + ")");
  std::vector<Xapian::Query> parts;
  parts.emplace_back(Xapian::Query::OP_VALUE_RANGE, kSlotDate, low, high);
  add_covered_periods(db, field_spec(Field::kMonth).prefix, low, high, parts);
  add_covered_periods(db, field_spec(Field::kYear).prefix, low, high, parts);
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

Xapian::Query date_expression_query(const Xapian::Database& db, std::string_view expression) {
  auto dots = expression.find("..");
  if (dots == std::string_view::npos) return date_range_query(db, expression, expression);
  return date_range_query(db, expression.substr(0, dots), expression.substr(dots + 2));
}

}  // namespace lsearch
