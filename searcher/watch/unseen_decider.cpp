#include "searcher/watch/unseen_decider.h"

#include <string>

#include "common/schema/fields.h"
#include "common/schema/value_codec.h"
#include "common/util/hash.h"

namespace lsearch {
namespace {

std::uint64_t parse_hex64(std::string_view hex) {
  std::uint64_t value = 0;
  for (char c : hex) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0) return 0;
    value = value << 4 | static_cast<std::uint64_t>(digit);
  }
  return value;
}

// The id: the first item of the summary slot, read without decoding the rest.
std::string_view summary_id(const std::string& summary) {
  std::string_view id;
  bool first = true;
  for_each_list_item(summary, [&](std::string_view item) {
    if (first) id = item;
    first = false;
  });
  return id;
}

}  // namespace

std::uint64_t article_key(std::string_view id) {
  return fnv1a64(id);
}

bool UnseenDecider::operator()(const Xapian::Document& doc) const {
  const std::string summary = doc.get_value(kSlotSummary);
  const std::uint64_t key = article_key(summary_id(summary));
  const std::uint64_t hash = parse_hex64(doc.get_value(kSlotArticleHash));
  if (record_ != nullptr) (*record_)[key] = hash;
  auto it = seen_.find(key);
  return it == seen_.end() || it->second != hash;
}

}  // namespace lsearch
