// Entity kinds and the canonical entity an article mentions. Shared by the
// gazetteer, the extractor, the document builder and the searcher's filters.
#pragma once

#include <string>
#include <string_view>

namespace lsearch {

enum class EntityKind { kActor, kPlace };
// What an actor is, when known: from the gazetteer's kind column (person, org)
// or from the name finder's evidence (a title, a company suffix, a head noun).
enum class ActorType { kUnknown, kPerson, kOrganisation };

std::string_view to_string(EntityKind kind);
std::string_view to_string(ActorType type);  // "", "person", "org"
// Parses "actor"/"place" (also "person", "org", "organisation" as actor; "country", "city" as
// place).
bool parse_entity_kind(std::string_view text, EntityKind& kind);
// The actor type a kind column names: person, org/organisation/organization; else kUnknown.
ActorType actor_type_of(std::string_view kind_column);

struct EntityMention {
  EntityKind kind;
  std::string id;         // stable key used in terms: "khalifa_haftar"
  std::string canonical;  // display name: "Khalifa Haftar"
  int count = 0;          // mentions in the article
  ActorType type = ActorType::kUnknown;
  bool operator==(const EntityMention&) const = default;
};

}  // namespace lsearch
