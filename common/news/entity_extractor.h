// EntityExtractor: finds the actors (people, organisations) and places an
// article names. Known names come from the gazetteer (longest alias match);
// unknown names are capitalised sequences that look like a person (no common
// words) or an organisation (ends in Council, Army, ...), titles stripped. A
// later lone surname or first name ("Haftar", "Khalifa's") is linked to the
// full name found in the same article. Thread-safe (const).
#pragma once

#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/entity.h"
#include "common/news/gazetteer.h"
#include "common/news/name_lexicon.h"

namespace lsearch {

class EntityExtractor {
 public:
  EntityExtractor(const Gazetteer& gazetteer, const NameLexicon& lexicon)
      : gazetteer_(gazetteer), lexicon_(lexicon) {}

  // Entities of the text, unique by (kind, id), most mentioned first.
  std::vector<EntityMention> extract(std::string_view text) const;
  // The same over tokens already made from `text`.
  std::vector<EntityMention> extract(std::string_view text, const std::vector<Token>& tokens) const;

 private:
  const Gazetteer& gazetteer_;
  const NameLexicon& lexicon_;
};

}  // namespace lsearch
