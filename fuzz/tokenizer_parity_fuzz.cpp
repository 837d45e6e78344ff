// Fuzz target: the tokenizer's ASCII fast path must give exactly ICU's tokens
// (offsets, normalised form, capitalisation, number flag). Non-ASCII bytes are
// mapped into ASCII so every input exercises the fast path; a difference aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "common/analysis/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  for (char& c : text) c = static_cast<char>(static_cast<unsigned char>(c) & 0x7F);
  const auto fast = lsearch::tokenize(text);
  const auto icu = lsearch::tokenize_with_icu(text);
  if (fast.size() != icu.size()) std::abort();
  for (std::size_t i = 0; i < fast.size(); ++i) {
    const auto& a = fast[i];
    const auto& b = icu[i];
    if (a.begin != b.begin || a.end != b.end || a.norm != b.norm ||
        a.capitalised != b.capitalised || a.numeric != b.numeric)
      std::abort();
  }
  return 0;
}
