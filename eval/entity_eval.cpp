// lsearch-entity-eval: precision and recall of entity extraction, per kind.
//  1. on hand-labelled articles (corpus/labels/seed.tsv): exact canonical names;
//  2. on Reuters-21578's places/people/orgs tags, a larger and rougher check:
//     a tag counts as found when the gazetteer resolves it (hyphens as spaces)
//     to an entity we extracted, or, for people, when an extracted actor's name
//     ends with the tag's surname.
//   lsearch-entity-eval LABELS.tsv SEED_DIR [REUTERS.jsonl.gz]
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/news/news_analyzer.h"
#include "common/news/txt_metadata.h"
#include "common/schema/value_codec.h"
#include "indexer/corpus/byte_source.h"

using namespace lsearch;

namespace {

struct Tally {
  std::size_t true_positive = 0, predicted = 0, expected = 0;
  void print(const char* label) const {
    double p = predicted ? static_cast<double>(true_positive) / static_cast<double>(predicted) : 0;
    double r = expected ? static_cast<double>(true_positive) / static_cast<double>(expected) : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    std::printf(
        "%-34s precision %.3f  recall %.3f  F1 %.3f  (%zu found, %zu expected, %zu right)\n", label,
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

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: lsearch-entity-eval LABELS.tsv SEED_DIR [REUTERS.jsonl.gz]\n";
    return 2;
  }
  NewsAnalyzer news(Gazetteer::builtin());
  seed_eval(news, argv[1], argv[2]);
  if (argc > 3) reuters_eval(news, argv[3]);
  return 0;
}
