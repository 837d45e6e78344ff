#include "common/schema/fields.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

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

TEST_CASE("every Field has a row, found by name") {
  for (const auto& spec : kFields) CHECK(&field_spec(spec.field) == &spec);
  CHECK(find_field("actor")->prefix == "XA");
  CHECK(find_field("nonsense") == nullptr);
  CHECK(field_spec(Field::kDate).slot == kSlotDate);
}

}  // namespace lsearch
