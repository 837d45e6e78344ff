// A trec_eval-compatible scorer for ranked runs: MAP, nDCG@10 (graded gains,
// log2 discount), P@10 and Recall@100, following trec_eval's definitions. Used
// by `make -f Makefile.helpers eval` to measure lsearch's ranking.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace lsearch::eval {

// qid -> docid -> relevance grade (0 = judged not relevant).
using Qrels = std::map<std::string, std::map<std::string, int>>;

struct RunEntry {
  std::string docid;
  double score = 0;
};
// qid -> retrieved documents (any order; scored as trec_eval sorts them).
using Run = std::map<std::string, std::vector<RunEntry>>;

struct Scores {
  double map = 0, ndcg10 = 0, p10 = 0, recall100 = 0;
  std::size_t queries = 0;  // judged queries averaged over
};

// "qid 0 docid rel" lines. Throws std::runtime_error on a malformed line.
Qrels parse_qrels(const std::string& text);
// "qid Q0 docid rank score tag" lines.
Run parse_run(const std::string& text);

// Averages over every query of `qrels` with at least one relevant document; a
// query the run does not answer scores 0 (trec_eval -c).
Scores score(const Qrels& qrels, const Run& run);

}  // namespace lsearch::eval
