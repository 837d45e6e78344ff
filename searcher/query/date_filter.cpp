#include "searcher/query/date_filter.h"

#include "common/error.h"
#include "common/news/dates.h"
#include "common/schema/fields.h"

namespace lsearch {
namespace {

// `where` names what the user wrote the date in: "--since", "--until" or "date:2019-13".
PartialDate parse_bound(std::string_view text, std::string_view where) {
  auto date = parse_iso_date(text);
  if (!date)
    throw QueryError("invalid date '" + std::string(text) + "' in " + std::string(where) +
                     " (use YYYY, YYYY-MM or YYYY-MM-DD)");
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

Xapian::Query date_bounds_query(const Xapian::Database& db, std::string_view since,
                                std::string_view until, std::string_view since_name,
                                std::string_view until_name) {
  std::string low = since.empty() ? "00000101" : parse_bound(since, since_name).first_day_compact();
  std::string high = until.empty() ? "99991231" : parse_bound(until, until_name).last_day_compact();
  if (low > high)
    throw QueryError("the date range ends before it starts (" + std::string(since) + " .. " +
                     std::string(until) + ")");
  std::vector<Xapian::Query> parts;
  parts.emplace_back(Xapian::Query::OP_VALUE_RANGE, kSlotDate, low, high);
  add_covered_periods(db, field_spec(Field::kMonth).prefix, low, high, parts);
  add_covered_periods(db, field_spec(Field::kYear).prefix, low, high, parts);
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

}  // namespace

Xapian::Query date_range_query(const Xapian::Database& db, std::string_view since,
                               std::string_view until) {
  return date_bounds_query(db, since, until, "--since", "--until");
}

Xapian::Query date_expression_query(const Xapian::Database& db, std::string_view expression) {
  const std::string where =
      std::string(field_spec(Field::kDate).name) + ":" + std::string(expression);
  auto dots = expression.find("..");
  if (dots == std::string_view::npos)
    return date_bounds_query(db, expression, expression, where, where);
  return date_bounds_query(db, expression.substr(0, dots), expression.substr(dots + 2), where,
                           where);
}

}  // namespace lsearch
