// lsearch-entity-eval: precision and recall of entity extraction, per kind.
//  1. on hand-labelled articles (corpus/labels/seed.tsv): exact canonical names;
//  2. on Reuters-21578's places/people/orgs tags, a larger and rougher check:
//     a tag counts as found when the gazetteer resolves it (hyphens as spaces)
//     to an entity we extracted, or, for people, when an extracted actor's name
//     ends with the tag's surname.
//  3. on the labelled dev set (eval/entities/dev; entity_dev_set.h says how it is scored).
//   lsearch-entity-eval LABELS.tsv SEED_DIR [REUTERS.jsonl.gz] [--dev DIR ... [--verbose]]
//   lsearch-entity-eval --dev DIR --show ID   (the entities found in one dev article)
//   lsearch-entity-eval --top N CORPUS.jsonl[.gz]   (the N actors and places most articles name)
//   lsearch-entity-eval --dump CORPUS.jsonl[.gz]    (every entity of every article, to diff)
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/news/entity_extractor.h"
#include "common/news/gazetteer.h"
#include "common/news/news_analyzer.h"
#include "common/news/txt_metadata.h"
#include "common/schema/value_codec.h"
#include "eval/entity_dev_set.h"
#include "indexer/corpus/byte_source.h"

using namespace lsearch;

namespace {

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

// One Reuters-21578 record's tags of one field ("places", "people", "orgs") counted in
// `tally`: a tag is found when the gazetteer resolves it to an entity of `kind` among
// `ids` ("ec": Commission or Community), or, for actors, an actor's id ends with its surname.
void check_tags(const Gazetteer& g, const nlohmann::json& rec, const char* field, EntityKind kind,
                const std::set<std::string>& ids, Tally& tally) {
  if (!rec[field].is_array()) return;
  for (const auto& tag : rec[field]) {
    std::string name = tag.get<std::string>();
    for (char& c : name)
      if (c == '-') c = ' ';
    ++tally.expected;
    bool hit = false;
    if (const auto* candidates = g.find_key(Gazetteer::key_of(name)))
      for (std::size_t index : *candidates)
        hit = hit || (g.entry(index).kind == kind && ids.count(g.entry(index).id) != 0);
    if (!hit && kind == EntityKind::kActor) {
      std::string surname = "_" + slugify(name.substr(name.rfind(' ') + 1));
      for (const auto& id : ids)
        hit = hit || (id.size() >= surname.size() && id.ends_with(surname));
    }
    if (hit) ++tally.true_positive;
  }
}

// One line of the Reuters-21578 corpus, if it has tags: its entities against them.
bool score_reuters_record(const NewsAnalyzer& news, std::string_view line,
                          std::map<std::string, Tally>& tallies) {
  auto rec = nlohmann::json::parse(line, nullptr, false);
  if (!rec.is_object() || !rec["text"].is_string()) return false;
  bool tagged = false;
  for (const char* k : {"places", "people", "orgs"})
    tagged = tagged || (rec[k].is_array() && !rec[k].empty());
  if (!tagged) return false;
  Article a;
  a.title = rec["title"].is_string() ? rec["title"].get<std::string>() : "";
  a.body = rec["text"].get<std::string>();
  news.understand(a);
  std::set<std::string> actor_ids, place_ids;
  for (const auto& e : a.entities)
    (e.kind == EntityKind::kActor ? actor_ids : place_ids).insert(e.id);
  const Gazetteer& g = news.gazetteer();
  check_tags(g, rec, "places", EntityKind::kPlace, place_ids, tallies["places"]);
  check_tags(g, rec, "people", EntityKind::kActor, actor_ids, tallies["people"]);
  check_tags(g, rec, "orgs", EntityKind::kActor, actor_ids, tallies["orgs"]);
  return true;
}

void reuters_eval(const NewsAnalyzer& news, const std::string& path) {
  std::map<std::string, Tally> tallies;
  std::size_t articles = 0;
  // The corpus readers keep only article fields; the tags are read here from the raw lines.
  auto each_record = [&](std::string_view line, bool overlong) {
    if (!overlong && score_reuters_record(news, line, tallies)) ++articles;
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

// Calls `each` with every record of a corpus file (id, title and text; a record may carry
// null for a missing title or text, as Reuters-21578 does). False on a read error.
template <typename F>
bool for_each_record(const std::string& path, F&& each) {
  auto each_line = [&](std::string_view line, bool overlong) {
    if (overlong) return;
    auto rec = nlohmann::json::parse(line, nullptr, false);
    if (!rec.is_object()) return;
    Article a;
    if (rec["id"].is_string()) a.id = rec["id"].get<std::string>();
    if (rec["title"].is_string()) a.title = rec["title"].get<std::string>();
    if (rec["text"].is_string()) a.body = rec["text"].get<std::string>();
    each(std::move(a));
  };
  const LineScan scan = for_each_line(path, path.ends_with(".gz"), std::size_t{1} << 26, each_line);
  if (!scan.complete)
    std::fprintf(stderr, "lsearch-entity-eval: %s: %s\n", path.c_str(), scan.error.c_str());
  return scan.complete;
}

// --top N FILE.jsonl[.gz]: the N actors and places most articles of a corpus name
// (document frequency by entity id, as the facets count them), for README's table.
void top_entities(const NewsAnalyzer& news, const std::string& path, std::size_t n) {
  std::map<std::pair<EntityKind, std::string>, std::pair<std::string, std::size_t>> df;
  std::size_t articles = 0;
  const bool read = for_each_record(path, [&](Article a) {
    news.understand(a);
    ++articles;
    for (const auto& e : a.entities) {
      auto& [name, count] = df[{e.kind, e.id}];
      if (name.empty()) name = e.canonical;
      ++count;
    }
  });
  if (!read) return;
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

void print_mentions(const std::string& id, const char* path,
                    const std::vector<EntityMention>& mentions) {
  std::printf("%s\t%s", id.c_str(), path);
  for (const auto& m : mentions)
    std::printf("\t%s|%s|%d|%s|%s", std::string(to_string(m.kind)).c_str(),
                std::string(to_string(m.type)).c_str(), m.count, m.id.c_str(), m.canonical.c_str());
  std::printf("\n");
}

// --dump FILE.jsonl[.gz]: every entity of every article, in order, two lines an article:
// what understand() finds in the title and cleaned body (what the index stores), and what
// extract() finds in the raw text (what bench_analysis_stages times). A change meant to
// leave the extraction as it is must leave this output the same byte for byte.
void dump_entities(const NewsAnalyzer& news, const std::string& path) {
  const EntityExtractor extractor(news.gazetteer(), NameLexicon::builtin());
  for_each_record(path, [&](Article a) {
    print_mentions(a.id, "raw", extractor.extract(a.body));
    news.understand(a);
    print_mentions(a.id, "understood", a.entities);
  });
}

// --show ID: every entity the extractor finds in one dev article (of the first --dev set
// that has it), for error analysis.
void show_article(const NewsAnalyzer& news, const std::vector<std::string>& dirs,
                  const std::string& id) {
  std::map<std::string, DevArticle> articles;
  for (const auto& dir : dirs) {
    articles = read_dev_set(dir);
    if (articles.count(id)) break;
  }
  auto it = articles.find(id);
  if (it == articles.end()) {
    std::printf("no article %s in the dev sets given\n", id.c_str());
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

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> positional;
  std::vector<std::string> dev_dirs;
  std::string show, top_file, dump_file;
  std::size_t top = 0;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--dev" && i + 1 < argc)
      dev_dirs.push_back(argv[++i]);
    else if (arg == "--verbose")
      verbose = true;
    else if (arg == "--show" && i + 1 < argc)
      show = argv[++i];
    else if (arg == "--top" && i + 2 < argc) {
      top = static_cast<std::size_t>(std::stoul(argv[++i]));
      top_file = argv[++i];
    } else if (arg == "--dump" && i + 1 < argc)
      dump_file = argv[++i];
    else
      positional.push_back(arg);
  }
  if (positional.size() < 2 && dev_dirs.empty() && top == 0 && dump_file.empty()) {
    std::cerr << "usage: lsearch-entity-eval LABELS.tsv SEED_DIR [REUTERS.jsonl.gz] [--dev DIR "
                 "[--verbose] [--show ID]] | --top N CORPUS.jsonl | --dump CORPUS.jsonl\n";
    return 2;
  }
  NewsAnalyzer news(Gazetteer::builtin());
  if (top > 0) {
    top_entities(news, top_file, top);
    return 0;
  }
  if (!dump_file.empty()) {
    dump_entities(news, dump_file);
    return 0;
  }
  if (!show.empty()) {
    show_article(news, dev_dirs, show);
    return 0;
  }
  if (positional.size() >= 2) seed_eval(news, positional[0], positional[1]);
  if (positional.size() >= 3) reuters_eval(news, positional[2]);
  if (!dev_dirs.empty()) dev_eval_pooled(news, dev_dirs, verbose);
  return 0;
}
