// The scorer against hand-computed figures.
#include "eval/trec_scorer.h"

#include <doctest/doctest.h>

#include <cmath>

namespace lsearch::eval {

TEST_CASE("MAP, P@10, R@100 and nDCG@10 on a hand-computed example") {
  // q1: relevant d1 (grade 2), d3 and d4 (grade 1); d2 judged not relevant.
  Qrels qrels = parse_qrels("q1 0 d1 2\nq1 0 d2 0\nq1 0 d3 1\nq1 0 d4 1\nq2 0 x 1\nq3 0 y 0\n");
  // Run for q1: d1, d2, d3 (d4 not retrieved). q2 not answered. q3 has no relevant: not averaged.
  Run run = parse_run("q1 Q0 d1 1 3.0 t\nq1 Q0 d2 2 2.0 t\nq1 Q0 d3 3 1.0 t\n");
  Scores s = score(qrels, run);
  CHECK(s.queries == 2);
  // q1: AP = (1/1 + 2/3) / 3 = 0.5556; q2: 0 -> MAP 0.2778
  CHECK(s.map == doctest::Approx(((1.0 + 2.0 / 3.0) / 3.0) / 2.0));
  // q1: P@10 = 2/10; q2: 0
  CHECK(s.p10 == doctest::Approx(0.1));
  // q1: R@100 = 2/3; q2: 0
  CHECK(s.recall100 == doctest::Approx((2.0 / 3.0) / 2.0));
  // q1: DCG = 2/log2(2) + 0 + 1/log2(4) = 2.5; IDCG = 2 + 1/log2(3) + 1/log2(4) = 3.1309
  double ndcg_q1 = 2.5 / (2.0 + 1.0 / std::log2(3.0) + 0.5);
  CHECK(s.ndcg10 == doctest::Approx(ndcg_q1 / 2.0));
}

TEST_CASE("ties are broken as trec_eval does: by decreasing docid") {
  Qrels qrels = parse_qrels("q 0 a 1\n");
  Run run = parse_run("q Q0 a 1 1.0 t\nq Q0 b 2 1.0 t\n");  // same score: b ranks first
  CHECK(score(qrels, run).map == doctest::Approx(0.5));
}

TEST_CASE("malformed qrels are refused") {
  CHECK_THROWS(parse_qrels("q1 0 d1\n"));
}

}  // namespace lsearch::eval
