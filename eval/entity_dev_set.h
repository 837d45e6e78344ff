// The labelled entity dev set (eval/entities/dev: articles.jsonl + labels.tsv, rules in its
// README) and how lsearch-entity-eval scores the extractor on it: precision, recall and F1
// per kind and per corpus, names matched case-, accent- and possessive-insensitively
// against the canonical name or an alias seen, each gold entity matched at most once.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "common/news/news_analyzer.h"

namespace lsearch {

// Counts for precision and recall.
struct Tally {
  std::size_t true_positive = 0, predicted = 0, expected = 0;
  void print(const std::string& label) const;
  void add(const Tally& other);
};

struct GoldEntity {
  std::string kind;                // person, organisation, place
  std::string place_type;          // country, region, city, other; "" for actors
  std::vector<std::string> names;  // keys of the canonical name and the aliases seen
  std::string canonical;
};

struct DevArticle {
  std::string corpus, title, text;
  std::vector<GoldEntity> gold;
};

// The whole of a file ("" if it cannot be read).
std::string slurp(const std::string& path);

// articles.jsonl + labels.tsv of the dev set, by id.
std::map<std::string, DevArticle> read_dev_set(const std::string& dir);

// Scores the extractor on each dev set in `dirs` and prints its figures (with `verbose`, every
// miss and extra of the actors and places), then, for two sets or more, the figures of all
// their articles pooled.
void dev_eval_pooled(const NewsAnalyzer& news, const std::vector<std::string>& dirs, bool verbose);

}  // namespace lsearch
