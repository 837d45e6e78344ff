// QueryBuilder: turns a SearchRequest into the Xapian query to run. The text
// goes through the shared Analyzer (normalisation, stemming) into Xapian's
// QueryParser with the schema's prefixes; odd input never fails: a syntax
// error falls back to a lenient parse of the words. Several plain words also
// get a proximity boost, so articles where they stand together rank higher.
// Filters (--actor, --since...) become a boolean OP_FILTER.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "common/analysis/analyzer.h"
#include "lsearch/searcher.h"
#include "searcher/entity_resolver.h"

namespace lsearch {

struct BuiltQuery {
  Xapian::Query query;                   // the whole query: ranked part filtered by the filters
  Xapian::Query ranked;                  // the ranked part alone (empty without words)
  Xapian::Query filter;                  // the filters alone (empty without filters)
  std::vector<ResolvedEntity> entities;  // resolved names, from filters and prefixes
  std::vector<std::string> notes;

  // False: filters alone (MatchAll inside).
  bool has_text() const { return !ranked.empty(); }
};

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, const Analyzer& analyzer, EntityResolver& resolver)
      : db_(db), analyzer_(analyzer), resolver_(resolver) {}

  // Throws QueryError for what cannot be meant (an invalid date, an unknown name).
  BuiltQuery build(const SearchRequest& request);

 private:
  Xapian::Query parse_text(const std::string& text, bool plain, BuiltQuery& out);
  Xapian::Query filters(const SearchRequest& request, BuiltQuery& out);

  const Xapian::Database& db_;
  const Analyzer& analyzer_;
  EntityResolver& resolver_;
};

// `query` restricted to documents matching `filter` (unchanged if filter is empty).
Xapian::Query filtered(const Xapian::Query& query, const Xapian::Query& filter);

// Cleans raw query text: invalid UTF-8 repaired, control characters to
// spaces, length capped (a note is added when it was cut).
std::string sanitize_query(std::string_view raw, std::vector<std::string>& notes);

}  // namespace lsearch
