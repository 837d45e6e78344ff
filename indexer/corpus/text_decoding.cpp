#include "indexer/corpus/text_decoding.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "common/util/text.h"

namespace lsearch {
namespace {

struct Utf8Stats {
  std::size_t invalid = 0;
  std::size_t multibyte = 0;
};

Utf8Stats scan(const std::string& s) {
  Utf8Stats stats;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const auto length = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0)
      ++stats.invalid;
    else if (i - start > 1)
      ++stats.multibyte;
  }
  return stats;
}

}  // namespace

void decode_to_utf8(std::string& bytes, const std::string& where, Diagnostics& diagnostics) {
  Utf8Stats stats = scan(bytes);
  if (stats.invalid == 0) return;
  if (stats.invalid > stats.multibyte) {
    icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1252");
    std::string out;
    text.toUTF8String(out);
    bytes = std::move(out);
    diagnostics.repaired(where, "not valid UTF-8; read as Windows-1252");
    return;
  }
  std::size_t replaced = repair_utf8(bytes);
  diagnostics.repaired(
      where, std::to_string(replaced) + " invalid UTF-8 sequence(s) replaced with U+FFFD");
}

}  // namespace lsearch
