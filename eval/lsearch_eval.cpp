// lsearch-eval: scores TREC run files against qrels and prints them beside
// the reference figures of each collection (eval/references.tsv).
//   lsearch-eval REFERENCES.tsv NAME QRELS RUN [NAME QRELS RUN ...]
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "eval/trec_scorer.h"

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot read");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// name -> metric -> {system -> value}
using References = std::map<std::string, std::map<std::string, std::map<std::string, std::string>>>;

References load_references(const std::string& path) {
  References refs;
  std::istringstream in(slurp(path));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string name, system, metric, value;
    if (std::getline(f, name, '\t') && std::getline(f, system, '\t') &&
        std::getline(f, metric, '\t') && std::getline(f, value, '\t'))
      refs[name][metric][system] = value;
  }
  return refs;
}

std::string ref(const References& refs, const std::string& name, const std::string& metric,
                const char* system) {
  auto a = refs.find(name);
  if (a == refs.end()) return "-";
  auto b = a->second.find(metric);
  if (b == a->second.end()) return "-";
  auto c = b->second.find(system);
  return c == b->second.end() ? "-" : c->second;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace lsearch::eval;
  if (argc < 5 || (argc - 2) % 3 != 0) {
    std::cerr << "usage: lsearch-eval REFERENCES.tsv NAME QRELS RUN [NAME QRELS RUN ...]\n";
    return 2;
  }
  try {
    References refs = load_references(argv[1]);
    std::printf("%-22s %-9s %8s %12s %10s\n", "collection", "metric", "lsearch", "xapian-ref",
                "anserini");
    double ndcg_sum = 0, map_sum = 0, ndcg_ref = 0, map_ref = 0;
    int collections = 0;
    for (int i = 2; i + 2 < argc; i += 3) {
      std::string name = argv[i];
      Scores s = score(parse_qrels(slurp(argv[i + 1])), parse_run(slurp(argv[i + 2])));
      const std::pair<const char*, double> rows[] = {
          {"nDCG@10", s.ndcg10}, {"MAP", s.map}, {"P@10", s.p10}, {"R@100", s.recall100}};
      for (const auto& [metric, value] : rows)
        std::printf("%-22s %-9s %8.4f %12s %10s\n", name.c_str(), metric, value,
                    ref(refs, name, metric, "xapian").c_str(),
                    ref(refs, name, metric, "anserini").c_str());
      if (name.find("anserini-qrels") != std::string::npos) continue;  // a second view of CACM
      ++collections;
      ndcg_sum += s.ndcg10;
      map_sum += s.map;
      ndcg_ref += std::stod(ref(refs, name, "nDCG@10", "xapian"));
      map_ref += std::stod(ref(refs, name, "MAP", "xapian"));
    }
    if (collections > 0) {
      double ours = (ndcg_sum + map_sum) / (2.0 * collections);
      double theirs = (ndcg_ref + map_ref) / (2.0 * collections);
      std::printf(
          "\nmean of nDCG@10 and MAP over %d collections: lsearch %.4f, stock Xapian %.4f "
          "(%+.1f%%)\n",
          collections, ours, theirs, 100.0 * (ours - theirs) / theirs);
    }
  } catch (const std::exception& e) {
    std::cerr << "lsearch-eval: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
