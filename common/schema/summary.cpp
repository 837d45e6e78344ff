#include "common/schema/summary.h"

#include <vector>

#include "common/schema/value_codec.h"

namespace lsearch {

std::string encode_summary(const ArticleSummary& s) {
  return encode_list({s.id, s.title, s.date, s.source, s.url, s.cluster, s.entities});
}

ArticleSummary decode_summary(std::string_view value) {
  std::vector<std::string> items = decode_list(value);
  items.resize(7);
  return {std::move(items[0]), std::move(items[1]), std::move(items[2]), std::move(items[3]),
          std::move(items[4]), std::move(items[5]), std::move(items[6])};
}

}  // namespace lsearch
