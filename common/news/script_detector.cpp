#include "common/news/script_detector.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>

namespace lsearch {
namespace {

Script classify(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode code = uscript_getScript(c, &status);
  if (U_FAILURE(status)) return Script::kUnknown;
  switch (code) {
    case USCRIPT_LATIN:
      return Script::kLatin;
    case USCRIPT_ARABIC:
      return Script::kArabic;
    case USCRIPT_CYRILLIC:
      return Script::kCyrillic;
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED:
      return Script::kUnknown;
    default:
      return Script::kOther;
  }
}

Script majority(std::string_view text) {
  std::array<std::size_t, 5> counts{};
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    if (bytes[i] < 0x80) {  // ASCII: most of most news text
      const auto lower = static_cast<uint8_t>(bytes[i++] | 0x20);
      if (lower >= 'a' && lower <= 'z') ++counts[static_cast<std::size_t>(Script::kLatin)];
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !u_isalpha(c)) continue;
    ++counts[static_cast<std::size_t>(classify(c))];
  }
  std::size_t best = 0;
  for (std::size_t s = 1; s < counts.size(); ++s)
    if (counts[s] > counts[best]) best = s;
  return counts[best] == 0 ? Script::kUnknown : static_cast<Script>(best);
}

}  // namespace

Script dominant_script(std::string_view text) {
  return majority(text.substr(0, 65536));
}

bool is_foreign_script_line(std::string_view line, Script article_script) {
  if (line.size() >= 120 || article_script == Script::kUnknown) return false;
  Script script = majority(line);
  return script != Script::kUnknown && script != article_script;
}

}  // namespace lsearch
