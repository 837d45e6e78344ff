// The summary slot (kSlotSummary, fields.h): everything a hit shows but its
// snippet, in one value, so that listing a hit is one value read. It was five
// (summary, facets, entity details, cluster key, then the text): 89 of the 260
// index block reads of an `lsearch oil` process (issue 15).
#pragma once

#include <string>
#include <string_view>

namespace lsearch {

struct ArticleSummary {
  std::string id, title, date, source, url;
  std::string cluster;   // the near-duplicate key, as in kSlotCluster ("" when none)
  std::string entities;  // encode_entity_details (entity_details.h) of its actors and places
};

// An encoded list (value_codec.h), the fields in declaration order.
std::string encode_summary(const ArticleSummary& summary);
// Missing items (a shorter list) read as "".
ArticleSummary decode_summary(std::string_view value);

}  // namespace lsearch
