#include "common/schema/alias_keys.h"

#include <algorithm>

#include "common/schema/spelling_names.h"
#include "common/util/text.h"

namespace lsearch {
namespace {

// Metadata keys: kAliasPrefix + alias key -> value; kAliasTable marks a complete table.
constexpr const char* kAliasPrefix = "lsearch.alias:";
constexpr const char* kAliasTable = "lsearch.alias-keys";
// An entity with many spellings still makes a short query: expansion uses at
// most 16 keys (entity_aliases.cpp), so the table keeps no more.
constexpr std::size_t kMaxKeys = 16;
// The value of a key that names no entity in free text (weak, or needs evidence).
constexpr const char* kNamesNone = "-";
// Xapian keys hold at most 245 bytes; no real name comes near this.
constexpr std::size_t kMaxKeyBytes = 200;

std::vector<std::string> keys_of(const GazetteerEntry& entry) {
  std::vector<std::string> keys;
  for (const auto& alias : entry.aliases) {
    if (keys.size() >= kMaxKeys) break;
    std::string key = Gazetteer::alias_key(alias);
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
  }
  return keys;
}

const GazetteerEntry* entry_named(const Gazetteer& gazetteer, const std::string& key) {
  if (gazetteer.is_weak_key(key) || gazetteer.evidence_of(key) != PlaceEvidence::kNone)
    return nullptr;
  const auto* candidates = gazetteer.find_key(key);
  return candidates == nullptr ? nullptr : &gazetteer.entry(candidates->front());
}

// "Khalifa Haftar\tkhalifa haftar|haftar|hifter" (names never hold a tab, keys never a '|').
std::string encode(const GazetteerEntry& entry) {
  std::string value = entry.canonical + '\t';
  const std::vector<std::string> keys = keys_of(entry);
  for (std::size_t i = 0; i < keys.size(); ++i) value += (i > 0 ? "|" : "") + keys[i];
  return value;
}

std::optional<NamedEntity> decode(const std::string& value) {
  const std::size_t tab = value.find('\t');
  if (tab == std::string::npos) return std::nullopt;  // kNamesNone
  NamedEntity named{value.substr(0, tab), {}};
  for (std::string_view key : split(std::string_view(value).substr(tab + 1), '|'))
    if (!key.empty()) named.keys.emplace_back(key);
  return named;
}

}  // namespace

std::optional<NamedEntity> GazetteerAliasKeys::named(const std::string& key) {
  const GazetteerEntry* entry = entry_named(gazetteer_, key);
  if (entry == nullptr) return std::nullopt;
  return NamedEntity{entry->canonical, keys_of(*entry)};
}

std::optional<NamedEntity> IndexAliasKeys::named(const std::string& key) {
  const std::string value = db_.get_metadata(kAliasPrefix + key);
  if (value.empty()) return std::nullopt;
  return decode(value);
}

bool IndexAliasKeys::is_prefix(const std::string& key) {
  const std::string longer = kAliasPrefix + key + " ";
  return db_.metadata_keys_begin(longer) != db_.metadata_keys_end(longer);
}

bool has_alias_keys(const Xapian::Database& db) {
  return !db.get_metadata(kAliasTable).empty();
}

void write_alias_keys(Xapian::WritableDatabase& db, const std::string& gazetteer_tsv) {
  std::vector<std::string> stale;
  for (auto it = db.metadata_keys_begin(kAliasPrefix); it != db.metadata_keys_end(kAliasPrefix);
       ++it)
    stale.push_back(*it);
  for (const auto& key : stale) db.set_metadata(key, "");
  Gazetteer gazetteer;
  if (!gazetteer_tsv.empty()) gazetteer.add_tsv(gazetteer_tsv, "index gazetteer");
  for (const auto& [key, candidates] : gazetteer.keys()) {
    if (key.size() > kMaxKeyBytes) continue;
    const GazetteerEntry* entry = entry_named(gazetteer, key);
    db.set_metadata(kAliasPrefix + key, entry == nullptr ? kNamesNone : encode(*entry));
  }
  db.set_metadata(kAliasTable, std::to_string(gazetteer.keys().size()));
  write_spelling_names(db, gazetteer);
}

}  // namespace lsearch
