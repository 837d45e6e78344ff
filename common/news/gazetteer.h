// Gazetteer: the known entities (actors and places), each with a canonical
// name and aliases, loaded from TSV (the hand lists data/gazetteer-*.tsv and
// the world places tools/place_gazetteer generates at build time are compiled
// in: data/embedded_data.h; users add files with --entities). Resolves any alias, case-, accent-
// and possessive-insensitively. Immutable after loading: thread-safe to read.
//
// TSV format, one entity a line:  KIND <TAB> CANONICAL NAME <TAB> ALIAS|ALIAS|...
// KIND is actor, person, org(anisation) or place; '#' starts a comment line.
// An alias written "~EC" is weak: it names the entity only in an article that
// also names it by a strong alias ("the Commission" is the European
// Commission only where the European Commission was named).
//
// Place lines may carry four more columns (the generated world gazetteer does,
// tools/place_gazetteer.cpp):  ... <TAB> PLACE KIND <TAB> COUNTRY <TAB> REGION <TAB> LAT,LON
// (kind country / region / city / other; COUNTRY the canonical name of its
// country). A place alias written "?Tamworth" needs evidence in the article (a
// locative before it, a place beside it, or its region or country named), one
// written "!Reading" (a common word) a locative or a place beside it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/news/entity.h"
#include "common/util/word_set.h"

namespace lsearch {

struct GazetteerEntry {
  EntityKind kind;
  ActorType type = ActorType::kUnknown;  // person / org when the kind column says so
  std::string id;                        // slug of the canonical name: "khalifa_haftar"
  std::string canonical;                 // "Khalifa Haftar"
  std::vector<std::string> aliases;      // as written in the file, canonical first
  // Places: what it is, where it is (empty when the file did not say).
  std::string place_kind;   // country, region, city, other
  std::string country;      // canonical name of its country: "Libya"
  std::string region;       // "California", "England"
  std::string coordinates;  // "32.8872,13.1913"
};

// How much evidence an alias needs before it names a place (see the file format).
enum class PlaceEvidence { kNone = 0, kNearby = 1, kLocative = 2 };

class Gazetteer {
 public:
  // The built-in gazetteer (data/gazetteer-*.tsv and the generated world places).
  static Gazetteer builtin();
  // An empty gazetteer.
  Gazetteer() = default;

  // Adds the entities of TSV text; later lines extend earlier entities of the
  // same kind and canonical name. Throws Error naming origin:line on a bad line.
  void add_tsv(std::string_view tsv, const std::string& origin);

  // The entity an alias names (any kind), or nullptr. `name` is raw text.
  const GazetteerEntry* resolve(std::string_view name, EntityKind kind) const;
  // The entity of this kind and id ("place", "tripoli"), or nullptr.
  const GazetteerEntry* find(EntityKind kind, const std::string& id) const;
  // Lookup by normalised token key ("khalifa haftar"); used by the extractor.
  const std::vector<std::size_t>* find_key(const std::string& key) const;
  // True when some alias key continues `key` with more tokens ("khalifa" for "khalifa haftar").
  bool is_key_prefix(const std::string& key) const { return prefixes_.contains(key); }
  // True when the alias key was written weak ("~EC") for some entity.
  bool is_weak_key(const std::string& key) const { return weak_keys_.contains(key); }
  // The evidence a place alias key needs: the least any entry's file asked for.
  PlaceEvidence evidence_of(const std::string& key) const {
    auto it = evidence_.find(key);
    return it == evidence_.end() ? PlaceEvidence::kNone : it->second;
  }
  const GazetteerEntry& entry(std::size_t index) const { return entries_[index]; }
  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  std::size_t longest_alias_tokens() const { return longest_alias_tokens_; }
  // Every alias key with the entries it names (common/schema/alias_keys writes them).
  const std::unordered_map<std::string, std::vector<std::size_t>>& keys() const { return by_key_; }

  // Serialises back to TSV (stored in the index so the searcher resolves the same aliases).
  std::string to_tsv() const;
  // Changes whenever an entity or alias changes.
  std::string fingerprint() const;

  // The normalised key of a name: its tokens' normal forms joined by spaces.
  static std::string key_of(std::string_view name);
  // Whether an alias as a list writes it opens with an evidence mark: ~ (weak),
  // ? (needs a place nearby), ! (needs a locative).
  static bool has_mark(std::string_view alias);
  // The key of an alias as a list writes it, its mark dropped.
  static std::string alias_key(std::string_view alias);

 private:
  void add_alias(std::size_t index, std::string_view alias);
  void take_place_details(std::size_t index);

  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_key_;
  std::unordered_map<std::string, std::size_t> by_kind_and_id_;
  WordSet prefixes_;
  WordSet weak_keys_;
  std::unordered_map<std::string, PlaceEvidence> evidence_;
  std::size_t longest_alias_tokens_ = 0;
};

}  // namespace lsearch
