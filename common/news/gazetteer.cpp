#include "common/news/gazetteer.h"

#include <algorithm>

#include "common/analysis/tokenizer.h"
#include "common/error.h"
#include "common/schema/value_codec.h"
#include "common/util/hash.h"
#include "common/util/text.h"
#include "data/embedded_data.h"

namespace lsearch {

std::string_view to_string(EntityKind kind) {
  return kind == EntityKind::kActor ? "actor" : "place";
}

std::string_view to_string(ActorType type) {
  switch (type) {
    case ActorType::kPerson:
      return "person";
    case ActorType::kOrganisation:
      return "org";
    case ActorType::kUnknown:
      break;
  }
  return "";
}

ActorType actor_type_of(std::string_view kind_column) {
  if (kind_column == "person") return ActorType::kPerson;
  if (kind_column == "org" || kind_column == "organisation" || kind_column == "organization")
    return ActorType::kOrganisation;
  return ActorType::kUnknown;
}

bool parse_entity_kind(std::string_view text, EntityKind& kind) {
  if (text == "actor" || text == "person" || text == "org" || text == "organisation" ||
      text == "organization") {
    kind = EntityKind::kActor;
    return true;
  }
  if (text == "place" || text == "country" || text == "city" || text == "region") {
    kind = EntityKind::kPlace;
    return true;
  }
  return false;
}

Gazetteer Gazetteer::builtin() {
  static const Gazetteer instance = [] {
    Gazetteer g;
    g.add_tsv(embedded::kGazetteer, "built-in gazetteer");
    return g;
  }();
  return instance;
}

std::string Gazetteer::key_of(std::string_view name) {
  std::string key;
  for (const Token& token : tokenize(name)) {
    if (!key.empty()) key.push_back(' ');
    key += token.norm;
  }
  // "The UN" must not outrank "The UN Support Mission": articles are not part of names.
  if (key.starts_with("the ")) key.erase(0, 4);
  return key;
}

bool Gazetteer::has_mark(std::string_view alias) {
  return alias.starts_with('~') || alias.starts_with('?') || alias.starts_with('!');
}

std::string Gazetteer::alias_key(std::string_view alias) {
  return key_of(has_mark(alias) ? alias.substr(1) : alias);
}

void Gazetteer::add_alias(std::size_t index, std::string_view alias) {
  const bool weak = alias.starts_with('~');
  PlaceEvidence evidence = alias.starts_with('?')   ? PlaceEvidence::kNearby
                           : alias.starts_with('!') ? PlaceEvidence::kLocative
                                                    : PlaceEvidence::kNone;
  std::string key = alias_key(alias);
  if (key.empty()) return;
  if (weak) weak_keys_.insert(key);
  // A name one list gives plainly needs no evidence, whatever another list says.
  auto [level, inserted] = evidence_.try_emplace(key, evidence);
  if (!inserted && evidence < level->second) level->second = evidence;
  auto& bucket = by_key_[key];
  if (std::find(bucket.begin(), bucket.end(), index) == bucket.end()) bucket.push_back(index);
  for (std::size_t space = key.find(' '); space != std::string::npos;
       space = key.find(' ', space + 1))
    prefixes_.insert(key.substr(0, space));
  std::size_t tokens = static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
  longest_alias_tokens_ = std::max(longest_alias_tokens_, tokens);
  auto& aliases = entries_[index].aliases;
  if (std::find(aliases.begin(), aliases.end(), alias) == aliases.end())
    aliases.emplace_back(alias);
}

void Gazetteer::add_tsv(std::string_view tsv, const std::string& origin) {
  std::size_t line_no = 0;
  for (std::string_view raw : split_lines(tsv)) {
    ++line_no;
    std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> cols = split(line, '\t');
    EntityKind kind;
    if (cols.size() < 2 || !parse_entity_kind(trim(cols[0]), kind) || trim(cols[1]).empty())
      throw Error(origin + ":" + std::to_string(line_no) +
                  ": expected KIND<TAB>CANONICAL<TAB>ALIAS|ALIAS (KIND is actor or place)");
    std::string canonical(trim(cols[1]));
    std::string id = slugify(key_of(canonical));
    if (id.empty()) throw Error(origin + ":" + std::to_string(line_no) + ": name has no letters");
    std::string map_key = std::string(to_string(kind)) + ":" + id;
    auto [it, inserted] = by_kind_and_id_.emplace(map_key, entries_.size());
    if (inserted)
      entries_.push_back({kind, actor_type_of(trim(cols[0])), id, canonical, {}, {}, {}, {}, {}});
    std::size_t index = it->second;
    GazetteerEntry& entry = entries_[index];
    if (entry.type == ActorType::kUnknown) entry.type = actor_type_of(trim(cols[0]));
    // The place columns: the first list that gives them wins.
    if (kind == EntityKind::kPlace && cols.size() > 3 && entry.place_kind.empty()) {
      entry.place_kind = std::string(trim(cols[3]));
      if (cols.size() > 4) entry.country = std::string(trim(cols[4]));
      if (cols.size() > 5) entry.region = std::string(trim(cols[5]));
      if (cols.size() > 6) entry.coordinates = std::string(trim(cols[6]));
    }
    std::vector<std::string_view> aliases;
    if (cols.size() > 2)
      for (std::string_view alias : split(cols[2], '|'))
        if (!trim(alias).empty()) aliases.push_back(trim(alias));
    // "?Tamworth" beside canonical "Tamworth": the canonical name itself needs evidence.
    const bool canonical_marked = std::any_of(aliases.begin(), aliases.end(), [&](auto a) {
      return has_mark(a) && a.substr(1) == canonical;
    });
    if (!canonical_marked) {
      add_alias(index, canonical);
    } else if (entry.aliases.empty()) {
      entry.aliases.push_back(canonical);
    }
    for (std::string_view alias : aliases) add_alias(index, alias);
    if (kind == EntityKind::kPlace && entries_[index].place_kind.empty()) take_place_details(index);
  }
}

// "place<TAB>Benghazi City<TAB>Benghazi" (no place columns): a place named like a place
// the gazetteer knows takes its kind, country, region and coordinates, so it rolls up.
void Gazetteer::take_place_details(std::size_t index) {
  for (const std::string& alias : entries_[index].aliases) {
    auto it = by_key_.find(alias_key(alias));
    if (it == by_key_.end()) continue;
    for (std::size_t other : it->second) {
      const GazetteerEntry& known = entries_[other];
      if (other == index || known.kind != EntityKind::kPlace || known.place_kind.empty()) continue;
      GazetteerEntry& entry = entries_[index];
      entry.place_kind = known.place_kind;
      entry.country = known.place_kind == "country" ? known.canonical : known.country;
      entry.region = known.region;
      entry.coordinates = known.coordinates;
      return;
    }
  }
}

const std::vector<std::size_t>* Gazetteer::find_key(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &it->second;
}

const GazetteerEntry* Gazetteer::resolve(std::string_view name, EntityKind kind) const {
  const auto* candidates = find_key(key_of(name));
  if (candidates == nullptr) return nullptr;
  for (std::size_t index : *candidates)
    if (entries_[index].kind == kind) return &entries_[index];
  return nullptr;
}

const GazetteerEntry* Gazetteer::find(EntityKind kind, const std::string& id) const {
  auto it = by_kind_and_id_.find(std::string(to_string(kind)) + ":" + id);
  return it == by_kind_and_id_.end() ? nullptr : &entries_[it->second];
}

std::string Gazetteer::to_tsv() const {
  std::string out;
  for (const auto& e : entries_) {
    out += e.type == ActorType::kUnknown ? to_string(e.kind) : to_string(e.type);
    out += '\t';
    out += e.canonical;
    out += '\t';
    for (std::size_t i = 1; i < e.aliases.size(); ++i) {
      if (i > 1) out += '|';
      out += e.aliases[i];
    }
    if (!e.place_kind.empty())
      out += '\t' + e.place_kind + '\t' + e.country + '\t' + e.region + '\t' + e.coordinates;
    out += '\n';
  }
  return out;
}

std::string Gazetteer::fingerprint() const {
  return hex64(fnv1a64(to_tsv()));
}

}  // namespace lsearch
