#include "indexer/article_pipeline.h"

#include <chrono>
#include <memory>
#include <unordered_map>

#include "common/util/hash.h"
#include "indexer/consumer_threads.h"
#include "indexer/corpus/corpus_reader.h"
#include "indexer/document_builder.h"

namespace lsearch {

struct ArticlePipeline::WorkItem {
  Article article;
  std::string hash;
  std::size_t file;
  bool replaces;
};

namespace {

// Articles travel in batches: one queue hand-over (and thread wake-up) per
// batch instead of per article.
using Batch = std::vector<ArticlePipeline::WorkItem>;
using Workers = ConsumerThreads<Batch>;
constexpr std::size_t kQueueCapacity = 32;  // batches
constexpr std::size_t kBatchArticles = 16;
constexpr std::size_t kBatchBytes = 256u << 10;
constexpr auto kProgressEvery = std::chrono::milliseconds(250);

// Where an id was first found in this run: file index and line.
struct Place {
  std::uint32_t file;
  std::uint32_t line;
};

std::string place_name(const CorpusFile& file, std::size_t line) {
  return file.format == CorpusFormat::kTxt ? file.path : file.path + ":" + std::to_string(line);
}

}  // namespace

// The reader thread: files in order, first holder of each id, batches to the workers.
class PipelineReader {
 public:
  PipelineReader(ArticlePipeline& pipeline, const std::vector<CorpusFile>& files,
                 const ArticlePipeline::Hooks& hooks, Workers& workers)
      : p_(pipeline), files_(files), hooks_(hooks), workers_(workers) {
    for (const auto& f : files) progress_.bytes_total += f.size;
  }

  void read_all() {
    for (std::size_t index = 0; index < files_.size() && !p_.cancelled(); ++index) read(index);
    send();
    report(true);
  }

 private:
  void read(std::size_t index) {
    const CorpusFile& file = files_[index];
    FileRead done;
    done.file = index;
    const bool keep_ids = hooks_.wants_ids && hooks_.wants_ids(index);
    std::uint64_t in_file = 0;
    done.complete = read_corpus_file(
        file, p_.options_.limits, p_.diagnostics_,
        [&](Article&& raw, std::size_t line) {
          if (p_.cancelled() || !first_holder(raw, index, line, done)) return;
          if (!p_.options_.shard.owns(raw.id)) return;  // another shard's article
          if (keep_ids) done.ids.push_back(raw.id);
          take(std::move(raw), index, line, done);
          progress_.bytes_done = files_done_bytes_ + std::min(in_file, file.size);
          report(false);
        },
        &in_file);
    if (p_.cancelled()) done.complete = false;
    hooks_.file_read(std::move(done));
    files_done_bytes_ += file.size;
    progress_.bytes_done = files_done_bytes_;
    report(false);
  }

  // False (a reported duplicate) when an earlier article of this run has the id.
  bool first_holder(const Article& raw, std::size_t index, std::size_t line, FileRead& done) {
    const Place here{static_cast<std::uint32_t>(index), static_cast<std::uint32_t>(line)};
    auto [it, inserted] = seen_.try_emplace(fnv1a64(raw.id), here);
    if (inserted) return true;
    const Place first = it->second;
    if (first.file != index) done.lost_duplicates = true;
    duplicate(raw, index, line, place_name(files_[first.file], first.line));
    return false;
  }

  void duplicate(const Article& raw, std::size_t index, std::size_t line, const std::string& kept) {
    ++p_.duplicates_;
    p_.diagnostics_.skipped(place_name(files_[index], line),
                            "duplicate id '" + raw.id + "': " + kept + " holds it and keeps it");
  }

  void take(Article&& raw, std::size_t index, std::size_t line, FileRead& done) {
    std::string hash = content_hash(raw, p_.settings_ + ";origin=" + files_[index].origin_key());
    IndexDecision decision = hooks_.decide(raw, hash, index);
    if (decision.kind == IndexDecision::Kind::kUnchanged) {
      ++p_.unchanged_;
      return;
    }
    if (decision.kind == IndexDecision::Kind::kDuplicate) {
      done.lost_duplicates = true;
      return duplicate(raw, index, line, decision.held_by);
    }
    batch_bytes_ += raw.title.size() + raw.body.size();
    batch_.push_back({std::move(raw), std::move(hash), index, decision.replaces});
    if (batch_.size() >= kBatchArticles || batch_bytes_ >= kBatchBytes) send();
  }

  void send() {
    if (batch_.empty()) return;
    workers_.push(std::exchange(batch_, Batch()));
    batch_.reserve(kBatchArticles);
    batch_bytes_ = 0;
  }

  void report(bool force) {
    if (!p_.options_.on_progress) return;
    auto now = std::chrono::steady_clock::now();
    if (!force && now - last_report_ < kProgressEvery) return;
    last_report_ = now;
    progress_.articles_done = p_.articles_done_;
    p_.options_.on_progress(progress_);
  }

  ArticlePipeline& p_;
  const std::vector<CorpusFile>& files_;
  const ArticlePipeline::Hooks& hooks_;
  Workers& workers_;
  std::unordered_map<std::uint64_t, Place> seen_;
  IndexProgress progress_;
  std::uint64_t files_done_bytes_ = 0;
  std::chrono::steady_clock::time_point last_report_ = std::chrono::steady_clock::now();
  Batch batch_;
  std::size_t batch_bytes_ = 0;
};

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

void ArticlePipeline::build(unsigned worker, Batch& batch, const std::vector<CorpusFile>& files,
                            const Hooks& hooks, DocumentBuilder& builder) {
  Vocabulary* shared_words = hooks.worker_vocabulary ? hooks.worker_vocabulary(worker) : nullptr;
  for (WorkItem& item : batch) {
    if (failed_) return;
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
    hooks.built(worker, std::move(built));
    ++articles_done_;
  }
}

bool ShardFilter::owns(std::string_view id) const {
  return count <= 1 || fnv1a64(id) % count == index;
}

void ArticlePipeline::run(const std::vector<CorpusFile>& files, unsigned jobs, const Hooks& hooks) {
  std::vector<std::unique_ptr<DocumentBuilder>> builders;
  for (unsigned w = 0; w < jobs; ++w)
    builders.push_back(
        std::make_unique<DocumentBuilder>(analyzer_, facet_dictionary_, news_.gazetteer()));
  Workers workers(kQueueCapacity, jobs, [&](unsigned w, Batch&& batch) {
    try {
      build(w, batch, files, hooks, *builders[w]);
    } catch (...) {
      failed_ = true;  // the reader stops at its next article
      throw;
    }
  });
  try {
    PipelineReader(*this, files, hooks, workers).read_all();
  } catch (...) {
    failed_ = true;
    workers.fail(std::current_exception());
  }
  workers.finish();
}

}  // namespace lsearch
