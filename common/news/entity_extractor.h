// EntityExtractor: finds the actors (people, organisations) and places an
// article names. Known names come from the gazetteer (longest alias match;
// weak aliases only beside the full name); unknown names are capitalised runs
// read by the name finder (entity_passes.h: titles dropped, coordinations
// split, persons and organisations told apart). A later lone surname, first
// name or acronym ("Haftar", "Khalifa's", "FDIC") is linked to the full name
// found in the same article; a lone word with a title, a reporting verb, a noun
// in apposition or in a list of names ("Mr Brown", "Fiat said", "the band Wings",
// "Abba, Celine Dion and Lulu") is a name of its own. Linear in the text's length
// (entity_passes.h states the bound). Thread-safe (const).
#pragma once

#include <string_view>
#include <vector>

#include "common/analysis/tokenizer.h"
#include "common/news/entity.h"
#include "common/news/entity_passes.h"
#include "common/news/gazetteer.h"
#include "common/news/name_lexicon.h"

namespace lsearch {

class EntityExtractor {
 public:
  EntityExtractor(const Gazetteer& gazetteer, const NameLexicon& lexicon)
      : gazetteer_(gazetteer), lexicon_(lexicon) {}

  // Entities of the text, unique by (kind, id), most mentioned first.
  std::vector<EntityMention> extract(std::string_view text) const;
  // The same over tokens already made from `text`; `cost` (optional) counts the work done.
  std::vector<EntityMention> extract(std::string_view text, const std::vector<Token>& tokens,
                                     ExtractionCost* cost = nullptr) const;

 private:
  const Gazetteer& gazetteer_;
  const NameLexicon& lexicon_;
};

}  // namespace lsearch
