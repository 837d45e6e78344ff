// Query cost inside one process (no start-up): what exact facets cost per
// matching article, and the latency spread over a fixed query list.
//   bench_query_latency facets DB ROUNDS   `government` and `--since 2011`,
//       with and without facets in interleaved rounds: ms each, and the
//       facets' cost in µs per matching article (median over the rounds).
//   bench_query_latency list DB ROUNDS QUERY...   p50 / p99 over every run of
//       every query, with and without facets.
//   bench_query_latency repeat DB ROUNDS facets|no-facets QUERY   that search
//       ROUNDS times, one way: under callgrind, the difference between the
//       two ways' instruction totals is what the facets cost (steadier than
//       time on a loaded machine).
//   bench_query_latency column GENERATION_DIR   (re)writes that generation's
//       facet column in this build's format: for the copy of an index that
//       one side of an A/B reads when the column format changed (lindex
//       writes it after its runs; this spares a run over the whole corpus).
// Both sides of a comparison run in the same round so that a noisy, shared
// machine slows both alike (issue 15).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "common/schema/facet_column.h"
#include "lsearch/searcher.h"

using Clock = std::chrono::steady_clock;

namespace {

struct Timed {
  double ms = 0;      // wall
  double cpu_ms = 0;  // this process's CPU: steadier than wall on a loaded machine
  std::size_t total = 0;
};

double cpu_now_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

Timed run_once(lsearch::Searcher& searcher, lsearch::SearchRequest request, bool facets) {
  request.facets = facets;
  request.snippets = false;  // the same on both sides; snippets cost per hit shown, not per match
  request.suggest = false;
  const double cpu_start = cpu_now_ms();
  auto start = Clock::now();
  lsearch::SearchResults results = searcher.search(request);
  double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  return {ms, cpu_now_ms() - cpu_start, results.total};
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  if (v.empty()) return 0;
  auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

void facet_cost(lsearch::Searcher& searcher, const char* label,
                const lsearch::SearchRequest& request, int rounds) {
  run_once(searcher, request, true);  // warm the page cache for both sides
  std::vector<double> with, without, per_match, cpu_with, cpu_without, cpu_per_match;
  std::size_t total = 0;
  for (int r = 0; r < rounds; ++r) {
    Timed a = run_once(searcher, request, true);
    Timed b = run_once(searcher, request, false);
    total = a.total;
    with.push_back(a.ms);
    without.push_back(b.ms);
    cpu_with.push_back(a.cpu_ms);
    cpu_without.push_back(b.cpu_ms);
    const double matches = static_cast<double>(std::max<std::size_t>(total, 1));
    per_match.push_back((a.ms - b.ms) * 1000.0 / matches);
    cpu_per_match.push_back((a.cpu_ms - b.cpu_ms) * 1000.0 / matches);
  }
  auto row = [](const char* name, const char* count, double w, double wo, double per,
                const char* clock) {
    std::printf("%-14s %9s %12.2f %12.2f %8.2f %14.3f   %s\n", name, count, w, wo,
                w / std::max(wo, 1e-9), per, clock);
  };
  row(label, std::to_string(total).c_str(), median(with), median(without), median(per_match),
      "wall");
  row("", "", median(cpu_with), median(cpu_without), median(cpu_per_match), "cpu");
}

void latency_list(lsearch::Searcher& searcher, const std::vector<std::string>& queries,
                  int rounds) {
  std::vector<double> with, without, cpu_with, cpu_without;
  for (int r = 0; r < rounds; ++r)
    for (const std::string& q : queries) {
      lsearch::SearchRequest request;
      request.query = q;
      Timed a = run_once(searcher, request, true);
      Timed b = run_once(searcher, request, false);
      with.push_back(a.ms);
      without.push_back(b.ms);
      cpu_with.push_back(a.cpu_ms);
      cpu_without.push_back(b.cpu_ms);
    }
  auto line = [](const char* clock, const std::vector<double>& w, const std::vector<double>& wo) {
    std::printf(
        "%s: p50 %.2f ms, p99 %.2f ms with facets; p50 %.2f ms, p99 %.2f ms without (%zu runs)\n",
        clock, percentile(w, 0.5), percentile(w, 0.99), percentile(wo, 0.5), percentile(wo, 0.99),
        w.size());
  };
  line("wall", with, without);
  line("cpu ", cpu_with, cpu_without);
}

// The search ROUNDS times, with facets or without (for instruction counts).
void repeat(lsearch::Searcher& searcher, const std::string& query, bool facets, int rounds) {
  lsearch::SearchRequest request;
  request.query = query;
  std::size_t total = 0;
  for (int r = 0; r < rounds; ++r) total = run_once(searcher, request, facets).total;
  std::printf("%s: %zu matches, %d searches %s facets\n", query.c_str(), total, rounds,
              facets ? "with" : "without");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "column") {
    try {
      lsearch::write_facet_column(argv[2]);
      return 0;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "bench_query_latency: %s\n", e.what());
      return 2;
    }
  }
  if (argc < 4) {
    std::fprintf(stderr,
                 "usage: bench_query_latency facets DB ROUNDS\n"
                 "       bench_query_latency list DB ROUNDS QUERY...\n"
                 "       bench_query_latency repeat DB ROUNDS facets|no-facets QUERY\n"
                 "       bench_query_latency column GENERATION_DIR\n");
    return 2;
  }
  const std::string mode = argv[1];
  const int rounds = std::max(1, std::atoi(argv[3]));
  try {
    lsearch::Searcher searcher = lsearch::Searcher::open(argv[2]);
    if (mode == "facets") {
      std::printf("%-14s %9s %12s %12s %8s %14s\n", "query", "matches", "facets ms", "no facets ms",
                  "x", "µs/match");
      lsearch::SearchRequest government;
      government.query = "government";
      facet_cost(searcher, "government", government, rounds);
      lsearch::SearchRequest since;
      since.since = "2011";
      facet_cost(searcher, "--since 2011", since, rounds);
      return 0;
    }
    if (mode == "repeat" && argc == 6) {
      repeat(searcher, argv[5], std::string(argv[4]) == "facets", rounds);
      return 0;
    }
    if (mode == "list") {
      latency_list(searcher, std::vector<std::string>(argv + 4, argv + argc), rounds);
      return 0;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_query_latency: %s\n", e.what());
    return 2;
  }
  std::fprintf(stderr, "bench_query_latency: unknown mode %s\n", mode.c_str());
  return 2;
}
