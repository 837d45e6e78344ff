// EntityResolver: turns the names a user types (--actor hifter, place:Tripoli,
// --source "al jazeera") into the filter terms the index holds. Known aliases
// come from the gazetteer stored in the index by lindex (so the searcher knows
// every alias the indexer used); names the indexer discovered on its own are
// found by their term. An unknown name is a QueryError naming the nearest
// known ones. Not thread-safe (one per Searcher).
#pragma once

#include <xapian.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/news/entity.h"
#include "common/news/gazetteer.h"
#include "common/schema/alias_keys.h"
#include "lsearch/searcher.h"

namespace lsearch {

class EntityResolver {
 public:
  explicit EntityResolver(const Xapian::Database& db) : db_(db) {}

  // Throws QueryError for an unknown name, with suggestions.
  ResolvedEntity resolve(EntityKind kind, std::string_view name);
  ResolvedEntity resolve_source(std::string_view name);
  // A country by any alias of it (--country, country:): its term matches the articles
  // naming it or any place in it. A city or region is a QueryError naming its country.
  ResolvedEntity resolve_country(std::string_view name);

  // Alias keys ("khalifa haftar", "hifter", ...) of a resolved actor or place,
  // for highlighting its mentions.
  std::vector<std::string> alias_keys(const ResolvedEntity& entity);

  // The index's gazetteer (every alias lindex used).
  const Gazetteer& gazetteer();
  // Alias keys for free-text expansion: the index's table, which spares a
  // search parsing the gazetteer, or the gazetteer of an index without one.
  AliasKeys& free_text_aliases();
  // The spelling names table ("did you mean"): the index's, or one made from
  // the gazetteer of an index built before the table.
  std::string_view spelling_names();

 private:
  std::vector<std::string> nearest(std::string_view prefix, const std::string& key,
                                   EntityKind* kind);
  std::string display_name(const std::string& term, char facet_tag, const std::string& slug);

  const Xapian::Database& db_;
  std::shared_ptr<const Gazetteer> gazetteer_;  // shared by the process (parsed once)
  std::unique_ptr<AliasKeys> free_text_aliases_;
  std::optional<std::string> spelling_names_;
};

// Levenshtein distance, capped at `limit` + 1 (exposed for tests).
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace lsearch
