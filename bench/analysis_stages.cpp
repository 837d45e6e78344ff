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

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_analysis_stages CORPUS.jsonl[.gz]\n");
    return 2;
  }
  CorpusFile file;
  file.path = argv[1];
  format_of(file.path, file.format);
  Diagnostics diagnostics;
  std::vector<Article> articles;
  double read_s = seconds_of([&] {
    read_corpus_file(file, ReadLimits{}, diagnostics,
                     [&](Article&& a) { articles.push_back(std::move(a)); });
  });
  double mb = 0;
  for (const auto& a : articles) mb += static_cast<double>(a.title.size() + a.body.size()) / 1e6;

  Gazetteer gazetteer = Gazetteer::builtin();
  Cleaner cleaner;
  EntityExtractor extractor(gazetteer, NameLexicon::builtin());
  NewsAnalyzer news(gazetteer);
  Analyzer analyzer;
  FacetDictionary facet_dictionary;
  DocumentBuilder builder(analyzer, facet_dictionary, gazetteer);

  double clean_s = seconds_of([&] {
    for (const auto& a : articles) (void)cleaner.clean(a.body);
  });
  double entity_s = seconds_of([&] {
    for (const auto& a : articles) (void)extractor.extract(a.body);
  });
  double dates_s = seconds_of([&] {
    for (const auto& a : articles) (void)find_date_mentions(a.body, 2020);
  });
  std::vector<Article> understood = articles;
  double understand_s = seconds_of([&] {
    for (auto& a : understood) news.understand(a);
  });
  // The near-duplicate key alone (it is part of "build document").
  double dup_s = seconds_of([&] {
    for (const auto& a : understood) (void)near_duplicate_key(a.title, a.body);
  });
  double build_s = seconds_of([&] {
    for (const auto& a : understood) (void)builder.build(a, "origin", "hash");
  });
  const std::string worst = capitalised_words(std::size_t{4} << 20);
  double worst_s = seconds_of([&] { (void)extractor.extract(worst); });
  std::printf("corpus %s: %zu articles, %.1f MB of text\n", argv[1], articles.size(), mb);
  std::printf("%-28s %8s %8s\n", "stage (1 thread)", "seconds", "MB/s");
  auto row = [&](const char* name, double s) {
    std::printf("%-28s %8.2f %8.1f\n", name, s, mb / s);
  };
  row("read + parse", read_s);
  row("clean", clean_s);
  row("entities", entity_s);
  row("date mentions", dates_s);
  row("understand (all of above)", understand_s);
  row("near-duplicate key", dup_s);
  row("build document", build_s);
  std::printf("%-28s %8.2f %8.1f\n", "entities, 4 MB capitalised", worst_s,
              static_cast<double>(worst.size()) / 1e6 / worst_s);
  return 0;
}
