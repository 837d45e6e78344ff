#include "common/schema/value_codec.h"

#include "common/util/hash.h"

namespace lsearch {

std::string encode_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    std::size_t len = item.size();
    do {
      auto byte = static_cast<unsigned char>(len & 0x7f);
      len >>= 7;
      if (len != 0) byte |= 0x80;
      out.push_back(static_cast<char>(byte));
    } while (len != 0);
    out += item;
  }
  return out;
}

std::vector<std::string> decode_list(std::string_view encoded) {
  std::vector<std::string> items;
  for_each_list_item(encoded, [&](std::string_view item) { items.emplace_back(item); });
  return items;
}

std::vector<std::string> facet_values(std::string_view facets_slot, char tag) {
  std::vector<std::string> values;
  for_each_list_item(facets_slot, [&](std::string_view item) {
    if (!item.empty() && item[0] == tag) values.emplace_back(item.substr(1));
  });
  return values;
}

std::string slugify(std::string_view normalized_name) {
  std::string out;
  bool pending_sep = false;
  for (char c : normalized_name) {
    auto u = static_cast<unsigned char>(c);
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80;
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
      keep = true;
    }
    if (!keep) {
      pending_sep = !out.empty();
      continue;
    }
    if (pending_sep) out.push_back('_');
    pending_sep = false;
    out.push_back(c);
  }
  return out;
}

std::string bounded_term(std::string_view prefix, std::string_view value) {
  constexpr std::size_t kMaxTerm = 240;
  std::string term(prefix);
  if (prefix.size() + value.size() <= kMaxTerm) {
    term += value;
    return term;
  }
  std::string hash = hex64(fnv1a64(value));
  term += value.substr(0, kMaxTerm - prefix.size() - hash.size() - 1);
  term += '#';
  term += hash;
  return term;
}

}  // namespace lsearch
