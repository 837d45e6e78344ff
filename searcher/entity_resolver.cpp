#include "searcher/entity_resolver.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>

#include "common/analysis/normalizer.h"
#include "common/error.h"
#include "common/schema/entity_details.h"
#include "common/schema/fields.h"
#include "common/schema/index_metadata.h"
#include "common/schema/spelling_names.h"
#include "common/schema/value_codec.h"
#include "common/util/hash.h"

namespace lsearch {
namespace {

constexpr std::size_t kMaxScan = 200000;  // index terms looked at for suggestions

// The schema row of an entity kind's filter: its term prefix and facet tag.
const FieldSpec& field_of(EntityKind kind) {
  return field_spec(entity_field(kind));
}

std::string prefix_for(EntityKind kind) {
  return std::string(field_of(kind).prefix);
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0], best = row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
  }
  return std::min(row[b.size()], limit + 1);
}

// The index's gazetteer holds the world's places (25,000 entries): parsing it costs
// far more than hashing it, so a process parses each distinct gazetteer once.
std::shared_ptr<const Gazetteer> parsed_gazetteer(const std::string& tsv) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Gazetteer>> cache;
  const std::string key = hex64(fnv1a64(tsv));
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[key];
  if (!slot) {
    auto g = std::make_shared<Gazetteer>();
    if (!tsv.empty()) g->add_tsv(tsv, "index gazetteer");
    slot = std::move(g);
  }
  return slot;
}

const Gazetteer& EntityResolver::gazetteer() {
  if (!gazetteer_) gazetteer_ = parsed_gazetteer(db_.get_metadata(kMetaGazetteer));
  return *gazetteer_;
}

AliasKeys& EntityResolver::free_text_aliases() {
  if (!free_text_aliases_) {
    if (has_alias_keys(db_))
      free_text_aliases_ = std::make_unique<IndexAliasKeys>(db_);
    else
      free_text_aliases_ = std::make_unique<GazetteerAliasKeys>(gazetteer());
  }
  return *free_text_aliases_;
}

std::string_view EntityResolver::spelling_names() {
  if (!spelling_names_) {
    spelling_names_ = read_spelling_names(db_);
    if (spelling_names_->empty()) spelling_names_ = spelling_names_of(gazetteer());
  }
  return *spelling_names_;
}

// The name as the index shows it, from a document holding the term.
std::string EntityResolver::display_name(const std::string& term, char facet_tag,
                                         const std::string& slug) {
  auto it = db_.postlist_begin(term);
  if (it == db_.postlist_end(term)) return slug;
  std::vector<std::string> names =
      facet_values(db_.get_document(*it).get_value(kSlotFacets), facet_tag);
  if (facet_tag == field_spec(Field::kSource).facet_tag)
    return names.empty() ? slug : names.front();
  for (const auto& name : names)
    if (slugify(Gazetteer::key_of(name)) == slug) return name;
  return slug;
}

std::vector<std::string> EntityResolver::nearest(std::string_view prefix, const std::string& key,
                                                 EntityKind* kind) {
  const std::string slug = slugify(key);
  struct Candidate {
    std::size_t distance;
    std::string name;
  };
  std::vector<Candidate> candidates;
  auto consider = [&](const std::string& candidate_key, const std::string& name) {
    std::string candidate_slug = slugify(candidate_key);
    std::size_t limit = std::max<std::size_t>(2, slug.size() / 3);
    std::size_t d = edit_distance(slug, candidate_slug, limit);
    // "haft" should find "khalifa_haftar": a word of the name starting with the input.
    if (d > limit && slug.size() >= 3 &&
        (candidate_slug.starts_with(slug) || candidate_slug.find("_" + slug) != std::string::npos))
      d = limit;
    if (d <= limit) candidates.push_back({d, name});
  };
  if (kind != nullptr)
    for (const auto& entry : gazetteer().entries()) {
      if (entry.kind != *kind) continue;
      for (const auto& alias : entry.aliases) consider(Gazetteer::key_of(alias), entry.canonical);
    }
  std::size_t scanned = 0;
  const std::string p(prefix);
  const char tag = (kind == nullptr ? field_spec(Field::kSource) : field_of(*kind)).facet_tag;
  for (auto it = db_.allterms_begin(p); it != db_.allterms_end(p) && scanned < kMaxScan;
       ++it, ++scanned) {
    std::string term_slug = (*it).substr(p.size());
    std::string with_spaces = term_slug;
    std::replace(with_spaces.begin(), with_spaces.end(), '_', ' ');
    consider(with_spaces, display_name(*it, tag, term_slug));
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.distance < b.distance; });
  std::vector<std::string> names;
  for (const auto& c : candidates)
    if (std::find(names.begin(), names.end(), c.name) == names.end() && names.size() < 3)
      names.push_back(c.name);
  return names;
}

ResolvedEntity EntityResolver::resolve(EntityKind kind, std::string_view name) {
  const std::string kind_name(to_string(kind));
  if (const GazetteerEntry* entry = gazetteer().resolve(name, kind))
    return {kind_name, std::string(name), entry->canonical,
            bounded_term(prefix_for(kind), entry->id)};
  const std::string key = Gazetteer::key_of(name);
  const std::string slug = slugify(key);
  const std::string term = bounded_term(prefix_for(kind), slug);
  if (!slug.empty() && db_.term_exists(term))
    return {kind_name, std::string(name), display_name(term, field_of(kind).facet_tag, slug), term};
  std::string message = "unknown " + kind_name + " '" + std::string(name) + "'";
  auto suggestions = nearest(prefix_for(kind), key, &kind);
  if (!suggestions.empty()) {
    message += "; did you mean: ";
    for (std::size_t i = 0; i < suggestions.size(); ++i)
      message += (i ? ", " : "") + suggestions[i];
  }
  throw QueryError(message);
}

ResolvedEntity EntityResolver::resolve_source(std::string_view name) {
  const FieldSpec& source = field_spec(Field::kSource);
  const std::string prefix(source.prefix), kind_name(source.name);
  const std::string slug = slugify(normalize_text(name));
  const std::string term = bounded_term(prefix, slug);
  if (!slug.empty() && db_.term_exists(term))
    return {kind_name, std::string(name), display_name(term, source.facet_tag, slug), term};
  // "al jazeera" also finds "Al Jazeera English": a source whose slug starts with it.
  for (auto it = db_.allterms_begin(term); it != db_.allterms_end(term); ++it)
    if ((*it).size() > term.size() && (*it)[term.size()] == '_')
      return {kind_name, std::string(name), display_name(*it, source.facet_tag, slug), *it};
  std::string message = "unknown source '" + std::string(name) + "'";
  auto suggestions = nearest(prefix, normalize_text(name), nullptr);
  if (!suggestions.empty()) {
    message += "; did you mean: ";
    for (std::size_t i = 0; i < suggestions.size(); ++i)
      message += (i ? ", " : "") + suggestions[i];
  }
  throw QueryError(message);
}

ResolvedEntity EntityResolver::resolve_country(std::string_view name) {
  const std::string key = Gazetteer::key_of(name);
  const GazetteerEntry* place = nullptr;
  if (const auto* candidates = gazetteer().find_key(key))
    for (std::size_t index : *candidates) {
      const GazetteerEntry& entry = gazetteer().entry(index);
      if (entry.kind != EntityKind::kPlace) continue;
      if (entry.place_kind == "country") {
        const std::string country = country_of(entry);
        return {"country", std::string(name), country, country_term(country)};
      }
      if (place == nullptr) place = &entry;
    }
  if (place != nullptr && !place->country.empty())
    throw QueryError("'" + std::string(name) + "' is a " + place->place_kind + " of " +
                     place->country + ", not a country: --country " + place->country +
                     " or --place " + place->canonical);
  std::string message = "unknown country '" + std::string(name) + "'";
  const std::string slug = slugify(key);
  std::vector<std::string> near;
  for (const auto& entry : gazetteer().entries())
    if (entry.place_kind == "country" && near.size() < 3 &&
        edit_distance(slug, entry.id, std::max<std::size_t>(2, slug.size() / 3)) <=
            std::max<std::size_t>(2, slug.size() / 3))
      near.push_back(entry.canonical);
  for (std::size_t i = 0; i < near.size(); ++i)
    message += (i ? ", " : "; did you mean: ") + near[i];
  throw QueryError(message);
}

std::vector<std::string> EntityResolver::alias_keys(const ResolvedEntity& entity) {
  std::vector<std::string> keys;
  EntityKind kind;
  if (parse_entity_kind(entity.kind, kind))
    if (const GazetteerEntry* entry = gazetteer().resolve(entity.canonical, kind))
      for (const auto& alias : entry->aliases) keys.push_back(Gazetteer::key_of(alias));
  keys.push_back(Gazetteer::key_of(entity.canonical));
  return keys;
}

}  // namespace lsearch
