#include "eval/trec_scorer.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace lsearch::eval {
namespace {

double dcg(const std::vector<int>& gains, std::size_t depth) {
  double total = 0;
  for (std::size_t i = 0; i < gains.size() && i < depth; ++i)
    total += gains[i] / std::log2(static_cast<double>(i) + 2.0);
  return total;
}

// trec_eval's order: decreasing score, ties by decreasing docid.
std::vector<RunEntry> ranked(std::vector<RunEntry> entries) {
  std::sort(entries.begin(), entries.end(), [](const RunEntry& a, const RunEntry& b) {
    return a.score != b.score ? a.score > b.score : a.docid > b.docid;
  });
  return entries;
}

}  // namespace

Qrels parse_qrels(const std::string& text) {
  Qrels qrels;
  std::istringstream in(text);
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::istringstream fields(line);
    std::string qid, iteration, docid;
    int rel = 0;
    if (!(fields >> qid)) continue;
    if (!(fields >> iteration >> docid >> rel))
      throw std::runtime_error("qrels line " + std::to_string(number) +
                               ": expected 'qid 0 docid rel'");
    qrels[qid][docid] = rel;
  }
  return qrels;
}

Run parse_run(const std::string& text) {
  Run run;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string qid, q0, docid, rank;
    double score = 0;
    if (fields >> qid >> q0 >> docid >> rank >> score) run[qid].push_back({docid, score});
  }
  return run;
}

Scores score(const Qrels& qrels, const Run& run) {
  Scores total;
  for (const auto& [qid, judged] : qrels) {
    std::vector<int> ideal;
    for (const auto& [doc, rel] : judged)
      if (rel > 0) ideal.push_back(rel);
    if (ideal.empty()) continue;
    ++total.queries;
    auto it = run.find(qid);
    if (it == run.end()) continue;
    std::sort(ideal.rbegin(), ideal.rend());
    const double relevant = static_cast<double>(ideal.size());

    std::vector<int> gains;
    double precision_sum = 0;
    std::size_t found = 0, found10 = 0, found100 = 0, rank = 0;
    for (const auto& entry : ranked(it->second)) {
      ++rank;
      auto j = judged.find(entry.docid);
      int rel = j == judged.end() ? 0 : j->second;
      gains.push_back(std::max(rel, 0));
      if (rel <= 0) continue;
      ++found;
      precision_sum += static_cast<double>(found) / static_cast<double>(rank);
      if (rank <= 10) ++found10;
      if (rank <= 100) ++found100;
    }
    total.map += precision_sum / relevant;
    total.p10 += static_cast<double>(found10) / 10.0;
    total.recall100 += static_cast<double>(found100) / relevant;
    double ideal_dcg = dcg(ideal, 10);
    total.ndcg10 += ideal_dcg > 0 ? dcg(gains, 10) / ideal_dcg : 0;
  }
  if (total.queries > 0) {
    auto n = static_cast<double>(total.queries);
    total.map /= n;
    total.ndcg10 /= n;
    total.p10 /= n;
    total.recall100 /= n;
  }
  return total;
}

}  // namespace lsearch::eval
