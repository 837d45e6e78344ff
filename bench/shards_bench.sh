#!/usr/bin/env bash
# Sharded collections, measured: a corpus mix as 1 index and as 2 and 4 shards
# (built in parallel by scripts/build-shards.sh, served by local xapian-tcpsrv
# processes on 127.0.0.1), then broad queries with facets through each: p50/p99
# of whole lsearch processes (connects included), rounds interleaved.
#   bench/shards_bench.sh BIN_DIR SHARED_DIR [CORPUS_NAMES...]
# CORPUS_NAMES default: the 786k mix of all shared corpora. REPS (default 5).
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

t0=$(date +%s.%N)
"$bin/lindex" -q -j 2 --db "$work/one" "${corpus[@]}" || [ $? -le 1 ]
t1=$(date +%s.%N)
echo "build 1 index (-j 2): $(echo "$t1 - $t0" | bc) s, $(du -sm "$work/one" | cut -f1) MB"
for n in 2 4; do
  t0=$(date +%s.%N)
  LINDEX=$bin/lindex JOBS=1 bash "$(dirname "$0")/../scripts/build-shards.sh" "$work/s$n" "$n" "${corpus[@]}" -- -q || [ $? -le 1 ]
  t1=$(date +%s.%N)
  echo "build $n shards in parallel (-j 1 each): $(echo "$t1 - $t0" | bc) s, $(du -sm "$work/s$n" | cut -f1) MB"
done

port_base=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
serve() {  # serve DIR N STUB: one xapian-tcpsrv per shard, a remote stub
  local dir=$1 n=$2 stub=$3 i port
  : >"$stub"
  for ((i = 0; i < n; i++)); do
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    setsid xapian-tcpsrv --interface 127.0.0.1 --port "$port" "$dir/shard-$i" >/dev/null 2>&1 &
    pids+=($!)
    echo "remote 127.0.0.1:$port" >>"$stub"
  done
}
serve "$work/s2" 2 "$work/r2"
serve "$work/s4" 4 "$work/r4"
: "$port_base"
sleep 1

python3 - "$bin/lsearch" "$work" "${REPS:-5}" <<'PY'
import statistics, subprocess, sys, time
lsearch, work, reps = sys.argv[1], sys.argv[2], int(sys.argv[3])
queries = ["government", "oil prices", "said", "united nations", "trade", "security council",
           "bank", "war", "market", "president"]
dbs = [("1 index (ordinals)", work + "/one"), ("2 local shards", work + "/s2/collection"),
       ("4 local shards", work + "/s4/collection"), ("2 remote shards", work + "/r2"),
       ("4 remote shards", work + "/r4")]
modes = [("facets", []), ("no facets", ["--no-facets"])]
times = {(d, m): [] for d, _ in dbs for m, _ in modes}
for _ in range(reps):  # interleaved: machine drift hits every configuration alike
    for q in queries:
        for name, db in dbs:
            for mode, extra in modes:
                t = time.perf_counter()
                subprocess.run([lsearch, "--db", db, "-f", "json", "--no-snippets", *extra, q],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
                times[(name, mode)].append((time.perf_counter() - t) * 1000)
print("%-22s %-10s %8s %8s  (ms per lsearch process, %d queries x %d)" % ("db", "mode", "p50", "p99", len(queries), reps))
for name, _ in dbs:
    for mode, _ in modes:
        v = sorted(times[(name, mode)])
        p99 = v[min(len(v) - 1, int(round(0.99 * (len(v) - 1))))]
        print("%-22s %-10s %8.1f %8.1f" % (name, mode, statistics.median(v), p99))
PY
