// Xapian FieldProcessors for the boolean prefixes of the query syntax
// (actor:, place:, source:, date:, mentioned:, country:). They resolve names through
// the EntityResolver and dates through date_filter, exactly as the command-line
// filters do, and record what they resolved for --explain and highlighting.
//
// They never throw: an exception thrown through Xapian's QueryParser leaks its
// parser state. A value that cannot be meant is recorded in the shared
// FieldErrors and answered with MatchNothing; the QueryBuilder then throws.
#pragma once

#include <xapian.h>

#include <functional>
#include <string>
#include <vector>

#include "common/news/entity.h"
#include "common/schema/fields.h"
#include "searcher/entity_resolver.h"

namespace lsearch {

struct FieldErrors {
  std::string first;  // the first error message, or empty
};

// Runs one value through `resolve`, turning a QueryError into a recorded error.
class GuardedFieldProcessor : public Xapian::FieldProcessor {
 public:
  using Resolve = std::function<Xapian::Query(const std::string&)>;
  GuardedFieldProcessor(Resolve resolve, FieldErrors& errors)
      : resolve_(std::move(resolve)), errors_(errors) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  Resolve resolve_;
  FieldErrors& errors_;
};

// The processors of the query syntax, one per filter field of the schema.
struct FieldProcessorSet {
  Xapian::FieldProcessor* actor;
  Xapian::FieldProcessor* place;
  Xapian::FieldProcessor* source;
  Xapian::FieldProcessor* date;
  Xapian::FieldProcessor* mentioned;
  Xapian::FieldProcessor* country;

  // The processor of a QuerySyntax::kFilter field (fields.h); nullptr for any other.
  Xapian::FieldProcessor* of(Field field) const;
};
FieldProcessorSet make_field_processors(const Xapian::Database& db, EntityResolver& resolver,
                                        std::vector<ResolvedEntity>& log, FieldErrors& errors);

}  // namespace lsearch
