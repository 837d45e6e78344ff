// Fuzz target: a .txt article's bytes through reading and understanding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/news/news_analyzer.h"
#include "indexer/corpus/txt_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lsearch::NewsAnalyzer news(lsearch::Gazetteer::builtin());
  lsearch::Diagnostics diagnostics;
  auto article = lsearch::parse_txt_article(std::string(reinterpret_cast<const char*>(data), size),
                                            "fuzz.txt", "fuzz.txt", diagnostics);
  if (article) news.understand(*article);
  return 0;
}
