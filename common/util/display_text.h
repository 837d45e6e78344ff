// Text from the corpus made safe for a terminal: every human-readable output of lsearch and lindex
// (titles, sources, ids, snippets, facet values, file names in messages) goes through it; JSON does
// not.
#pragma once

#include <string>
#include <string_view>

namespace lsearch {

// Returns `content` as one line that cannot drive a terminal:
// - C0 controls, DEL and C1 controls (U+0080..U+009F) become visible escapes (`\x1B`, `\x7F`,
//   `\u009B`), so ESC, CSI, OSC, BEL and BS sequences print as text instead of acting;
// - line breaks and tabs (`\n \r \t \v \f`, U+0085, U+2028, U+2029) collapse, with the spaces
// around
//   them, into one space, so a title can never start a line of its own;
// - bidi controls (U+202A..U+202E, U+2066..U+2069, U+200E, U+200F, U+061C) are removed, so content
//   cannot reorder what is printed after it;
// - invalid UTF-8 becomes U+FFFD.
// Everything else, including a literal backslash, is kept byte for byte.
std::string display_text(std::string_view content);

// The same, appended to `out` (printers build a line piece by piece).
void append_display_text(std::string& out, std::string_view content);

// One field of a line-oriented format (`lsearch -f ids`, `-f trec`): the bytes that would split
// the line or the field, or drive a terminal, become `%XX` (upper-case hex): C0 controls, space,
// DEL, `%` itself, and every byte of a C1 control, a bidi control, U+2028/U+2029 or invalid UTF-8.
// Percent-decoding gives the original back; ids without such bytes are unchanged.
std::string line_field_text(std::string_view content);

}  // namespace lsearch
