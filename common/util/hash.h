// Small, stable, non-cryptographic hashing for content fingerprints and keys.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lsearch {

inline constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;

// FNV-1a 64: stable across runs and platforms (it is stored in the index).
constexpr std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed = kFnvOffset) {
  std::uint64_t h = seed;
  for (char c : data) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

// 16 lower-case hex digits.
std::string hex64(std::uint64_t value);

}  // namespace lsearch
