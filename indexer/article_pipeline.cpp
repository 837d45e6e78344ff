#include "indexer/article_pipeline.h"

#include <chrono>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_set>

#include "common/util/hash.h"
#include "indexer/corpus/corpus_reader.h"
#include "indexer/document_builder.h"
#include "indexer/work_queue.h"

namespace lsearch {
namespace {

struct WorkItem {
  Article article;
  std::string hash;
  std::size_t file;
  bool replaces;
};

// Articles travel in batches: one queue hand-over (and thread wake-up) per
// batch instead of per article.
using Batch = std::vector<WorkItem>;
using Queue = WorkQueue<Batch>;
constexpr std::size_t kQueueCapacity = 32;  // batches
constexpr std::size_t kBatchArticles = 16;
constexpr std::size_t kBatchBytes = 256u << 10;

}  // namespace

ArticlePipeline::ArticlePipeline(const Analyzer& analyzer, const NewsAnalyzer& news,
                                 std::string settings_fingerprint, const IndexOptions& options,
                                 Diagnostics& diagnostics, FacetDictionary& facet_dictionary)
    : analyzer_(analyzer),
      news_(news),
      settings_(std::move(settings_fingerprint)),
      options_(options),
      diagnostics_(diagnostics),
      facet_dictionary_(facet_dictionary) {}

bool ArticlePipeline::cancelled() const {
  return failed_ || (options_.cancel != nullptr && options_.cancel->load());
}

void ArticlePipeline::read_all(const std::vector<CorpusFile>& files, const Hooks& hooks, void* q) {
  auto& queue = *static_cast<Queue*>(q);
  std::unordered_set<std::uint64_t> seen_ids;
  IndexProgress progress;
  for (const auto& f : files) progress.bytes_total += f.size;
  auto last_report = std::chrono::steady_clock::now();
  auto report = [&](bool force) {
    if (!options_.on_progress) return;
    auto now = std::chrono::steady_clock::now();
    if (!force && now - last_report < std::chrono::milliseconds(250)) return;
    last_report = now;
    progress.articles_done = articles_done_;
    options_.on_progress(progress);
  };

  Batch batch;
  std::size_t batch_bytes = 0;
  auto send = [&] {
    if (batch.empty()) return;
    queue.push(std::move(batch));
    batch = Batch();
    batch.reserve(kBatchArticles);
    batch_bytes = 0;
  };

  for (std::size_t index = 0; index < files.size() && !cancelled(); ++index) {
    const CorpusFile& file = files[index];
    FileRead done;
    done.file = index;
    const bool keep_ids = hooks.wants_ids && hooks.wants_ids(index);
    done.complete = read_corpus_file(file, options_.limits, diagnostics_, [&](Article&& raw) {
      if (cancelled()) return;
      if (!seen_ids.insert(fnv1a64(raw.id)).second) {
        ++duplicates_;
        diagnostics_.warned(file.path,
                            "duplicate id '" + raw.id + "': the first occurrence is kept");
        return;
      }
      if (keep_ids) done.ids.push_back(raw.id);
      std::string hash = content_hash(raw, settings_ + ";origin=" + file.origin_key());
      bool replaces = false;
      if (!hooks.needs_indexing(raw, hash, index, replaces)) {
        ++unchanged_;
        return;
      }
      batch_bytes += raw.title.size() + raw.body.size();
      batch.push_back({std::move(raw), std::move(hash), index, replaces});
      if (batch.size() >= kBatchArticles || batch_bytes >= kBatchBytes) send();
      report(false);
    });
    if (cancelled()) done.complete = false;
    hooks.file_read(std::move(done));
    progress.bytes_done += file.size;
    report(false);
  }
  send();
  report(true);
}

void ArticlePipeline::run(const std::vector<CorpusFile>& files, unsigned jobs, const Hooks& hooks) {
  Queue queue(kQueueCapacity);
  std::mutex error_mutex;
  std::exception_ptr error;
  auto fail = [&](std::exception_ptr e) {
    std::lock_guard lock(error_mutex);
    if (!error) error = e;
    failed_ = true;
    queue.close();
  };

  std::vector<std::thread> workers;
  for (unsigned w = 0; w < jobs; ++w) {
    workers.emplace_back([&, w] {
      try {
        DocumentBuilder builder(analyzer_, facet_dictionary_);
        Vocabulary* shared_words = hooks.worker_vocabulary ? hooks.worker_vocabulary(w) : nullptr;
        while (auto batch = queue.pop()) {
          for (WorkItem& item : *batch) {
            if (failed_) break;
            Article& article = item.article;
            news_.understand(article);
            BuiltDocument built;
            built.text_bytes = article.title.size() + article.body.size();
            Vocabulary* words = shared_words != nullptr ? shared_words : &built.words;
            built.doc = builder.build(article, files[item.file].origin_key(), item.hash, words);
            built.id = std::move(article.id);
            built.file = item.file;
            built.replaces = item.replaces;
            text_bytes_ += built.text_bytes;
            hooks.built(w, std::move(built));
            ++articles_done_;
          }
        }
      } catch (...) {
        fail(std::current_exception());
      }
    });
  }
  try {
    read_all(files, hooks, &queue);
  } catch (...) {
    fail(std::current_exception());
  }
  queue.close();
  for (auto& t : workers) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace lsearch
