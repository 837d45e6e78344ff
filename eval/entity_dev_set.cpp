#include "eval/entity_dev_set.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace lsearch {

void Tally::print(const std::string& label) const {
  double p = predicted ? static_cast<double>(true_positive) / static_cast<double>(predicted) : 0;
  double r = expected ? static_cast<double>(true_positive) / static_cast<double>(expected) : 0;
  double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  std::printf("%-40s precision %.3f  recall %.3f  F1 %.3f  (%zu found, %zu expected, %zu right)\n",
              label.c_str(), p, r, f, predicted, expected, true_positive);
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

namespace {

// articles.jsonl: one JSON object a line (corpus, id, title, text).
std::map<std::string, DevArticle> read_articles(const std::string& path) {
  std::map<std::string, DevArticle> articles;
  std::istringstream lines(slurp(path));
  std::string line;
  while (std::getline(lines, line)) {
    auto rec = nlohmann::json::parse(line, nullptr, false);
    if (!rec.is_object()) continue;
    DevArticle& a = articles[rec.value("id", "")];
    a.corpus = rec.value("corpus", "");
    a.title = rec.value("title", "");
    a.text = rec.value("text", "");
  }
  return articles;
}

// labels.tsv: corpus, id, kind, canonical, aliases seen (| between), place type.
void read_labels(const std::string& path, std::map<std::string, DevArticle>& articles) {
  std::istringstream labels(slurp(path));
  std::string line;
  while (std::getline(labels, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::istringstream f(line);
    for (std::string col; std::getline(f, col, '\t');) cols.push_back(col);
    if (cols.size() < 6 || !articles.count(cols[1])) continue;
    GoldEntity g{cols[2], cols[2] == "place" ? cols[5] : "", {Gazetteer::key_of(cols[3])}, cols[3]};
    if (cols[4] != "-") {
      std::istringstream aliases(cols[4]);
      for (std::string alias; std::getline(aliases, alias, '|');)
        g.names.push_back(Gazetteer::key_of(alias));
    }
    articles[cols[1]].gold.push_back(std::move(g));
  }
}

}  // namespace

std::map<std::string, DevArticle> read_dev_set(const std::string& dir) {
  std::map<std::string, DevArticle> articles = read_articles(dir + "/articles.jsonl");
  read_labels(dir + "/labels.tsv", articles);
  return articles;
}

namespace {

bool names_gold(const GoldEntity& g, const std::string& key) {
  return std::find(g.names.begin(), g.names.end(), key) != g.names.end();
}

// The keys a prediction answers to: its canonical name and, for an entity of the
// gazetteer, its aliases (naming conventions differ: "UN General Assembly" is the
// labels' "United Nations General Assembly").
std::vector<std::string> prediction_keys(const Gazetteer& g, const EntityMention& m) {
  std::vector<std::string> keys{Gazetteer::key_of(m.canonical)};
  if (const auto* candidates = g.find_key(keys.front()))
    for (std::size_t index : *candidates)
      if (g.entry(index).id == m.id)
        for (const auto& alias : g.entry(index).aliases)
          keys.push_back(Gazetteer::key_of(alias.starts_with('~') ? alias.substr(1) : alias));
  return keys;
}

// Scores one article's predictions of one group of kinds against its gold entities.
void score(const Gazetteer& gazetteer, const DevArticle& a,
           const std::vector<const EntityMention*>& predicted,
           const std::vector<const GoldEntity*>& gold, Tally& tally, bool verbose,
           const std::string& id, const char* label) {
  std::vector<bool> taken(gold.size(), false);
  tally.predicted += predicted.size();
  tally.expected += gold.size();
  for (const EntityMention* m : predicted) {
    const std::vector<std::string> keys = prediction_keys(gazetteer, *m);
    bool hit = false;
    for (std::size_t g = 0; g < gold.size() && !hit; ++g)
      for (const auto& key : keys)
        if (!hit && !taken[g] && names_gold(*gold[g], key)) taken[g] = hit = true;
    if (hit)
      ++tally.true_positive;
    else if (verbose)
      std::printf("  extra   %s %s %s: %s\n", a.corpus.c_str(), id.c_str(), label,
                  m->canonical.c_str());
  }
  if (verbose)
    for (std::size_t g = 0; g < gold.size(); ++g)
      if (!taken[g])
        std::printf("  missed  %s %s %s: %s\n", a.corpus.c_str(), id.c_str(), label,
                    gold[g]->canonical.c_str());
}

// The groups a dev article is scored in: what counts as predicted and as gold.
struct Group {
  const char* label;
  bool (*predicted)(const EntityMention&);
  bool (*gold)(const GoldEntity&);
  bool main;    // actors and places: also per corpus, and listed with --verbose
  bool listed;  // listed with --verbose (people too: a wrong person's type is read there)
};
const Group kGroups[] = {
    {"actors", [](const EntityMention& m) { return m.kind == EntityKind::kActor; },
     [](const GoldEntity& g) { return g.kind != "place"; }, true, true},
    {"places", [](const EntityMention& m) { return m.kind == EntityKind::kPlace; },
     [](const GoldEntity& g) { return g.kind == "place"; }, true, true},
    {"places without other", [](const EntityMention& m) { return m.kind == EntityKind::kPlace; },
     [](const GoldEntity& g) { return g.kind == "place" && g.place_type != "other"; }, false,
     false},
    {"people (typed person)", [](const EntityMention& m) { return m.type == ActorType::kPerson; },
     [](const GoldEntity& g) { return g.kind == "person"; }, false, true},
    {"organisations (typed org)",
     [](const EntityMention& m) { return m.type == ActorType::kOrganisation; },
     [](const GoldEntity& g) { return g.kind == "organisation"; }, false, false},
};

// "places without other": predictions that match an "other" gold place are not counted.
void drop_other_places(const DevArticle& a, std::vector<const EntityMention*>& predicted) {
  predicted.erase(std::remove_if(predicted.begin(), predicted.end(),
                                 [&](const EntityMention* m) {
                                   for (const auto& g : a.gold)
                                     if (g.place_type == "other" &&
                                         names_gold(g, Gazetteer::key_of(m->canonical)))
                                       return true;
                                   return false;
                                 }),
                  predicted.end());
}

// One article's entities scored in every group, into tallies by "group" and "corpus group".
void score_article(const NewsAnalyzer& news, const std::string& id, const DevArticle& a,
                   bool verbose, std::map<std::string, Tally>& tallies) {
  Article article;
  article.title = a.title;
  article.body = a.text;
  news.understand(article);
  for (const Group& group : kGroups) {
    std::vector<const EntityMention*> predicted;
    for (const auto& m : article.entities)
      if (group.predicted(m)) predicted.push_back(&m);
    std::vector<const GoldEntity*> gold;
    for (const auto& g : a.gold)
      if (group.gold(g)) gold.push_back(&g);
    if (std::string(group.label) == "places without other") drop_other_places(a, predicted);
    Tally scratch;
    const Gazetteer& g = news.gazetteer();
    score(g, a, predicted, gold, tallies[group.label], verbose && group.listed, id, group.label);
    score(g, a, predicted, gold, group.main ? tallies[a.corpus + " " + group.label] : scratch,
          false, id, group.label);
  }
}

}  // namespace

void Tally::add(const Tally& other) {
  true_positive += other.true_positive;
  predicted += other.predicted;
  expected += other.expected;
}

void print_tallies(const std::string& heading, std::map<std::string, Tally>& tallies,
                   const std::set<std::string>& corpora) {
  std::printf("%s\n", heading.c_str());
  for (const Group& group : kGroups) tallies[group.label].print(std::string("  ") + group.label);
  for (const auto& corpus : corpora)
    for (const char* label : {"actors", "places"})
      tallies[corpus + " " + label].print("  " + corpus + " " + label);
}

std::size_t dev_eval(const NewsAnalyzer& news, const std::string& dir, bool verbose,
                     std::map<std::string, Tally>& pooled) {
  const auto articles = read_dev_set(dir);
  std::map<std::string, Tally> tallies;
  for (const auto& [id, a] : articles) score_article(news, id, a, verbose, tallies);
  std::set<std::string> corpora;
  for (const auto& [id, a] : articles) corpora.insert(a.corpus);
  print_tallies("Dev set " + dir + " (" + std::to_string(articles.size()) +
                    " articles; rules in its README.md):",
                tallies, corpora);
  for (const auto& [label, tally] : tallies) pooled[label].add(tally);
  return articles.size();
}

void dev_eval_pooled(const NewsAnalyzer& news, const std::vector<std::string>& dirs, bool verbose) {
  std::map<std::string, Tally> pooled;
  std::size_t articles = 0;
  for (const auto& dir : dirs) articles += dev_eval(news, dir, verbose, pooled);
  if (dirs.size() < 2) return;
  std::set<std::string> corpora;
  for (const auto& [label, tally] : pooled) {
    const auto space = label.rfind(' ');
    const std::string last = space == std::string::npos ? label : label.substr(space + 1);
    if (space != std::string::npos && (last == "actors" || last == "places") &&
        label.find(' ') == space)
      corpora.insert(label.substr(0, space));
  }
  print_tallies("Pooled, " + std::to_string(dirs.size()) + " dev sets (" +
                    std::to_string(articles) + " articles):",
                pooled, corpora);
}

}  // namespace lsearch
