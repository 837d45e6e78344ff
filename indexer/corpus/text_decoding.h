// Decoding raw bytes to UTF-8 text: valid UTF-8 passes; text that is mostly
// not UTF-8 is read as Windows-1252 (old newswire files); a few bad bytes
// become U+FFFD. Every change is reported as a repair with its reason.
#pragma once

#include <string>

#include "indexer/corpus/diagnostics.h"

namespace lsearch {

void decode_to_utf8(std::string& bytes, const std::string& where, Diagnostics& diagnostics);

}  // namespace lsearch
