// Limits that keep one bad input from exhausting memory.
#pragma once

#include <cstddef>

namespace lsearch {

struct ReadLimits {
  std::size_t max_article_bytes = 16u << 20;  // a .txt file or one JSONL line
  std::size_t max_json_depth = 64;
};

}  // namespace lsearch
