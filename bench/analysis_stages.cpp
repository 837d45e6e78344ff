// Measures the CPU cost of each stage of the article pipeline on one corpus
// file, single-threaded: reading JSON, cleaning, entity extraction, date
// mentions, and document building (Xapian TermGenerator). Prints MB/s per stage,
// and the name finder's worst case (issue 11): one 4 MB record of distinct
// capitalised words, which cost about an hour per MiB when it was quadratic.
#include <chrono>
#include <cstdio>
#include <vector>

#include "common/analysis/analyzer.h"
#include "common/news/cleaner.h"
#include "common/news/date_mentions.h"
#include "common/news/entity_extractor.h"
#include "common/news/near_duplicate.h"
#include "common/news/news_analyzer.h"
#include "indexer/corpus/corpus_reader.h"
#include "indexer/document_builder.h"

using namespace lsearch;
using Clock = std::chrono::steady_clock;

namespace {

// "Xqa Xqb ...": distinct capitalised words, none a known name.
std::string capitalised_words(std::size_t bytes) {
  std::string text;
  text.reserve(bytes + 16);
  for (unsigned i = 0; text.size() < bytes; ++i) {
    std::string word = "Xq";
    for (unsigned v = i; v > 0 || word.size() < 4; v /= 26) word.push_back(char('a' + v % 26));
    text += word;
    text += ' ';
  }
  return text;
}

template <typename F>
double seconds_of(F&& f) {
  auto start = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Seconds of each stage over all articles, in pipeline order.
struct StageTimes {
  double read = 0, clean = 0, entities = 0, dates = 0, understand = 0, near_duplicate = 0,
         build = 0;
};

// Reads the corpus file (timed: the read + parse stage).
std::vector<Article> read_articles(const char* path, StageTimes& times) {
  CorpusFile file;
  file.path = path;
  format_of(file.path, file.format);
  Diagnostics diagnostics;
  std::vector<Article> articles;
  times.read = seconds_of([&] {
    read_corpus_file(file, ReadLimits{}, diagnostics,
                     [&](Article&& a) { articles.push_back(std::move(a)); });
  });
  return articles;
}

// Times the stages after reading; `extractor` also measures the worst case afterwards.
void time_stages(const std::vector<Article>& articles, const Gazetteer& gazetteer,
                 const EntityExtractor& extractor, StageTimes& times) {
  Cleaner cleaner;
  NewsAnalyzer news(gazetteer);
  Analyzer analyzer;
  FacetDictionary facet_dictionary;
  DocumentBuilder builder(analyzer, facet_dictionary, gazetteer);
  times.clean = seconds_of([&] {
    for (const auto& a : articles) (void)cleaner.clean(a.body);
  });
  times.entities = seconds_of([&] {
    for (const auto& a : articles) (void)extractor.extract(a.body);
  });
  times.dates = seconds_of([&] {
    for (const auto& a : articles) (void)find_date_mentions(a.body, 2020);
  });
  std::vector<Article> understood = articles;
  times.understand = seconds_of([&] {
    for (auto& a : understood) news.understand(a);
  });
  // The near-duplicate key alone (it is part of "build document").
  times.near_duplicate = seconds_of([&] {
    for (const auto& a : understood) (void)near_duplicate_key(a.title, a.body);
  });
  times.build = seconds_of([&] {
    for (const auto& a : understood) (void)builder.build(a, "origin", "hash");
  });
}

void print_stages(const StageTimes& times, double mb) {
  std::printf("%-28s %8s %8s\n", "stage (1 thread)", "seconds", "MB/s");
  auto row = [&](const char* name, double s) {
    std::printf("%-28s %8.2f %8.1f\n", name, s, mb / s);
  };
  row("read + parse", times.read);
  row("clean", times.clean);
  row("entities", times.entities);
  row("date mentions", times.dates);
  row("understand (all of above)", times.understand);
  row("near-duplicate key", times.near_duplicate);
  row("build document", times.build);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_analysis_stages CORPUS.jsonl[.gz]\n");
    return 2;
  }
  StageTimes times;
  const std::vector<Article> articles = read_articles(argv[1], times);
  double mb = 0;
  for (const auto& a : articles) mb += static_cast<double>(a.title.size() + a.body.size()) / 1e6;
  Gazetteer gazetteer = Gazetteer::builtin();
  EntityExtractor extractor(gazetteer, NameLexicon::builtin());
  time_stages(articles, gazetteer, extractor, times);
  const std::string worst = capitalised_words(std::size_t{4} << 20);
  double worst_s = seconds_of([&] { (void)extractor.extract(worst); });
  std::printf("corpus %s: %zu articles, %.1f MB of text\n", argv[1], articles.size(), mb);
  print_stages(times, mb);
  std::printf("%-28s %8.2f %8.1f\n", "entities, 4 MB capitalised", worst_s,
              static_cast<double>(worst.size()) / 1e6 / worst_s);
  return 0;
}
