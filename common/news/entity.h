// Entity kinds and the canonical entity an article mentions. Shared by the
// gazetteer, the extractor, the document builder and the searcher's filters.
#pragma once

#include <string>
#include <string_view>

namespace lsearch {

enum class EntityKind { kActor, kPlace };

std::string_view to_string(EntityKind kind);
// Parses "actor"/"place" (also "person", "org", "organisation" as actor; "country", "city" as
// place).
bool parse_entity_kind(std::string_view text, EntityKind& kind);

struct EntityMention {
  EntityKind kind;
  std::string id;         // stable key used in terms: "khalifa_haftar"
  std::string canonical;  // display name: "Khalifa Haftar"
  int count = 0;          // mentions in the article
  bool operator==(const EntityMention&) const = default;
};

}  // namespace lsearch
