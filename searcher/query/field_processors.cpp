#include "searcher/query/field_processors.h"

#include "common/error.h"
#include "common/news/dates.h"
#include "common/schema/fields.h"
#include "searcher/query/date_filter.h"

namespace lsearch {
namespace {

Xapian::Query mentioned_query(const std::string& value) {
  auto date = parse_iso_date(value);
  if (!date)
    throw QueryError("invalid date in mentioned:" + value + " (use YYYY, YYYY-MM or YYYY-MM-DD)");
  std::string compact = date->first_day_compact();
  std::size_t digits = date->day > 0 ? 8 : date->month > 0 ? 6 : 4;
  return Xapian::Query(std::string(field_spec(Field::kMentioned).prefix) +
                       compact.substr(0, digits));
}

}  // namespace

Xapian::Query GuardedFieldProcessor::operator()(const std::string& value) {
  try {
    return resolve_(value);
  } catch (const QueryError& e) {
    if (errors_.first.empty()) errors_.first = e.what();
  } catch (const Xapian::Error& e) {
    if (errors_.first.empty()) errors_.first = e.get_description();
  }
  return Xapian::Query::MatchNothing;
}

Xapian::FieldProcessor* FieldProcessorSet::of(Field field) const {
  switch (field) {
    case Field::kActor:
      return actor;
    case Field::kPlace:
      return place;
    case Field::kSource:
      return source;
    case Field::kDate:
      return date;
    case Field::kMentioned:
      return mentioned;
    case Field::kCountry:
      return country;
    default:
      return nullptr;
  }
}

FieldProcessorSet make_field_processors(const Xapian::Database& db, EntityResolver& resolver,
                                        std::vector<ResolvedEntity>& log, FieldErrors& errors) {
  auto entity = [&resolver, &log](EntityKind kind) {
    return [&resolver, &log, kind](const std::string& value) {
      ResolvedEntity e = resolver.resolve(kind, value);
      log.push_back(e);
      return Xapian::Query(e.term);
    };
  };
  auto guarded = [&errors](GuardedFieldProcessor::Resolve resolve) {
    return (new GuardedFieldProcessor(std::move(resolve), errors))->release();
  };
  return {guarded(entity(EntityKind::kActor)),
          guarded(entity(EntityKind::kPlace)),
          guarded([&resolver, &log](const std::string& value) {
            ResolvedEntity e = resolver.resolve_source(value);
            log.push_back(e);
            return Xapian::Query(e.term);
          }),
          guarded([&db](const std::string& value) { return date_expression_query(db, value); }),
          guarded(mentioned_query),
          guarded([&resolver, &log](const std::string& value) {
            ResolvedEntity e = resolver.resolve_country(value);
            log.push_back(e);
            return Xapian::Query(e.term);
          })};
}

}  // namespace lsearch
