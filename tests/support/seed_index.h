// Builds a real index of corpus/seed (plus optional extra articles) in a
// temporary directory, for searcher tests.
#pragma once

#include <filesystem>

#include "indexer/indexer.h"
#include "temp_dir.h"

namespace lsearch::testing {

class SeedIndex {
 public:
  explicit SeedIndex(const std::vector<std::pair<std::string, std::string>>& extra = {}) {
    std::filesystem::create_directories(dir_.file("corpus"));
    std::filesystem::copy(std::string(LSEARCH_SOURCE_DIR) + "/corpus/seed",
                          dir_.file("corpus/seed"), std::filesystem::copy_options::recursive);
    for (const auto& [name, text] : extra) dir_.write("corpus/" + name, text);
    IndexOptions options;
    options.db_path = dir_.file("db");
    options.inputs = {dir_.file("corpus")};
    Diagnostics diagnostics;
    run_index(options, diagnostics);
  }
  std::string db() const { return dir_.file("db"); }
  const TempDir& dir() const { return dir_; }

 private:
  TempDir dir_;
};

}  // namespace lsearch::testing
