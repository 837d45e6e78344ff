// normalize_text() that remembers where each byte of its result came from in
// the original text, for pointing back into it (common/analysis/index_words,
// the snippet highlighter). Thread-safe. Linear in the text's length beyond
// what ICU's normalisation of a space-free run costs (normalize_text's too).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lsearch {

// Byte k of `text` was made from bytes [source_begin[k], source_end[k]) of the
// original: one character and its combining marks, or a whole space-free run
// in the rare case where folding characters one by one would not give
// normalize_text's result. Bytes the normaliser drops (a possessive 's, an
// acronym's dots, a tatweel) belong to the byte before them.
struct NormalizedText {
  std::string text;  // normalize_text(original), exactly
  std::vector<std::uint32_t> source_begin, source_end;
};

// Texts up to 4 GiB (offsets are 32-bit: 8 bytes per byte of text).
NormalizedText normalize_text_mapped(std::string_view utf8);

}  // namespace lsearch
