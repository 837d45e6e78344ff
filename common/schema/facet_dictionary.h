// Facet ordinals: each facet value of a database as a small integer, so that
// counting a match is a few array increments (Lucene's ordinals). lindex
// assigns them (FacetDictionary, shared by its worker threads) and stores the
// dictionary in the index metadata, committed with the documents that use it;
// the searcher reads names only for the values it shows (facet_name). The
// document's ordinals are in kSlotFacetOrdinals (fields.h): per facet, in
// kFacets order, a varint count then varint ordinals. Months need no
// dictionary: their ordinal is year * 12 + month - 1.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/schema/fields.h"

namespace lsearch {

// Prefix of the dictionary's metadata keys (one per facet value, and its size).
inline constexpr std::string_view kMetaFacetPrefix = "lsearch.facet.";

using FacetOrdinal = std::uint32_t;

// One document's facet values, by facet (kFacets order).
using FacetValues = std::array<std::vector<std::string>, kFacets.size()>;

// Calls f(Facet, FacetOrdinal) for each ordinal of a kSlotFacetOrdinals value,
// without allocating (the facet spy's hot path). Stops quietly at bad bytes.
template <typename F>
void for_each_facet_ordinal(std::string_view encoded, F&& f) {
  std::size_t i = 0;
  auto varint = [&](std::uint32_t& out) {
    out = 0;
    for (int shift = 0; i < encoded.size() && shift < 32; shift += 7) {
      auto byte = static_cast<unsigned char>(encoded[i++]);
      out |= static_cast<std::uint32_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return true;
    }
    return false;
  };
  for (const FacetSpec& spec : kFacets) {
    std::uint32_t n = 0;
    if (!varint(n)) return;
    for (std::uint32_t k = 0; k < n; ++k) {
      std::uint32_t ordinal = 0;
      if (!varint(ordinal)) return;
      f(spec.facet, ordinal);
    }
  }
}

// The ordinals of one document (for callers that want lists, e.g. timelines).
std::array<std::vector<FacetOrdinal>, kFacets.size()> decode_facet_ordinals(
    std::string_view encoded);

// "YYYYMM" <-> month ordinal; nullopt / "" when malformed.
std::optional<FacetOrdinal> month_ordinal(std::string_view yyyymm);
std::string month_name(FacetOrdinal ordinal);  // "YYYY-MM"

// Metadata keys: facet_size_key(facet) holds the number of ordinals assigned,
// facet_name_key(facet, n) the name of ordinal n (`TAG:%08x`, in ordinal
// order); entries written before 2026-12-02 have legacy_facet_name_key
// (`TAG.n`, decimal), which facet_name and FacetDictionary::load still read.
std::string facet_size_key(Facet facet);
std::string facet_name_key(Facet facet, FacetOrdinal ordinal);
std::string legacy_facet_name_key(Facet facet, FacetOrdinal ordinal);

// The name of an ordinal in `db` ("" when unknown); months are computed.
std::string facet_name(const Xapian::Database& db, Facet facet, FacetOrdinal ordinal);
// How many ordinals `db` has assigned to `facet` (0 for months).
FacetOrdinal facet_dictionary_size(const Xapian::Database& db, Facet facet);

// The indexer's side: name -> ordinal, assigning new ordinals. Thread-safe.
class FacetDictionary {
 public:
  // Starts from the dictionary stored in `db` (incremental runs).
  void load(const Xapian::Database& db);
  // The encoded kSlotFacetOrdinals value of a document with these values.
  std::string encode(const FacetValues& values);
  // Writes the entries assigned since the last write; call before the commit
  // that makes documents using them visible.
  void write_new(Xapian::WritableDatabase& db);

 private:
  static constexpr std::size_t kNamed = kFacets.size() - 1;  // all but months
  std::mutex mutex_;
  std::array<std::unordered_map<std::string, FacetOrdinal>, kNamed> ordinals_;
  std::array<std::vector<std::string>, kNamed> names_;  // ordinal -> name
  std::array<std::size_t, kNamed> written_{};
};

}  // namespace lsearch
