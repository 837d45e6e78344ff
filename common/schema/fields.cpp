#include "common/schema/fields.h"

namespace lsearch {

const FieldSpec& field_spec(Field field) {
  for (const auto& spec : kFields)
    if (spec.field == field) return spec;
  return kFields[0];  // unreachable: the table has every Field (tested)
}

Field entity_field(EntityKind kind) {
  return kind == EntityKind::kActor ? Field::kActor : Field::kPlace;
}

const FieldSpec* field_named(std::string_view name) {
  for (const auto& spec : kFields)
    if (spec.name == name) return &spec;
  return nullptr;
}

bool is_series_field(const FieldSpec& spec) {
  return spec.facet_tag != 0 && spec.query == QuerySyntax::kFilter;
}

std::vector<std::string> series_field_names() {
  std::vector<std::string> names;
  for (const auto& spec : kFields)
    if (is_series_field(spec)) names.emplace_back(spec.name);
  return names;
}

const FacetSpec& facet_spec(Facet facet) {
  return kFacets[static_cast<std::size_t>(facet)];  // rows in enum order (tested)
}

}  // namespace lsearch
