// Text laid out for a terminal: how many columns a string takes, and a line
// wrapped to the terminal's width. The text printer wraps hits, snippets and
// facet lines with it when stdout is a terminal (never when piped, like git
// and ripgrep). Input is text that went through display_text (valid UTF-8, no
// controls of the corpus's own) plus the printer's colour codes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lsearch {

// Terminal columns of `text`: wide characters (East Asian Wide and Fullwidth:
// CJK, most emoji) take 2, combining marks and zero-width format characters 0,
// ANSI escape sequences (ESC [ ... final byte) 0, everything else 1.
std::size_t display_width(std::string_view text);

// `line` broken at spaces into lines of at most `width` columns; each line
// after the first starts with `indent`. Spaces at a break are dropped. A word
// wider than a line is cut between characters: never inside a UTF-8 sequence,
// an escape sequence or a character with its combining marks, and a wide
// character is never split across lines. `width` 0 (not a terminal): `line`
// unchanged.
std::string wrap_to_width(std::string_view line, std::size_t width, std::string_view indent);

}  // namespace lsearch
