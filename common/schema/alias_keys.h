// Alias keys: what free-text alias expansion (searcher/query/entity_aliases)
// needs from the gazetteer, one Xapian metadata entry per alias key, written
// by lindex beside the gazetteer TSV. A free-text search then reads the few
// keys its words form instead of parsing the world gazetteer (25,000 entries,
// most of an `lsearch oil` process before, issue 15). Both sources answer
// alike: AliasKeys over a parsed Gazetteer (indexes built before the table),
// IndexAliasKeys over the metadata. Not thread-safe (one per Searcher).
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "common/news/gazetteer.h"

namespace lsearch {

// The entity a free-text alias key names: its canonical name and the
// normalised keys of its aliases (the key itself among them), file order.
struct NamedEntity {
  std::string canonical;
  std::vector<std::string> keys;
};

// Where alias expansion looks alias keys up.
class AliasKeys {
 public:
  virtual ~AliasKeys() = default;
  // The entity `key` names in free text, or nothing: unknown keys, weak aliases
  // ("~EC") and aliases that need evidence ("?Tamworth") name none.
  virtual std::optional<NamedEntity> named(const std::string& key) = 0;
  // True when some alias key continues `key` with more tokens.
  virtual bool is_prefix(const std::string& key) = 0;
};

// Over a parsed gazetteer (kept alive by the caller).
class GazetteerAliasKeys : public AliasKeys {
 public:
  explicit GazetteerAliasKeys(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}
  std::optional<NamedEntity> named(const std::string& key) override;
  bool is_prefix(const std::string& key) override { return gazetteer_.is_key_prefix(key); }

 private:
  const Gazetteer& gazetteer_;
};

// Over the index's metadata table; use only when has_alias_keys(db).
class IndexAliasKeys : public AliasKeys {
 public:
  explicit IndexAliasKeys(const Xapian::Database& db) : db_(db) {}
  std::optional<NamedEntity> named(const std::string& key) override;
  bool is_prefix(const std::string& key) override;

 private:
  const Xapian::Database& db_;
};

// True when lindex wrote the table (indexes built before it have only the TSV).
bool has_alias_keys(const Xapian::Database& db);

// Replaces the table with the keys of `gazetteer_tsv` (lindex, with the TSV), and
// the spelling names table (common/schema/spelling_names) with its one-word keys.
void write_alias_keys(Xapian::WritableDatabase& db, const std::string& gazetteer_tsv);

}  // namespace lsearch
