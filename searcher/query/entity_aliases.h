// Free-text entity aliases: a query word or phrase that is an alias of a known
// actor or place ("Qaddafi", "Hifter", "Serraj", "حفتر") also matches the
// entity's other names, so `lsearch Kadhafi` finds what `--actor Kadhafi` finds,
// ranked by BM25 over whichever name an article uses. Used by QueryBuilder.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "common/schema/alias_keys.h"

namespace lsearch {

// `normalized` (Analyzer::normalize_query) with every alias span of a plain-word
// query replaced by the OR of the entity's alias keys: "kadhafi oil" ->
// "(kadhafi OR gaddafi OR qaddafi OR "muammar gaddafi" ...) oil". A query with
// operators, quotes, prefixes or wildcards is returned as it is. Single words
// that are common words or stop words (`skip`), and weak or evidence-needing
// aliases, are left alone. The canonical names of the entities expanded are
// added to `expanded`. `aliases` is the index's table, or the gazetteer's. --explain shows the
// expansion in the parsed query, and the snippets highlight every name, as they are query words.
std::string expand_entity_aliases(const std::string& normalized, AliasKeys& aliases,
                                  const std::function<bool(const std::string&)>& skip,
                                  std::vector<std::string>& expanded);

}  // namespace lsearch
