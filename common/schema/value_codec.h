// Encodings of values stored in document slots and terms: lists of strings in
// one slot (for multi-valued facets), dates, and term-safe slugs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lsearch {

// A list of strings as one value: each item is a varint length then its bytes.
std::string encode_list(const std::vector<std::string>& items);
// Decodes encode_list() output; stops quietly at a truncated item.
std::vector<std::string> decode_list(std::string_view encoded);
// Calls f(item) for each item without allocating (the facet counter's hot path).
template <typename F>
void for_each_list_item(std::string_view encoded, F&& f) {
  std::size_t i = 0;
  while (i < encoded.size()) {
    std::size_t len = 0;
    int shift = 0;
    while (i < encoded.size()) {
      auto byte = static_cast<unsigned char>(encoded[i++]);
      len |= static_cast<std::size_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) break;
      shift += 7;
    }
    if (len > encoded.size() - i) return;
    f(encoded.substr(i, len));
    i += len;
  }
}

// The values of one facet (tag) in a document's facets slot (fields.h).
std::vector<std::string> facet_values(std::string_view facets_slot, char tag);

// "Khalifa Haftar" -> "khalifa_haftar": lower-case ASCII-safe key for terms.
std::string slugify(std::string_view normalized_name);

// Xapian terms are limited to 245 bytes; long keys are cut and given a hash suffix.
std::string bounded_term(std::string_view prefix, std::string_view value);

}  // namespace lsearch
