#include "common/schema/fields.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

namespace lsearch {

TEST_CASE("prefixes, names and (slot, facet tag) pairs in the schema are unique") {
  std::set<std::string> prefixes, names;
  std::set<std::pair<Xapian::valueno, char>> slots;
  for (const auto& spec : kFields) {
    CAPTURE(spec.name);
    CHECK(names.insert(std::string(spec.name)).second);
    if (!spec.prefix.empty()) CHECK(prefixes.insert(std::string(spec.prefix)).second);
    if (spec.slot) CHECK(slots.insert({*spec.slot, spec.facet_tag}).second);
    // Only facets share a slot, and only the facets slot holds facets.
    CHECK((spec.facet_tag != 0) == (spec.slot == kSlotFacets));
  }
}

TEST_CASE("no prefix is a prefix of another, so term scans never mix fields") {
  for (const auto& a : kFields)
    for (const auto& b : kFields) {
      if (&a == &b || a.prefix.empty() || b.prefix.empty()) continue;
      CAPTURE(a.name);
      CAPTURE(b.name);
      CHECK_FALSE(b.prefix.starts_with(a.prefix));
    }
}

TEST_CASE("every Field has a row") {
  for (const auto& spec : kFields) CHECK(&field_spec(spec.field) == &spec);
  CHECK(field_spec(Field::kActor).prefix == "XA");
  CHECK(field_spec(Field::kDate).slot == kSlotDate);
}

TEST_CASE("an entity kind's field is the filter of its own name") {
  CHECK(field_spec(entity_field(EntityKind::kActor)).name == std::string_view("actor"));
  CHECK(field_spec(entity_field(EntityKind::kPlace)).name == std::string_view("place"));
}

TEST_CASE("field_named finds a row by its query name, and nothing else") {
  for (const auto& spec : kFields) CHECK(field_named(spec.name) == &spec);
  CHECK(field_named("actor")->facet_tag == kTagActor);
  CHECK(field_named("actors") == nullptr);  // the facet's JSON name, not a field
  CHECK(field_named("") == nullptr);
}

TEST_CASE("query fields: title takes words, the filters are boolean fields") {
  std::set<std::string> free_text, filters;
  for (const auto& spec : kFields) {
    CAPTURE(spec.name);
    if (spec.query == QuerySyntax::kFreeText) free_text.insert(std::string(spec.name));
    if (spec.query == QuerySyntax::kFilter) {
      filters.insert(std::string(spec.name));
      CHECK(spec.kind != FieldKind::kFreeText);
    }
    // A query field needs a prefix for its terms (date: and the filters build their own).
    if (spec.query != QuerySyntax::kNone) CHECK_FALSE(spec.prefix.empty());
  }
  CHECK(free_text == std::set<std::string>{"title"});
  CHECK(filters ==
        std::set<std::string>{"actor", "country", "date", "mentioned", "place", "source"});
}

TEST_CASE("facet slots are the facets' own: no field slot, no other facet's slot") {
  std::set<Xapian::valueno> used;
  for (const auto& spec : kFields)
    if (spec.slot) used.insert(*spec.slot);
  CHECK(used.insert(kSlotFacetOrdinals).second);
  for (std::size_t i = 0; i < kFacets.size(); ++i) {
    const FacetSpec& facet = kFacets[i];
    CAPTURE(facet.name);
    CHECK(static_cast<std::size_t>(facet.facet) == i);  // facet_spec() indexes by enum
    CHECK(&facet_spec(facet.facet) == &facet);
    CHECK(facet.slots >= 1);
    for (unsigned k = 0; k < facet.slots; ++k) CHECK(used.insert(facet.first_slot + k).second);
    if (facet.overflow_slot) CHECK(used.insert(*facet.overflow_slot).second);
    // Only the last facet (months) has computed ordinals (FacetDictionary relies on it).
    CHECK(facet.dictionary == (i + 1 < kFacets.size()));
  }
  CHECK(field_spec(Field::kActor).facet_tag == facet_spec(Facet::kActors).tag);
  CHECK(field_spec(Field::kPlace).facet_tag == facet_spec(Facet::kPlaces).tag);
  CHECK(field_spec(Field::kSource).facet_tag == facet_spec(Facet::kSources).tag);
  CHECK(field_spec(Field::kMonth).facet_tag == facet_spec(Facet::kMonths).tag);
  CHECK(field_spec(Field::kCountry).facet_tag == facet_spec(Facet::kCountries).tag);
}

TEST_CASE("timeline series kinds: the facets that are filters") {
  std::vector<std::string> names = series_field_names();
  CHECK(std::set<std::string>(names.begin(), names.end()) ==
        std::set<std::string>{"actor", "place", "source", "country"});
  CHECK(names.size() == 4);
  CHECK_FALSE(is_series_field(field_spec(Field::kMonth)));  // a facet, but no filter
  CHECK_FALSE(is_series_field(field_spec(Field::kTitle)));
}

}  // namespace lsearch
