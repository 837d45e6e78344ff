// ArticlePipeline: the threads of an index run. One reader thread walks the
// files to read, keeps the first holder of each id (a later one is a reported
// duplicate) and asks the run what to do with each article (content hash,
// holder in the index); worker threads understand articles (NewsAnalyzer) and
// build documents (DocumentBuilder), then hand them to the run. Full builds
// write from the workers into their own shards; incremental runs pass
// documents to one writer thread. Memory is bounded by the queue.
#pragma once

#include <xapian.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/analysis/analyzer.h"
#include "common/news/news_analyzer.h"
#include "indexer/corpus/corpus_file.h"
#include "indexer/corpus/diagnostics.h"
#include "indexer/document_builder.h"
#include "indexer/index_options.h"

namespace lsearch {

struct BuiltDocument {
  Xapian::Document doc;
  std::string id;
  std::size_t file = 0;   // index into the files given to run()
  bool replaces = false;  // an older version is in the index
  std::uint64_t text_bytes = 0;
  Vocabulary words;  // for the spelling table
};

struct FileRead {
  std::size_t file = 0;
  bool complete = true;          // read to its end (false: keep its articles, read it again)
  bool lost_duplicates = false;  // ids it holds are kept from another file: read it again
  std::vector<std::string> ids;  // every id it holds, if Hooks::wants_ids asked for them
};

// What the run decides for one article the reader found.
struct IndexDecision {
  enum class Kind { kIndex, kUnchanged, kDuplicate };
  Kind kind = Kind::kIndex;
  bool replaces = false;  // kIndex: an older version is in the index
  std::string held_by;    // kDuplicate: the file that keeps the id
};

class ArticlePipeline {
 public:
  struct Hooks {
    // Reader thread, for each article whose id no earlier file of this run holds.
    std::function<IndexDecision(const Article& raw, const std::string& hash, std::size_t file)>
        decide;
    // Reader thread, after each file.
    std::function<void(FileRead&&)> file_read;
    // Reader thread: should FileRead::ids list this file's ids? (unset: no)
    std::function<bool(std::size_t file)> wants_ids;
    // Worker thread `worker` (0..jobs-1), for each built document.
    std::function<void(unsigned worker, BuiltDocument&&)> built;
    // Worker thread: where it counts the words of its documents (unset:
    // each BuiltDocument carries its own words).
    std::function<Vocabulary*(unsigned worker)> worker_vocabulary;
  };

  ArticlePipeline(const Analyzer& analyzer, const NewsAnalyzer& news,
                  std::string settings_fingerprint, const IndexOptions& options,
                  Diagnostics& diagnostics, FacetDictionary& facet_dictionary);

  // Runs to completion (or cancellation); rethrows the first worker error.
  void run(const std::vector<CorpusFile>& files, unsigned jobs, const Hooks& hooks);

  std::size_t duplicates() const { return duplicates_; }
  std::size_t unchanged() const { return unchanged_; }
  std::uint64_t text_bytes() const { return text_bytes_; }
  bool cancelled() const;

  struct WorkItem;  // an article on its way to a worker (article_pipeline.cpp)

 private:
  friend class PipelineReader;
  void build(unsigned worker, std::vector<WorkItem>& batch, const std::vector<CorpusFile>& files,
             const Hooks& hooks, DocumentBuilder& builder);

  const Analyzer& analyzer_;
  const NewsAnalyzer& news_;
  std::string settings_;
  const IndexOptions& options_;
  Diagnostics& diagnostics_;
  FacetDictionary& facet_dictionary_;
  std::size_t duplicates_ = 0;
  std::size_t unchanged_ = 0;
  std::atomic<std::uint64_t> text_bytes_{0};
  std::atomic<std::size_t> articles_done_{0};
  std::atomic<bool> failed_{false};
};

}  // namespace lsearch
