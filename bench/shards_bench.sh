#!/usr/bin/env bash
# Sharded collections, measured (issue 16, items 3 and 7): a corpus mix as 1
# index and as 4 shards (built in parallel by scripts/build-shards.sh), served
# by local xapian-tcpsrv processes on 127.0.0.1, then broad queries with and
# without facets through each, rounds interleaved: p50/p99 of whole lsearch
# processes (start-up and connections included) and of searches in one process
# (lsearch --batch: connections kept, as lsearch serve keeps them).
#   bench/shards_bench.sh BIN_DIR SHARED_DIR [CORPUS_NAMES...]
# CORPUS_NAMES default: the 786k-article mix of all shared corpora. REPS
# (default 3) rounds. Configurations:
#   1 index            local, facets by ordinals (the local path)
#   1 remote           the same index behind one xapian-tcpsrv: facets by K
#                      slots and ValueCountMatchSpy (the remote path), one server
#   2 remote           2 servers, each serving 2 of the 4 shards (xapian-tcpsrv
#                      takes several databases): fan-out 2
#   4 remote           4 servers, one shard each: fan-out 4
#   4 local            the 4 shards as `auto` lines (slots path, no network)
# 2 shards are served from the 4 (not built separately) to keep the bench
# within minutes; the build times are 1 index (-j 2) against 4 shards (-j 1
# each, in parallel).
set -eu
bin=$1 shared=$2
shift 2
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(reuters21578 bbc 20newsgroups ungdc reuters_headlines_libya reuters_headlines_2011)
work=$(mktemp -d "${TMPDIR:-/tmp}/lsearch-shards-bench-XXXXXX")
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null; done; rm -rf "$work"; }
trap cleanup EXIT
corpus=()
for n in "${names[@]}"; do corpus+=("$shared/corpora/$n"); done
echo "corpus: ${names[*]}"
echo "host: $(hostname), $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

seconds() { python3 -c 'import sys; print("%.1f" % (float(sys.argv[2]) - float(sys.argv[1])))' "$1" "$2"; }
t0=$(date +%s.%N)
"$bin/lindex" -q -j 2 --db "$work/one" "${corpus[@]}" || [ $? -le 1 ]
t1=$(date +%s.%N)
echo "build 1 index (-j 2): $(seconds "$t0" "$t1") s, $(du -sm "$work/one" | cut -f1) MB, $("$bin/lsearch" --db "$work/one" -n 0 --no-facets -f json '' 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"]["value"])') articles; load $(cut -d' ' -f1 /proc/loadavg)"
t0=$(date +%s.%N)
LINDEX=$bin/lindex JOBS=1 bash "$(dirname "$0")/../scripts/build-shards.sh" "$work/s4" 4 "${corpus[@]}" -- -q || [ $? -le 1 ]
t1=$(date +%s.%N)
echo "build 4 shards in parallel (-j 1 each): $(seconds "$t0" "$t1") s, $(du -sm "$work/s4" | cut -f1) MB; load $(cut -d' ' -f1 /proc/loadavg)"
for i in 0 1 2 3; do echo "  shard-$i: $(du -sm "$work/s4/shard-$i" | cut -f1) MB"; done

serve() {  # serve STUB DB...: one xapian-tcpsrv serving the databases, a remote line in STUB
  local stub=$1 port
  shift
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  setsid xapian-tcpsrv --interface 127.0.0.1 --port "$port" "$@" >/dev/null 2>&1 &
  pids+=($!)
  echo "remote 127.0.0.1:$port timeout=60000" >>"$stub"
}
: >"$work/r1" && serve "$work/r1" "$work/one"
: >"$work/r2" && serve "$work/r2" "$work/s4/shard-0" "$work/s4/shard-1" && serve "$work/r2" "$work/s4/shard-2" "$work/s4/shard-3"
: >"$work/r4" && for i in 0 1 2 3; do serve "$work/r4" "$work/s4/shard-$i"; done
sleep 2

python3 - "$bin/lsearch" "$work" "${REPS:-3}" <<'PY'
import json, os, statistics, subprocess, sys, time
lsearch, work, reps = sys.argv[1], sys.argv[2], int(sys.argv[3])
queries = ["government", "oil prices", "said", "united nations", "trade", "security council",
           "bank", "war", "market", "president"]
dbs = [("1 index", work + "/one"), ("1 remote", work + "/r1"), ("2 remote", work + "/r2"),
       ("4 remote", work + "/r4"), ("4 local", work + "/s4/collection")]
modes = [("facets", []), ("no facets", ["--no-facets"])]
proc = {(d, m): [] for d, _ in dbs for m, _ in modes}
batch = {(d, m): [] for d, _ in dbs for m, _ in modes}
batch_file = os.path.join(work, "queries.tsv")
with open(batch_file, "w") as f:
    f.write("".join("q%d\t%s\n" % (i, q) for i, q in enumerate(queries)))
def run(db, extra, args):
    return subprocess.run([lsearch, "--db", db, "-f", "json", "--no-snippets", *extra, *args],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False).stdout
# The answers must agree before their times mean anything.
totals = {}
for name, db in dbs:
    out = run(db, [], ["--facet-limit", "20", "oil prices"])
    j = json.loads(out)
    totals[name] = (j["total"]["value"], [r["id"] for r in j["results"]], j["facets"])
ref = totals["1 index"]
for name in totals:
    print("check %-9s total %d, same ids and facets as 1 index: %s" % (name, totals[name][0], totals[name] == ref))
load = []
start = time.time()
for r in range(reps):  # interleaved: machine drift hits every configuration alike
    load.append(os.getloadavg()[0])
    for q in queries:
        for name, db in dbs:
            for mode, extra in modes:
                t = time.perf_counter()
                run(db, extra, [q])
                proc[(name, mode)].append((time.perf_counter() - t) * 1000)
    # One process per configuration answering every query (lsearch --batch): the
    # whole run over the queries, per query (start-up and connections amortised).
    for name, db in dbs:
        for mode, extra in modes:
            t = time.perf_counter()
            run(db, extra, ["--batch", batch_file])
            batch[(name, mode)].append((time.perf_counter() - t) * 1000 / len(queries))
load.append(os.getloadavg()[0])
def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(p * (len(v) - 1))))]
print("query rounds: %d x %d queries, %.0f s; load average per round: %s" %
      (reps, len(queries), time.time() - start, " ".join("%.1f" % x for x in load)))
print("%-9s %-10s %9s %9s %12s  (ms; process = one lsearch per query; batch = mean per query in one process)" %
      ("db", "mode", "p50", "p99", "batch mean"))
for name, _ in dbs:
    for mode, _ in modes:
        v = proc[(name, mode)]
        print("%-9s %-10s %9.1f %9.1f %12.1f" % (name, mode, statistics.median(v), pct(v, 0.99),
                                                 statistics.median(batch[(name, mode)])))
PY
