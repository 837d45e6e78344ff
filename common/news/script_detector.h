// Which writing system a text is mostly in, so that a lone share button in
// Arabic under an English article ("مشاركة :") can be recognised as furniture.
#pragma once

#include <string_view>

namespace lsearch {

enum class Script { kUnknown, kLatin, kArabic, kCyrillic, kOther };

// The script of most letters in the text (first 64 KiB).
Script dominant_script(std::string_view text);
// A short line (< 120 bytes) whose letters are in another script than the article's.
bool is_foreign_script_line(std::string_view line, Script article_script);

}  // namespace lsearch
