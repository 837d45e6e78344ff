// lsearch-entity-eval: precision and recall of entity extraction, per kind.
//  1. on hand-labelled articles (corpus/labels/seed.tsv): exact canonical names;
//  2. on Reuters-21578's places/people/orgs tags, a larger and rougher check:
//     a tag counts as found when the gazetteer resolves it (hyphens as spaces)
//     to an entity we extracted, or, for people, when an extracted actor's name
//     ends with the tag's surname.
//  3. on the labelled dev set (eval/entities/dev: articles.jsonl + labels.tsv,
//     rules in its README): precision, recall and F1 per kind and per corpus,
//     names matched case-, accent- and possessive-insensitively against the
//     canonical name or an alias seen; each gold entity matched at most once.
//   lsearch-entity-eval LABELS.tsv SEED_DIR [REUTERS.jsonl.gz] [--dev DIR [--verbose]]
//   lsearch-entity-eval --dev DIR --show ID   (the entities found in one dev article)
//   lsearch-entity-eval --top N CORPUS.jsonl[.gz]   (the N actors and places most articles name)
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/news/gazetteer.h"
#include "common/news/news_analyzer.h"
#include "common/news/txt_metadata.h"
#include "common/schema/value_codec.h"
#include "indexer/corpus/byte_source.h"

using namespace lsearch;

namespace {

struct Tally {
  std::size_t true_positive = 0, predicted = 0, expected = 0;
  void print(const std::string& label) const { print(label.c_str()); }
  void print(const char* label) const {
    double p = predicted ? static_cast<double>(true_positive) / static_cast<double>(predicted) : 0;
    double r = expected ? static_cast<double>(true_positive) / static_cast<double>(expected) : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf(
        "%-40s precision %.3f  recall %.3f  F1 %.3f  (%zu found, %zu expected, %zu right)\n", label,
        p, r, f, predicted, expected, true_positive);
  }
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Article understand(const NewsAnalyzer& news, const std::string& raw) {
  Article a = to_article(parse_txt_metadata(raw), "");
  news.understand(a);
  return a;
}

void seed_eval(const NewsAnalyzer& news, const std::string& labels_path,
               const std::string& seed_dir) {
  std::map<std::string, std::set<std::pair<std::string, std::string>>> expected;
  std::istringstream labels(slurp(labels_path));
  std::string line;
  while (std::getline(labels, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string file, kind, name;
    std::getline(f, file, '\t');
    std::getline(f, kind, '\t');
    std::getline(f, name, '\t');
    expected[file].insert({kind, name});
  }
  std::map<std::string, Tally> tallies;
  for (const auto& [file, truth] : expected) {
    Article a = understand(news, slurp(seed_dir + "/" + file));
    std::set<std::pair<std::string, std::string>> found;
    for (const auto& e : a.entities) found.insert({std::string(to_string(e.kind)), e.canonical});
    for (const auto& item : found) {
      ++tallies[item.first].predicted;
      if (truth.count(item))
        ++tallies[item.first].true_positive;
      else
        std::printf("  extra   %s %s: %s\n", file.c_str(), item.first.c_str(), item.second.c_str());
    }
    for (const auto& item : truth) {
      ++tallies[item.first].expected;
      if (!found.count(item))
        std::printf("  missed  %s %s: %s\n", file.c_str(), item.first.c_str(), item.second.c_str());
    }
  }
  std::printf("Hand-labelled seed articles (%zu):\n", expected.size());
  tallies["actor"].print("  actors (people, organisations)");
  tallies["place"].print("  places");
}

void reuters_eval(const NewsAnalyzer& news, const std::string& path) {
  std::map<std::string, Tally> tallies;
  std::size_t articles = 0;
  const Gazetteer& g = news.gazetteer();
  // The corpus readers keep only article fields; the tags are read here from the raw lines.
  std::string error;
  auto each_record = [&](std::string_view line, bool overlong) {
    if (overlong) return;
    auto rec = nlohmann::json::parse(line, nullptr, false);
    if (!rec.is_object() || !rec["text"].is_string()) return;
    bool tagged = false;
    for (const char* k : {"places", "people", "orgs"})
      tagged = tagged || (rec[k].is_array() && !rec[k].empty());
    if (!tagged) return;
    Article a;
    a.title = rec["title"].is_string() ? rec["title"].get<std::string>() : "";
    a.body = rec["text"].get<std::string>();
    news.understand(a);
    ++articles;
    std::set<std::string> actor_ids, place_ids, actor_names;
    for (const auto& e : a.entities) {
      (e.kind == EntityKind::kActor ? actor_ids : place_ids).insert(e.id);
      if (e.kind == EntityKind::kActor) actor_names.insert(e.id);
    }
    auto check = [&](const char* field, EntityKind kind, const std::set<std::string>& ids,
                     const char* label) {
      if (!rec[field].is_array()) return;
      for (const auto& tag : rec[field]) {
        std::string code = tag.get<std::string>();
        std::string name = code;
        for (char& c : name)
          if (c == '-') c = ' ';
        ++tallies[label].expected;
        bool hit = false;
        // A tag names any entity one of its aliases names ("ec": Commission or Community).
        if (const auto* candidates = g.find_key(Gazetteer::key_of(name)))
          for (std::size_t index : *candidates)
            hit = hit || (g.entry(index).kind == kind && ids.count(g.entry(index).id) != 0);
        if (!hit && kind == EntityKind::kActor) {
          std::string surname = "_" + slugify(name.substr(name.rfind(' ') + 1));
          for (const auto& id : actor_names)
            hit = hit || (id.size() >= surname.size() && id.ends_with(surname));
        }
        if (hit) ++tallies[label].true_positive;
      }
    };
    check("places", EntityKind::kPlace, place_ids, "places");
    check("people", EntityKind::kActor, actor_ids, "people");
    check("orgs", EntityKind::kActor, actor_ids, "orgs");
  };
  const LineScan scan =
      for_each_line(path, path.ends_with(".gz"), std::size_t{1} << 26, each_record);
  if (!scan.complete) {
    std::fprintf(stderr, "lsearch-entity-eval: %s: %s\n", path.c_str(), scan.error.c_str());
    return;
  }
  std::printf("Reuters-21578, %zu tagged articles (recall of the collection's tags):\n", articles);
  for (const char* label : {"places", "people", "orgs"}) {
    const Tally& t = tallies[label];
    std::printf(
        "  %-8s recall %.3f  (%zu of %zu tags found)\n", label,
        t.expected ? static_cast<double>(t.true_positive) / static_cast<double>(t.expected) : 0.0,
        t.true_positive, t.expected);
  }
}

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

// articles.jsonl + labels.tsv of the dev set, by id.
std::map<std::string, DevArticle> read_dev_set(const std::string& dir) {
  std::map<std::string, DevArticle> articles;
  std::istringstream lines(slurp(dir + "/articles.jsonl"));
  std::string line;
  while (std::getline(lines, line)) {
    auto rec = nlohmann::json::parse(line, nullptr, false);
    if (!rec.is_object()) continue;
    DevArticle& a = articles[rec.value("id", "")];
    a.corpus = rec.value("corpus", "");
    a.title = rec.value("title", "");
    a.text = rec.value("text", "");
  }
  std::istringstream labels(slurp(dir + "/labels.tsv"));
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
  return articles;
}

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

// --top N FILE.jsonl[.gz]: the N actors and places most articles of a corpus name
// (document frequency by entity id, as the facets count them), for README's table.
void top_entities(const NewsAnalyzer& news, const std::string& path, std::size_t n) {
  std::map<std::pair<EntityKind, std::string>, std::pair<std::string, std::size_t>> df;
  std::size_t articles = 0;
  auto each_record = [&](std::string_view line, bool overlong) {
    if (overlong) return;
    auto rec = nlohmann::json::parse(line, nullptr, false);
    if (!rec.is_object()) return;
    Article a;
    // A record may carry null for a missing title or text (Reuters-21578 does).
    if (rec["title"].is_string()) a.title = rec["title"].get<std::string>();
    if (rec["text"].is_string()) a.body = rec["text"].get<std::string>();
    news.understand(a);
    ++articles;
    for (const auto& e : a.entities) {
      auto& [name, count] = df[{e.kind, e.id}];
      if (name.empty()) name = e.canonical;
      ++count;
    }
  };
  const LineScan scan =
      for_each_line(path, path.ends_with(".gz"), std::size_t{1} << 26, each_record);
  if (!scan.complete) {
    std::fprintf(stderr, "lsearch-entity-eval: %s: %s\n", path.c_str(), scan.error.c_str());
    return;
  }
  std::printf("%s (%zu articles)\n", path.c_str(), articles);
  for (EntityKind kind : {EntityKind::kActor, EntityKind::kPlace}) {
    std::vector<std::pair<std::size_t, std::string>> ranked;
    for (const auto& [key, value] : df)
      if (key.first == kind) ranked.emplace_back(value.second, value.first);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::printf("  %s:", std::string(to_string(kind)).c_str());
    for (std::size_t i = 0; i < ranked.size() && i < n; ++i)
      std::printf("%s %s %zu", i ? " \u00b7" : "", ranked[i].second.c_str(), ranked[i].first);
    std::printf("\n");
  }
}

// --show ID: every entity the extractor finds in one dev article, for error analysis.
void show_article(const NewsAnalyzer& news, const std::string& dir, const std::string& id) {
  const auto articles = read_dev_set(dir);
  auto it = articles.find(id);
  if (it == articles.end()) {
    std::printf("no article %s in %s\n", id.c_str(), dir.c_str());
    return;
  }
  Article article;
  article.title = it->second.title;
  article.body = it->second.text;
  news.understand(article);
  for (const auto& m : article.entities)
    std::printf("%s\t%s\t%d\t%s\n", std::string(to_string(m.kind)).c_str(),
                std::string(to_string(m.type)).c_str(), m.count, m.canonical.c_str());
}

void dev_eval(const NewsAnalyzer& news, const std::string& dir, bool verbose) {
  const auto articles = read_dev_set(dir);
  // Tallies by "kind" and by "corpus kind".
  std::map<std::string, Tally> tallies;
  for (const auto& [id, a] : articles) {
    Article article;
    article.title = a.title;
    article.body = a.text;
    news.understand(article);
    struct Group {
      const char* label;
      bool (*predicted)(const EntityMention&);
      bool (*gold)(const GoldEntity&);
    };
    const Group groups[] = {
        {"actors", [](const EntityMention& m) { return m.kind == EntityKind::kActor; },
         [](const GoldEntity& g) { return g.kind != "place"; }},
        {"places", [](const EntityMention& m) { return m.kind == EntityKind::kPlace; },
         [](const GoldEntity& g) { return g.kind == "place"; }},
        {"places without other",
         [](const EntityMention& m) { return m.kind == EntityKind::kPlace; },
         [](const GoldEntity& g) { return g.kind == "place" && g.place_type != "other"; }},
        {"people (typed person)",
         [](const EntityMention& m) { return m.type == ActorType::kPerson; },
         [](const GoldEntity& g) { return g.kind == "person"; }},
        {"organisations (typed org)",
         [](const EntityMention& m) { return m.type == ActorType::kOrganisation; },
         [](const GoldEntity& g) { return g.kind == "organisation"; }},
    };
    for (const Group& group : groups) {
      std::vector<const EntityMention*> predicted;
      for (const auto& m : article.entities)
        if (group.predicted(m)) predicted.push_back(&m);
      std::vector<const GoldEntity*> gold;
      for (const auto& g : a.gold)
        if (group.gold(g)) gold.push_back(&g);
      // "places without other": predictions that match an "other" gold place are not counted.
      if (std::string(group.label) == "places without other")
        predicted.erase(std::remove_if(predicted.begin(), predicted.end(),
                                       [&](const EntityMention* m) {
                                         for (const auto& g : a.gold)
                                           if (g.place_type == "other" &&
                                               names_gold(g, Gazetteer::key_of(m->canonical)))
                                             return true;
                                         return false;
                                       }),
                        predicted.end());
      bool main_group =
          group.label == std::string("actors") || group.label == std::string("places");
      Tally scratch;
      const Gazetteer& g = news.gazetteer();
      score(g, a, predicted, gold, tallies[group.label], verbose && main_group, id, group.label);
      score(g, a, predicted, gold, main_group ? tallies[a.corpus + " " + group.label] : scratch,
            false, id, group.label);
    }
  }
  std::printf("Dev set %s (%zu articles; rules in its README.md):\n", dir.c_str(), articles.size());
  for (const char* label : {"actors", "places", "places without other", "people (typed person)",
                            "organisations (typed org)"})
    tallies[label].print((std::string("  ") + label).c_str());
  std::set<std::string> corpora;
  for (const auto& [id, a] : articles) corpora.insert(a.corpus);
  for (const auto& corpus : corpora)
    for (const char* label : {"actors", "places"})
      tallies[corpus + " " + label].print(("  " + corpus + " " + label).c_str());
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> positional;
  std::string dev_dir, show, top_file;
  std::size_t top = 0;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--dev" && i + 1 < argc)
      dev_dir = argv[++i];
    else if (arg == "--verbose")
      verbose = true;
    else if (arg == "--show" && i + 1 < argc)
      show = argv[++i];
    else if (arg == "--top" && i + 2 < argc) {
      top = static_cast<std::size_t>(std::stoul(argv[++i]));
      top_file = argv[++i];
    } else
      positional.push_back(arg);
  }
  if (positional.size() < 2 && dev_dir.empty() && top == 0) {
    std::cerr << "usage: lsearch-entity-eval LABELS.tsv SEED_DIR [REUTERS.jsonl.gz] [--dev DIR "
                 "[--verbose] [--show ID]] | --top N CORPUS.jsonl\n";
    return 2;
  }
  NewsAnalyzer news(Gazetteer::builtin());
  if (top > 0) {
    top_entities(news, top_file, top);
    return 0;
  }
  if (!show.empty()) {
    show_article(news, dev_dir, show);
    return 0;
  }
  if (positional.size() >= 2) seed_eval(news, positional[0], positional[1]);
  if (positional.size() >= 3) reuters_eval(news, positional[2]);
  if (!dev_dir.empty()) dev_eval(news, dev_dir, verbose);
  return 0;
}
