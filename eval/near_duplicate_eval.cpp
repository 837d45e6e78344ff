// lsearch-dup-eval: precision and recall of the near-duplicate key on the
// labelled pairs of eval/duplicates (pairs.tsv + articles.jsonl): a pair is
// predicted "dup" when both articles get the same cluster key. Prints one
// line per band width (rows), for the development pairs (what choices were made
// on) and the held-out ones (never looked at while choosing), all pairs and sure
// pairs only. The split is fixed: pair n is held out when
// splitmix64(n * 0x100000001b3 ^ 17) % 3 == 0 (81 of the 236 pairs, 39 of them
// duplicates).
//   lsearch-dup-eval eval/duplicates/pairs.tsv eval/duplicates/articles.jsonl [--dev-errors ROWS]
// --dev-errors lists the development pairs the key gets wrong (never the held-out ones), with the
// Jaccard overlap of their shingle sets.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "common/news/near_duplicate.h"

namespace {

struct Pair {
  std::string a, b;
  bool dup = false, sure = true, held_out = false;
};

// SplitMix64's finaliser (as in common/news/near_duplicate.cpp, written out so the split
// stays put if the key's hashing changes).
std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

bool held_out(std::uint64_t n) {
  return splitmix64(n * 0x100000001b3ULL ^ 17) % 3 == 0;
}

struct Article {
  std::string title, text;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, '\t')) fields.push_back(field);
  return fields;
}

void report(const std::vector<Pair>& pairs, const std::map<std::string, Article>& articles,
            int rows, bool held, bool sure_only) {
  std::size_t tp = 0, fp = 0, fn = 0, tn = 0;
  for (const auto& p : pairs) {
    if (p.held_out != held || (sure_only && !p.sure)) continue;
    const Article& a = articles.at(p.a);
    const Article& b = articles.at(p.b);
    std::string ka = lsearch::near_duplicate_key(a.title, a.text, rows);
    std::string kb = lsearch::near_duplicate_key(b.title, b.text, rows);
    bool same = !ka.empty() && ka == kb;
    (same ? (p.dup ? tp : fp) : (p.dup ? fn : tn))++;
  }
  double precision = tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
  double recall = tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0;
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::printf(
      "rows %d  %-8s %-4s  pairs %3zu  tp %3zu fp %3zu fn %3zu tn %3zu  P %.3f  R %.3f  F1 %.3f\n",
      rows, held ? "held-out" : "dev", sure_only ? "sure" : "all", tp + fp + fn + tn, tp, fp, fn,
      tn, precision, recall, f1);
}

double jaccard(const Article& a, const Article& b) {
  auto set = [](const Article& x) {
    auto s = lsearch::shingles(lsearch::near_duplicate_words(x.title, x.text));
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
    return s;
  };
  const auto sa = set(a), sb = set(b);
  std::vector<std::uint64_t> both;
  std::set_intersection(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(both));
  const std::size_t all = sa.size() + sb.size() - both.size();
  return all ? static_cast<double>(both.size()) / static_cast<double>(all) : 0;
}

void dev_errors(const std::vector<Pair>& pairs, const std::map<std::string, Article>& articles,
                int rows) {
  for (const auto& p : pairs) {
    if (p.held_out) continue;
    const Article& a = articles.at(p.a);
    const Article& b = articles.at(p.b);
    const std::string ka = lsearch::near_duplicate_key(a.title, a.text, rows);
    const bool same = !ka.empty() && ka == lsearch::near_duplicate_key(b.title, b.text, rows);
    if (same == p.dup) continue;
    std::printf("%s J %.2f %s | %.70s || %.70s\n", same ? "FP" : "FN", jaccard(a, b),
                p.sure ? "sure" : "unsure", a.title.c_str(), b.title.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  const bool errors = argc == 5 && std::string(argv[3]) == "--dev-errors";
  if (argc != 3 && !errors) {
    std::fprintf(stderr, "usage: lsearch-dup-eval pairs.tsv articles.jsonl [--dev-errors ROWS]\n");
    return 2;
  }
  std::map<std::string, Article> articles;
  std::ifstream jsonl(argv[2]);
  for (std::string line; std::getline(jsonl, line);) {
    auto j = nlohmann::json::parse(line);
    articles[j.value("corpus", "") + "/" + j.value("id", "")] = {
        j["title"].is_string() ? j["title"].get<std::string>() : "",
        j["text"].is_string() ? j["text"].get<std::string>() : ""};
  }
  std::vector<Pair> pairs;
  std::ifstream tsv(argv[1]);
  for (std::string line; std::getline(tsv, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto f = split_tabs(line);
    if (f.size() < 8) continue;
    pairs.push_back({f[1] + "/" + f[2], f[1] + "/" + f[3], f[6] == "dup", f[7] == "yes",
                     held_out(std::stoull(f[0]))});
  }
  for (const auto& p : pairs)
    if (!articles.count(p.a) || !articles.count(p.b)) {
      std::fprintf(stderr, "lsearch-dup-eval: %s or %s missing from %s\n", p.a.c_str(), p.b.c_str(),
                   argv[2]);
      return 2;
    }
  if (errors) {
    dev_errors(pairs, articles, std::stoi(argv[4]));
    return 0;
  }
  for (int rows = 1; rows <= 4; ++rows)
    for (bool held : {false, true})
      for (bool sure_only : {false, true}) report(pairs, articles, rows, held, sure_only);
  return 0;
}
