// The index schema, defined once: every field with its query name, Xapian term
// prefix, value slot and kind. The document builder, the query parser, the
// filters, the facets and --help all read this table (see tests/common/schema).
#pragma once

#include <xapian.h>

#include <array>
#include <optional>
#include <string_view>

namespace lsearch {

// Bumped whenever a prefix, slot or encoding changes.
inline constexpr int kSchemaVersion = 1;

enum class FieldKind {
  kIdentifier,  // unique id term, one per document
  kFreeText,    // analysed text, searchable by words and phrases
  kBoolean,     // exact-match filter term (entity id, source slug)
  kDate,        // YYYYMMDD value + terms, range-filterable and sortable
  kStored,      // kept in the document data only
  kInternal,    // bookkeeping for incremental updates
};

enum class Field {
  kId, kTitle, kBody, kDate, kMonth, kYear, kSource, kUrl, kActor, kPlace, kMentioned,
  kContentHash, kOrigin,
};

struct FieldSpec {
  Field field;
  std::string_view name;    // query/filter name, e.g. "actor" (actor:haftar, --actor)
  std::string_view prefix;  // term prefix; empty for unprefixed body text
  std::optional<Xapian::valueno> slot;
  FieldKind kind;
  bool facet;               // counted in search results
  std::string_view help;
};

inline constexpr Xapian::valueno kSlotDate = 0;       // "YYYYMMDD"
inline constexpr Xapian::valueno kSlotMonth = 1;      // "YYYYMM"
inline constexpr Xapian::valueno kSlotSource = 2;     // canonical source name
inline constexpr Xapian::valueno kSlotActors = 3;     // encoded list of canonical names
inline constexpr Xapian::valueno kSlotPlaces = 4;     // encoded list of canonical names
inline constexpr Xapian::valueno kSlotMentioned = 5;  // encoded list of "YYYY[-MM[-DD]]"
inline constexpr Xapian::valueno kSlotContentHash = 6;  // 16 hex digits

inline constexpr std::array<FieldSpec, 13> kFields = {{
    {Field::kId, "id", "Q", std::nullopt, FieldKind::kIdentifier, false,
     "article id: path relative to the corpus root, or the JSONL record id"},
    {Field::kTitle, "title", "S", std::nullopt, FieldKind::kFreeText, false, "words of the title"},
    {Field::kBody, "body", "", std::nullopt, FieldKind::kFreeText, false,
     "words of the title and the cleaned text (the default field)"},
    {Field::kDate, "date", "D", kSlotDate, FieldKind::kDate, false,
     "publication date; ranges: date:2019-04..2019-06, date:2020"},
    {Field::kMonth, "month", "M", kSlotMonth, FieldKind::kBoolean, true,
     "publication month YYYYMM (the histogram facet)"},
    {Field::kYear, "year", "Y", std::nullopt, FieldKind::kBoolean, false, "publication year YYYY"},
    {Field::kSource, "source", "XS", kSlotSource, FieldKind::kBoolean, true,
     "publisher, e.g. source:\"Al Jazeera\""},
    {Field::kUrl, "url", "", std::nullopt, FieldKind::kStored, false, "article URL (stored only)"},
    {Field::kActor, "actor", "XA", kSlotActors, FieldKind::kBoolean, true,
     "person or organisation, by any alias: actor:hifter"},
    {Field::kPlace, "place", "XP", kSlotPlaces, FieldKind::kBoolean, true,
     "country, city or region, by any alias: place:tripoli"},
    {Field::kMentioned, "mentioned", "XD", kSlotMentioned, FieldKind::kBoolean, false,
     "a date the text mentions: mentioned:2011, mentioned:2020-02"},
    {Field::kContentHash, "hash", "", kSlotContentHash, FieldKind::kInternal, false,
     "hash of the article and analysis settings (incremental updates)"},
    {Field::kOrigin, "origin", "XF", std::nullopt, FieldKind::kInternal, false,
     "the corpus file an article came from (incremental updates)"},
}};

const FieldSpec& field_spec(Field field);
// Looks a field up by its query name; nullptr when unknown.
const FieldSpec* find_field(std::string_view name);

}  // namespace lsearch
