#include "searcher/facets/list_count_spy.h"

#include "common/schema/value_codec.h"

namespace lsearch {

void ListCountMatchSpy::operator()(const Xapian::Document& doc, double) {
  ++seen_;
  const std::string value = doc.get_value(slot_);
  for_each_list_item(value, [&](std::string_view item) {
    auto it = counts_.find(std::string(item));
    if (it == counts_.end()) counts_.emplace(item, 1);
    else ++it->second;
  });
}

}  // namespace lsearch
