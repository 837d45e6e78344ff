#!/usr/bin/env bash
# What the analyst features cost per query (issue 17, item 5): broad queries on
# one index (the 786k-article mix of the shared corpora), each run as one lsearch
# process in JSON with the default facets, plain and with --timeline,
# --timeline-by, --pairs, and with collapsing off. CPU time (user + sys) of each
# process from wait4(2), so the shared machine's load counts less than in wall
# time; rounds interleaved and each round's order shuffled (seed fixed), so
# drift hits every configuration alike. The feature's cost is its median minus
# the plain median, per query.
#   bench/analyst_bench.sh LSEARCH DB [REPS]
# REPS: rounds (default 3). Read-only on DB.
set -eu
lsearch=$1 db=$2 reps=${3:-3}
echo "db: $db; lsearch: $lsearch"
echo "host: $(hostname), $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$lsearch" "$db" "$reps" <<'PY'
import json, os, random, statistics, subprocess, sys, time
lsearch, db, reps = sys.argv[1], sys.argv[2], int(sys.argv[3])
queries = ["government", "oil prices", "said", "united nations", "trade", "security council",
           "bank", "war", "market", "president"]
configs = [("plain (collapsed)", []), ("--no-collapse", ["--no-collapse"]),
           ("--timeline auto", ["--timeline", "auto"]), ("--timeline month", ["--timeline", "month"]),
           ("--timeline-by actor", ["--timeline-by", "actor"]),
           ("--timeline-by place", ["--timeline-by", "place"]),
           ("--pairs actor", ["--pairs", "actor"]), ("--pairs actor-place", ["--pairs", "actor-place"])]

def run(extra, query):
    """One lsearch process: (CPU seconds, wall seconds, parsed JSON)."""
    start = time.perf_counter()
    p = subprocess.Popen([lsearch, "--db", db, "-f", "json", "--no-snippets", *extra, query],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit("lsearch failed: %s %s" % (extra, query))
    return usage.ru_utime + usage.ru_stime, wall, json.loads(out)

# The answers first: every configuration counts the same matches; what collapsing hides.
for q in queries:
    _, _, plain = run([], q)
    _, _, full = run(["--no-collapse"], q)
    copies = sum(h.get("copies", 0) for h in plain["results"])
    print("check %-16s total %7d (both: %s); first page: %d hits standing for %d copies" %
          (q, plain["total"]["value"], plain["total"]["value"] == full["total"]["value"],
           len(plain["results"]), copies))
cpu = {(c, q): [] for c, _ in configs for q in queries}
wall = {(c, q): [] for c, _ in configs for q in queries}
rng = random.Random(17)
load = []
start = time.time()
for r in range(reps):
    load.append(os.getloadavg()[0])
    order = [(c, e, q) for c, e in configs for q in queries]
    rng.shuffle(order)
    for name, extra, q in order:
        c, w, _ = run(extra, q)
        cpu[(name, q)].append(c * 1000)
        wall[(name, q)].append(w * 1000)
load.append(os.getloadavg()[0])
print("rounds: %d x %d queries x %d configurations, %.0f s; load average per round: %s" %
      (reps, len(queries), len(configs), time.time() - start, " ".join("%.1f" % x for x in load)))
print("%-22s %10s %10s %12s %10s  (ms per lsearch process; median over queries of the per-query median)" %
      ("configuration", "CPU", "wall", "CPU - plain", "max CPU"))
def med(table, name):
    return statistics.median(statistics.median(table[(name, q)]) for q in queries)
base = {q: statistics.median(cpu[("plain (collapsed)", q)]) for q in queries}
for name, _ in configs:
    extra = statistics.median(statistics.median(cpu[(name, q)]) - base[q] for q in queries)
    worst = max(statistics.median(cpu[(name, q)]) for q in queries)
    print("%-22s %10.1f %10.1f %+12.1f %10.1f" % (name, med(cpu, name), med(wall, name), extra, worst))
PY
