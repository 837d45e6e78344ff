// The built-in gazetteer's extractor over a text, and a look-up of what it found by
// canonical name, for the tests that check entities through the whole extractor.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "common/news/entity_extractor.h"

namespace lsearch::testing {

inline std::vector<EntityMention> extract(const std::string& text) {
  static const Gazetteer g = Gazetteer::builtin();
  return EntityExtractor(g, NameLexicon::builtin()).extract(text);
}

inline const EntityMention* find(const std::vector<EntityMention>& all,
                                 const std::string& canonical) {
  auto it =
      std::find_if(all.begin(), all.end(), [&](const auto& m) { return m.canonical == canonical; });
  return it == all.end() ? nullptr : &*it;
}

}  // namespace lsearch::testing
