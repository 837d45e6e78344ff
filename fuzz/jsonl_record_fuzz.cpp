// Fuzz target: one JSON Lines record through parsing and understanding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/news/news_analyzer.h"
#include "indexer/corpus/jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lsearch::NewsAnalyzer news(lsearch::Gazetteer::builtin());
  lsearch::Diagnostics diagnostics;
  lsearch::Article article;
  std::string_view line(reinterpret_cast<const char*>(data), size);
  if (lsearch::parse_jsonl_record(line, "fuzz.jsonl:1", lsearch::ReadLimits{}, diagnostics,
                                  article))
    news.understand(article);
  return 0;
}
