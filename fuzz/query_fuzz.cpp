// Fuzz target: arbitrary query text (and the same text as filters) against a
// real index of the seed corpus, built once in a temporary directory.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "common/error.h"
#include "indexer/indexer.h"
#include "lsearch/searcher.h"

namespace {

lsearch::Searcher& searcher() {
  static lsearch::Searcher instance = [] {
    std::string dir = (std::filesystem::temp_directory_path() / "lsearch-fuzz-XXXXXX").string();
    dir = ::mkdtemp(dir.data());
    lsearch::IndexOptions options;
    options.db_path = dir + "/db";
    options.inputs = {std::string(LSEARCH_SOURCE_DIR) + "/corpus/seed"};
    lsearch::Diagnostics diagnostics;
    lsearch::run_index(options, diagnostics);
    return lsearch::Searcher::open(options.db_path);
  }();
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  for (int mode = 0; mode < 3; ++mode) {
    lsearch::SearchRequest request;
    request.limit = 3;
    if (mode == 0) request.query = text;
    if (mode == 1) {
      request.query = text;
      request.plain = true;
    }
    if (mode == 2) request.actors = {text};
    try {
      (void)searcher().search(request);
    } catch (const lsearch::QueryError&) {
      // A clear refusal is a valid answer; crashes and other errors are not.
    }
  }
  return 0;
}
