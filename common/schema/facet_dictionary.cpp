#include "common/schema/facet_dictionary.h"

#include <charconv>
#include <cstdio>

namespace lsearch {
namespace {

void put_varint(std::string& out, std::uint32_t value) {
  do {
    auto byte = static_cast<unsigned char>(value & 0x7f);
    value >>= 7;
    if (value != 0) byte |= 0x80;
    out.push_back(static_cast<char>(byte));
  } while (value != 0);
}

std::size_t index_of(Facet facet) {
  return static_cast<std::size_t>(facet);
}

}  // namespace

std::array<std::vector<FacetOrdinal>, kFacets.size()> decode_facet_ordinals(
    std::string_view encoded) {
  std::array<std::vector<FacetOrdinal>, kFacets.size()> out;
  for_each_facet_ordinal(
      encoded, [&](Facet facet, FacetOrdinal ordinal) { out[index_of(facet)].push_back(ordinal); });
  return out;
}

std::optional<FacetOrdinal> month_ordinal(std::string_view yyyymm) {
  if (yyyymm.size() != 6) return std::nullopt;
  unsigned year = 0, month = 0;
  auto y = std::from_chars(yyyymm.data(), yyyymm.data() + 4, year);
  auto m = std::from_chars(yyyymm.data() + 4, yyyymm.data() + 6, month);
  if (y.ptr != yyyymm.data() + 4 || m.ptr != yyyymm.data() + 6 || month < 1 || month > 12)
    return std::nullopt;
  return year * 12 + month - 1;
}

std::string month_name(FacetOrdinal ordinal) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04u-%02u", ordinal / 12, ordinal % 12 + 1);
  return buf;
}

std::string facet_size_key(Facet facet) {
  return std::string(kMetaFacetPrefix) + facet_spec(facet).tag;
}

// Eight hex digits: keys sort in ordinal order, so the names of the values
// seen first in the corpus, which are most of the values a search shows, share
// a few B-tree blocks (decimal keys spread them: "10" sorts before "9").
std::string facet_name_key(Facet facet, FacetOrdinal ordinal) {
  char digits[16];
  std::snprintf(digits, sizeof digits, ":%08x", ordinal);
  return facet_size_key(facet) + digits;
}

std::string legacy_facet_name_key(Facet facet, FacetOrdinal ordinal) {
  return facet_size_key(facet) + "." + std::to_string(ordinal);
}

std::string facet_name(const Xapian::Database& db, Facet facet, FacetOrdinal ordinal) {
  if (!facet_spec(facet).dictionary) return month_name(ordinal);
  std::string name = db.get_metadata(facet_name_key(facet, ordinal));
  // An index whose entries were written before the hex keys (names are never empty).
  if (name.empty()) name = db.get_metadata(legacy_facet_name_key(facet, ordinal));
  return name;
}

FacetOrdinal facet_dictionary_size(const Xapian::Database& db, Facet facet) {
  if (!facet_spec(facet).dictionary) return 0;
  std::string size = db.get_metadata(facet_size_key(facet));
  FacetOrdinal n = 0;
  std::from_chars(size.data(), size.data() + size.size(), n);
  return n;
}

void FacetDictionary::load(const Xapian::Database& db) {
  std::lock_guard lock(mutex_);
  for (std::size_t f = 0; f < kNamed; ++f) {
    const Facet facet = kFacets[f].facet;
    const FacetOrdinal size = facet_dictionary_size(db, facet);
    names_[f].clear();
    ordinals_[f].clear();
    for (FacetOrdinal n = 0; n < size; ++n) {
      names_[f].push_back(facet_name(db, facet, n));
      ordinals_[f].emplace(names_[f].back(), n);
    }
    written_[f] = size;
  }
}

std::string FacetDictionary::encode(const FacetValues& values) {
  std::string out;
  std::lock_guard lock(mutex_);  // once per document: workers rarely wait
  std::vector<FacetOrdinal> ordinals;
  for (std::size_t f = 0; f < kFacets.size(); ++f) {
    ordinals.clear();
    for (const std::string& name : values[f]) {
      if (!kFacets[f].dictionary) {
        if (auto month = month_ordinal(name)) ordinals.push_back(*month);
        continue;
      }
      auto [it, added] =
          ordinals_[f].try_emplace(name, static_cast<FacetOrdinal>(names_[f].size()));
      if (added) names_[f].push_back(name);
      ordinals.push_back(it->second);
    }
    put_varint(out, static_cast<std::uint32_t>(ordinals.size()));
    for (FacetOrdinal ordinal : ordinals) put_varint(out, ordinal);
  }
  return out;
}

void FacetDictionary::write_new(Xapian::WritableDatabase& db) {
  std::lock_guard lock(mutex_);
  for (std::size_t f = 0; f < kNamed; ++f) {
    const Facet facet = kFacets[f].facet;
    if (written_[f] == names_[f].size()) continue;
    for (std::size_t n = written_[f]; n < names_[f].size(); ++n)
      db.set_metadata(facet_name_key(facet, static_cast<FacetOrdinal>(n)), names_[f][n]);
    db.set_metadata(facet_size_key(facet), std::to_string(names_[f].size()));
    written_[f] = names_[f].size();
  }
}

}  // namespace lsearch
