// The index schema, defined once: every field with its query name, Xapian term
// prefix, value slot and kind. The document builder, the query parser, the
// filters, the facets and --help all read this table (see tests/common/schema).
#pragma once

#include <xapian.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/news/entity.h"
#include "common/schema/versions.h"  // kSchemaVersion: bumped when a row's prefix or slot changes

namespace lsearch {

enum class FieldKind {
  kIdentifier,  // unique id term, one per document
  kFreeText,    // analysed text, searchable by words and phrases
  kBoolean,     // exact-match filter term (entity id, source slug)
  kDate,        // YYYYMMDD value + terms, range-filterable and sortable
  kStored,      // kept in the document data only
  kInternal,    // bookkeeping for incremental updates
};

enum class Field {
  kId,
  kTitle,
  kBody,
  kDate,
  kMonth,
  kYear,
  kSource,
  kUrl,
  kActor,
  kPlace,
  kMentioned,
  kContentHash,
  kOrigin,
  kSummary,
  kArticleHash,
  kStem,
  kCluster,
  kActorType,
  kEntities,
  kCountry,
};

// How a field is written in a query. The query builder wires these fields
// into Xapian's QueryParser and lsearch --help lists them; nothing else does.
enum class QuerySyntax {
  kNone,      // not a query field (body is the default field, not a prefix)
  kFreeText,  // title:mark: words and phrases under the field's term prefix
  kFilter,    // actor:haftar: a boolean filter through the field's processor
};

struct FieldSpec {
  Field field;
  std::string_view name;    // query/filter name, e.g. "actor" (actor:haftar, --actor)
  std::string_view prefix;  // term prefix; empty for unprefixed body text
  std::optional<Xapian::valueno> slot;
  FieldKind kind;
  char facet_tag;  // facets share one slot: each value is tagged; 0 = not a facet
  std::string_view help;
  QuerySyntax query = QuerySyntax::kNone;
};

inline constexpr Xapian::valueno kSlotDate = 0;  // "YYYYMMDD" (full dates only)
// Every facet value of the document in one slot (one lookup per match when
// counting facets): an encoded list of items, each a tag byte then the value.
inline constexpr Xapian::valueno kSlotFacets = 1;
inline constexpr Xapian::valueno kSlotMentioned = 2;    // encoded list of "YYYY[-MM[-DD]]"
inline constexpr Xapian::valueno kSlotContentHash = 3;  // 16 hex digits
// Everything a hit shows but its snippet, in one value read (summary.h): id, title,
// date, source, url, the cluster key and the entity details of its actors and places.
inline constexpr Xapian::valueno kSlotSummary = 4;
// What a reader sees of the article (id, title, date, source, url, cleaned text), hashed without
// the analysis settings: unchanged by a rebuild or a new gazetteer (lsearch --watch).
inline constexpr Xapian::valueno kSlotArticleHash = 6;  // 16 hex digits
// The near-duplicate cluster key (common/news/near_duplicate.h): wire copies
// share it; the searcher's collapse key. Empty (never collapsed) without words.
inline constexpr Xapian::valueno kSlotCluster = 7;  // 16 hex digits
// Sort keys as plain values, since a KeyMaker cannot be sent to remote shards:
// the full date, then the id, so that ties come out in the same order on one
// index and on any split into shards (docids differ); undated articles ("~")
// last in both orders. Both sort ascending.
inline constexpr Xapian::valueno kSlotSortNewest = 8;  // each date digit d as 9-d, then the id
inline constexpr Xapian::valueno kSlotSortOldest = 9;  // YYYYMMDD, then the id

inline constexpr char kTagActor = 'a', kTagPlace = 'p', kTagSource = 's', kTagMonth = 'm',
                      kTagCountry = 'c';

// Facets are stored twice more, once for each way of counting them
// (searcher/facets/, ARCHITECTURE.md):
// - kSlotFacetOrdinals: the document's facet values as small integers (an
//   ordinal per value and database, names in the metadata: facet_dictionary.h),
//   counted into arrays by a local MatchSpy;
// - single-valued slots, K per multi-valued facet, each counted by Xapian's own
//   ValueCountMatchSpy, which is what xapian-tcpsrv can run for remote shards. An
//   article with more than K values keeps the rest in the facet's overflow slot
//   (an encoded list), counted the same way and split by the searcher, so
//   counts stay exact; only the cost grows with the overflow.
inline constexpr Xapian::valueno kSlotFacetOrdinals = 5;

enum class Facet { kActors, kPlaces, kSources, kCountries, kMonths };

struct FacetSpec {
  Facet facet;
  char tag;               // its tag in kSlotFacets
  std::string_view name;  // "actors" (JSON, messages)
  Xapian::valueno first_slot;
  unsigned slots;  // K single-valued slots from first_slot
  std::optional<Xapian::valueno> overflow_slot;
  bool dictionary;  // ordinals from the index's dictionary; months: year * 12 + month - 1
};

// K from Reuters-21578 (21,577 articles, counted with xapian-delve -V): 8 actor
// slots hold every actor of 98.5% of the articles (315 overflow) and 6 place
// slots 98% (4 slots: 906 overflow). Each slot costs a value read per match on
// the remote path; each overflowing article one more distinct value.
// Countries (those named, and each place's): 5 slots hold every country of 98.2%
// of the articles (399 overflow; 4 slots: 614).
// Months stay last (only they have computed ordinals: FacetDictionary).
inline constexpr std::array<FacetSpec, 5> kFacets = {{
    {Facet::kActors, kTagActor, "actors", 10, 8, 18, true},
    {Facet::kPlaces, kTagPlace, "places", 20, 6, 26, true},
    {Facet::kSources, kTagSource, "sources", 27, 1, std::nullopt, true},
    {Facet::kCountries, kTagCountry, "countries", 30, 5, 35, true},
    {Facet::kMonths, kTagMonth, "months", 28, 1, std::nullopt, false},
}};

const FacetSpec& facet_spec(Facet facet);

inline constexpr std::array<FieldSpec, 20> kFields = {{
    {Field::kId, "id", "Q", std::nullopt, FieldKind::kIdentifier, 0,
     "article id: path relative to the corpus root, or the JSONL record id"},
    {Field::kTitle, "title", "S", std::nullopt, FieldKind::kFreeText, 0, "words of the title",
     QuerySyntax::kFreeText},
    {Field::kBody, "body", "", std::nullopt, FieldKind::kFreeText, 0,
     "words of the title and the cleaned text (the default field)"},
    {Field::kDate, "date", "D", kSlotDate, FieldKind::kDate, 0,
     "publication date; ranges: date:2019-04..2019-06, date:2020", QuerySyntax::kFilter},
    {Field::kMonth, "month", "M", kSlotFacets, FieldKind::kBoolean, kTagMonth,
     "publication month YYYYMM (the histogram facet)"},
    {Field::kYear, "year", "Y", std::nullopt, FieldKind::kBoolean, 0, "publication year YYYY"},
    {Field::kSource, "source", "XS", kSlotFacets, FieldKind::kBoolean, kTagSource,
     "publisher, e.g. source:\"Al Jazeera\"", QuerySyntax::kFilter},
    {Field::kUrl, "url", "", std::nullopt, FieldKind::kStored, 0, "article URL (stored only)"},
    {Field::kActor, "actor", "XA", kSlotFacets, FieldKind::kBoolean, kTagActor,
     "person or organisation, by any alias: actor:hifter", QuerySyntax::kFilter},
    {Field::kPlace, "place", "XP", kSlotFacets, FieldKind::kBoolean, kTagPlace,
     "country, city or region, by any alias: place:tripoli", QuerySyntax::kFilter},
    {Field::kMentioned, "mentioned", "XD", kSlotMentioned, FieldKind::kBoolean, 0,
     "a date the text mentions: mentioned:2011, mentioned:2020-02", QuerySyntax::kFilter},
    {Field::kContentHash, "hash", "", kSlotContentHash, FieldKind::kInternal, 0,
     "hash of the article and analysis settings (incremental updates)"},
    {Field::kOrigin, "origin", "XF", std::nullopt, FieldKind::kInternal, 0,
     "the corpus file an article came from (incremental updates)"},
    {Field::kSummary, "summary", "", kSlotSummary, FieldKind::kStored, 0,
     "id, title, date, source, url, cluster key and entity details: a hit in one value read"},
    {Field::kArticleHash, "article_hash", "", kSlotArticleHash, FieldKind::kInternal, 0,
     "hash of what a reader sees of the article (lsearch --watch: new or changed)"},
    // Not a field: the marker Xapian puts before every stem (STEM_ALL_Z), before the field's
    // own prefix ("Zgrave" in the body, "ZSgrave" in the title).
    {Field::kStem, "stem", "Z", std::nullopt, FieldKind::kInternal, 0,
     "marks a stemmed term, before the field prefix"},
    {Field::kCluster, "cluster", "", kSlotCluster, FieldKind::kInternal, 0,
     "near-duplicate cluster key: wire copies share it (results are collapsed on it)"},
    // One term per actor and article, "XT", the canonical name, then ":person" or ":org": a
    // facet value's type is the one most of its articles give it (term frequencies, which
    // a collection of remote shards sums like one index).
    {Field::kActorType, "actor_type", "XT", std::nullopt, FieldKind::kInternal, 0,
     "an actor's type in the article: XTNAME:person, XTNAME:org (the type facets show)"},
    {Field::kEntities, "entities", "", std::nullopt, FieldKind::kStored, 0,
     "each actor's type, each place's kind, country and coordinates (in the summary slot)"},
    {Field::kCountry, "country", "XC", kSlotFacets, FieldKind::kBoolean, kTagCountry,
     "a country or any place in it, by any alias: country:libya (Tripoli too)",
     QuerySyntax::kFilter},
}};

// The document data is the cleaned article text (for snippets); everything a
// result list shows comes from value slots, so listing hits never reads it.

const FieldSpec& field_spec(Field field);
// The field an entity of this kind is filtered and counted by (kActor -> kActor,
// kPlace -> kPlace): the indexer, the resolver and the spelling names agree on it.
Field entity_field(EntityKind kind);
// The field a query or filter name stands for ("actor"), or nullptr.
const FieldSpec* field_named(std::string_view name);

// Whether a timeline can be split into one series per value of this field: a
// facet that is also a filter (each series can then be searched); the month
// facet is the timeline itself. The CLI, the HTTP API and the searcher accept
// exactly these names (in table order: source, actor, place, country).
bool is_series_field(const FieldSpec& spec);
std::vector<std::string> series_field_names();

}  // namespace lsearch
