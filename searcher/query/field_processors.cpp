#include "searcher/query/field_processors.h"

#include "common/error.h"
#include "common/news/dates.h"
#include "common/schema/fields.h"
#include "searcher/query/date_filter.h"

namespace lsearch {

Xapian::Query EntityFieldProcessor::operator()(const std::string& value) {
  ResolvedEntity entity = resolver_.resolve(kind_, value);
  log_.push_back(entity);
  return Xapian::Query(entity.term);
}

Xapian::Query SourceFieldProcessor::operator()(const std::string& value) {
  ResolvedEntity entity = resolver_.resolve_source(value);
  log_.push_back(entity);
  return Xapian::Query(entity.term);
}

Xapian::Query DateFieldProcessor::operator()(const std::string& value) {
  return date_expression_query(db_, value);
}

Xapian::Query MentionedFieldProcessor::operator()(const std::string& value) {
  auto date = parse_iso_date(value);
  if (!date) throw QueryError("invalid date in mentioned:" + value + " (use YYYY, YYYY-MM or YYYY-MM-DD)");
  std::string compact = date->first_day_compact();
  std::size_t digits = date->day > 0 ? 8 : date->month > 0 ? 6 : 4;
  return Xapian::Query(std::string(field_spec(Field::kMentioned).prefix) + compact.substr(0, digits));
}

}  // namespace lsearch
