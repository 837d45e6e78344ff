#include "common/schema/fields.h"

namespace lsearch {

const FieldSpec& field_spec(Field field) {
  for (const auto& spec : kFields)
    if (spec.field == field) return spec;
  return kFields[0];  // unreachable: the table has every Field (tested)
}

const FieldSpec* field_named(std::string_view name) {
  for (const auto& spec : kFields)
    if (spec.name == name) return &spec;
  return nullptr;
}

const FacetSpec& facet_spec(Facet facet) {
  return kFacets[static_cast<std::size_t>(facet)];  // rows in enum order (tested)
}

}  // namespace lsearch
