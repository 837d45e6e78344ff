// A real index of a Reuters-21578 subset (every 7th record of
// ../shared/corpora/reuters21578), built in two lindex runs (a full build, then
// an incremental run adding the second half in small commits), for tests that
// compare with brute force. Built once per test binary.
#pragma once

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "indexer/corpus/byte_source.h"
#include "indexer/indexer.h"
#include "temp_dir.h"

namespace lsearch::testing {

class ReutersIndex {
 public:
  static const ReutersIndex& get() {
    static const ReutersIndex index;
    return index;
  }
  std::string db() const { return dir_.file("db"); }
  std::string corpus() const { return dir_.file("corpus"); }
  std::size_t articles() const { return articles_; }

 private:
  ReutersIndex() {
    const std::string source =
        std::string(LSEARCH_SHARED_DIR) + "/corpora/reuters21578/articles.jsonl.gz";
    if (!std::filesystem::exists(source))
      throw std::runtime_error(source + " is missing (configure with -DLSEARCH_SHARED_DIR=...)");
    std::ofstream first(dir_.write("corpus/part1.jsonl", ""));
    std::ofstream second(dir_.write("corpus-later/part2.jsonl", ""));
    std::size_t n = 0;
    for_each_line(source, true, 1 << 24, [&](std::string_view line, bool) {
      if (n++ % 7 != 0) return;
      (articles_ % 2 == 0 ? first : second) << line << '\n';
      ++articles_;
    });
    first.close();
    second.close();
    index({dir_.file("corpus")}, 50000);
    std::filesystem::rename(dir_.file("corpus-later/part2.jsonl"), dir_.file("corpus/part2.jsonl"));
    index({dir_.file("corpus")}, 97);  // many commits, each with new dictionary entries
  }
  void index(std::vector<std::string> inputs, std::size_t commit_every) {
    IndexOptions options;
    options.db_path = db();
    options.inputs = std::move(inputs);
    options.commit_every = commit_every;
    options.jobs = 2;
    Diagnostics diagnostics;
    run_index(options, diagnostics);
  }

  TempDir dir_;
  std::size_t articles_ = 0;
};

}  // namespace lsearch::testing
