// The one rule for which gaps keep two words in one name: the entity
// extractor joins name words with it and the snippet highlighter merges
// adjacent matches with it, so a name is highlighted as it was extracted.
#pragma once

#include <cstddef>
#include <string_view>

namespace lsearch {

// True when text[from, to) (the bytes between two words) keeps them in one
// name: at most 3 spaces or hyphens, an ampersand ("Procter & Gamble"), or
// one line break with its indentation (wire copy wraps lines inside names:
// "Bank of\n  England"). A blank line, a comma or any other punctuation ends
// a name.
bool joins_name_words(std::string_view text, std::size_t from, std::size_t to);

}  // namespace lsearch
