// Real indexes and queries for tests that compare a page with Xapian's own:
// the Libya headlines (16.7k titles, many of equal length that tie in weight,
// and many wire copies), and single stems and OR pairs as a free-text search
// gives them. Built once per test binary.
#pragma once

#include <xapian.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "common/index_layout.h"
#include "indexer/indexer.h"
#include "temp_dir.h"

namespace lsearch::testing {

// The Libya headlines, indexed once by lindex's library.
inline std::string headlines_index() {
  static TempDir dir;
  static const bool built = [] {
    IndexOptions options;
    options.db_path = dir.file("db");
    options.inputs = {std::string(LSEARCH_SHARED_DIR) +
                      "/corpora/reuters_headlines_libya/articles.jsonl.gz"};
    options.jobs = 2;
    Diagnostics diagnostics;
    run_index(options, diagnostics);
    return true;
  }();
  (void)built;
  return dir.file("db");
}

// The generation directory of an lindex index (where its facet column is).
inline std::string generation_of(const std::string& index) {
  return index + "/" + stub_generation(read_index_stub(index)).value();
}

// Single words' stems (every 7th of those in 5+ documents, and the 40 most
// common) and OR pairs of neighbours among them.
inline std::vector<Xapian::Query> queries_of(const Xapian::Database& db) {
  std::vector<std::pair<Xapian::doccount, std::string>> words;
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) {
    const std::string term = *it;
    if (term.size() > 2 && term[0] == 'Z' && term[1] >= 'a' && term[1] <= 'z' &&
        it.get_termfreq() >= 5)
      words.emplace_back(it.get_termfreq(), term);
  }
  std::vector<Xapian::Query> queries;
  for (std::size_t i = 0; i < words.size(); i += 7) queries.emplace_back(words[i].second);
  for (std::size_t i = 7; i < words.size(); i += 14)
    queries.emplace_back(Xapian::Query::OP_OR, Xapian::Query(words[i - 7].second),
                         Xapian::Query(words[i].second));
  std::sort(words.rbegin(), words.rend());
  for (std::size_t i = 0; i < std::min<std::size_t>(40, words.size()); ++i)
    queries.emplace_back(words[i].second);
  return queries;
}

}  // namespace lsearch::testing
