// Xapian FieldProcessors for the boolean prefixes of the query syntax
// (actor:, place:, source:, date:, mentioned:). They resolve names through
// the EntityResolver and dates through date_filter, exactly as the command-line
// filters do, and record what they resolved for --explain and highlighting.
#pragma once

#include <xapian.h>

#include <vector>

#include "common/news/entity.h"
#include "searcher/entity_resolver.h"

namespace lsearch {

class EntityFieldProcessor : public Xapian::FieldProcessor {
 public:
  EntityFieldProcessor(EntityResolver& resolver, EntityKind kind, std::vector<ResolvedEntity>& log)
      : resolver_(resolver), kind_(kind), log_(log) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  EntityResolver& resolver_;
  EntityKind kind_;
  std::vector<ResolvedEntity>& log_;
};

class SourceFieldProcessor : public Xapian::FieldProcessor {
 public:
  SourceFieldProcessor(EntityResolver& resolver, std::vector<ResolvedEntity>& log)
      : resolver_(resolver), log_(log) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  EntityResolver& resolver_;
  std::vector<ResolvedEntity>& log_;
};

class DateFieldProcessor : public Xapian::FieldProcessor {
 public:
  explicit DateFieldProcessor(const Xapian::Database& db) : db_(db) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  const Xapian::Database& db_;
};

class MentionedFieldProcessor : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override;
};

}  // namespace lsearch
