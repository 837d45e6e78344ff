#!/usr/bin/env bash
# lsearch benchmarks: prints figures and writes them to bench/results/.
#   bench/run_all.sh BIN_DIR SHARED_DIR
# Needs the release build (make -f Makefile.helpers bench builds it). Uses
# omindex and quest (xapian-omega, xapian-tools) as baselines when installed.
set -euo pipefail
bin=$(cd "$1" && pwd)
shared=$(cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=${BENCH_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/lsearch-bench-XXXXXX")}
mkdir -p "$here/results"
out="$here/results/$(date +%Y-%m-%d)-$(hostname).txt"
exec > >(tee "$out") 2>&1

reuters="$shared/corpora/reuters21578/articles.jsonl.gz"
ungdc_dir="$shared/corpora/ungdc"
mb() { python3 -c "print(f'{$1/1e6:.1f}')"; }
timed() {  # timed LABEL CMD...: wall seconds and peak RSS (KB) into $secs $rss
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/cmd.out" 2>"$work/cmd.err" || true
  read -r secs rss < <(tail -1 "$work/time")
}

echo "# lsearch benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -r)"
echo "xapian $(dpkg-query -W -f='${Version}' libxapian30 2>/dev/null), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "## 1. Analysis stages (one thread, Reuters-21578)"
"$bin/bench_analysis_stages" "$reuters"
echo

echo "## 2. Full build (lindex, all cores)"
printf '%-22s %8s %9s %9s %9s %10s %12s\n' corpus "text MB" seconds "MB/s" "docs/s" "RSS MB" "index MB/MB"
build() {  # build NAME INPUT...
  local name=$1
  shift
  rm -rf "$work/$name.db"
  timed "$bin/lindex" --db "$work/$name.db" --json --quiet "$@"
  python3 - "$work/cmd.out" "$secs" "$rss" "$work/$name.db" "$name" <<'PY'
import json, os, sys
j = json.load(open(sys.argv[1])); secs = float(sys.argv[2]); rss = int(sys.argv[3]) / 1024
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(sys.argv[4]) for f in fs)
mb = j["text_bytes"] / 1e6
print(f"{sys.argv[5]:<22} {mb:8.1f} {secs:9.1f} {mb/secs:9.2f} {j['documents']/secs:9.0f} {rss:9.0f} {size/1e6/mb:12.2f}")
PY
}
build reuters21578 "$reuters"
python3 - "$work/reuters21578.db" "$work/cmd.out" <<'PY'
# What each part of the Reuters index costs: one glass table each (values live
# in postlist; README "Index size" measures them by building without them).
import glob, json, os, sys
gen = sorted(glob.glob(sys.argv[1] + "/gen-*"))[-1]
text = json.load(open(sys.argv[2]))["text_bytes"]  # lindex's summary of this build
parts = {"position": "positions", "postlist": "postings, values", "termlist": "termlists",
         "docdata": "stored text", "spelling": "spelling"}
total = 0
for table, what in parts.items():
    path = f"{gen}/{table}.glass"
    size = os.path.getsize(path) if os.path.exists(path) else 0
    total += size
    print(f"  {what:<18} {size/1e6:7.2f} MB  {size/text:5.2f} MB/MB")
column = f"{gen}/facets.column"
size = os.path.getsize(column) if os.path.exists(column) else 0
print(f"  {'facet column':<18} {size/1e6:7.2f} MB  {size/text:5.2f} MB/MB")
total += size
print(f"  {'all':<18} {total/1e6:7.2f} MB  {total/text:5.2f} MB/MB of text ({text/1e6:.1f} MB)")
PY
# Raw value bytes by what the slots hold (common/schema/fields.h), stored in postlist.glass.
"$bin/bench_index_dump" --value-bytes "$work/reuters21578.db" >"$work/value-bytes"
python3 - "$work/value-bytes" <<'PY'
import sys
groups = [("summary (slot 4)", {4}), ("facet list (slot 1)", {1}), ("facet ordinals (5)", {5}),
          ("remote facet slots (10-35)", set(range(10, 36))), ("sort keys (8, 9)", {8, 9}),
          ("hashes (3, 6, 7)", {3, 6, 7}), ("date, mentioned (0, 2)", {0, 2})]
slots, other = {}, {}
for line in open(sys.argv[1]):
    f = line.split()
    if f[0] == "slot": slots[int(f[1])] = int(f[5])
    else: other[f[0]] = int(f[2])
for name, members in groups:
    print(f"  values: {name:<26} {sum(slots.pop(s, 0) for s in members)/1e6:6.2f} MB raw")
print(f"  values: {'other slots':<26} {sum(slots.values())/1e6:6.2f} MB raw")
print(f"  all values {other['values']/1e6:.2f} MB, metadata {other['metadata']/1e6:.2f} MB raw (in postlist)")
PY
build ungdc "$ungdc_dir"
build reuters-headlines-2011 "$shared/corpora/reuters_headlines_2011/articles.jsonl.gz"

if command -v omindex >/dev/null; then
  rounds=${BENCH_ROUNDS:-5}
  echo
  echo "## 3. Baseline: omindex vs lindex on Reuters-21578, $rounds interleaved rounds (the machine is noisy)"
  rm -rf "$work/reut-txt"
  python3 - "$reuters" "$work/reut-txt" <<'PY'
import gzip, json, os, sys
n = 0
with gzip.open(sys.argv[1], "rt") as f:
    for line in f:
        r = json.loads(line); d = "%s/%03d" % (sys.argv[2], n // 1000); os.makedirs(d, exist_ok=True)
        open("%s/%s.txt" % (d, r["id"]), "w").write((r.get("title") or "") + "\n\n" + (r.get("text") or "")); n += 1
PY
  echo "omindex indexes the same text as one .txt file per article; lindex reads the JSONL and the .txt files"
  printf '%-6s %10s %12s %12s %12s %12s\n' round "omindex s" "lindex jsonl" "lindex txt" "x (jsonl)" "x (txt)"
  : >"$work/rounds"
  for round in $(seq "$rounds"); do
    rm -rf "$work/omindex.db" "$work/r-jsonl.db" "$work/r-txt.db"
    timed omindex --db "$work/omindex.db" --url / "$work/reut-txt"
    om=$secs om_rss=$rss
    timed "$bin/lindex" --db "$work/r-jsonl.db" --quiet "$reuters"
    lj=$secs
    timed "$bin/lindex" --db "$work/r-txt.db" --quiet "$work/reut-txt"
    lt=$secs lt_rss=$rss
    echo "$om $lj $lt" >>"$work/rounds"
    python3 -c "print(f'{$round:<6} {$om:10.2f} {$lj:12.2f} {$lt:12.2f} {$om/$lj:12.2f} {$om/$lt:12.2f}')"
  done
  python3 - "$work/rounds" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1])]
om, lj, lt = (statistics.median(c) for c in zip(*rows))
rj = statistics.median(r[0] / r[1] for r in rows); rt = statistics.median(r[0] / r[2] for r in rows)
print(f"median  {om:10.2f} {lj:12.2f} {lt:12.2f} {rj:12.2f} {rt:12.2f}   (ratios: median of the per-round ratios)")
PY
  echo "peak RSS, last round: omindex $((om_rss / 1024)) MB, lindex on .txt $((lt_rss / 1024)) MB"
fi

echo
echo "## 4. Nightly runs (incremental) on a 50k-article corpus"
mkdir -p "$work/nightly"
python3 - "$shared/corpora" "$work/nightly" <<'PY'
import gzip, json, sys
src, out = sys.argv[1], sys.argv[2]
files = ["reuters21578/articles.jsonl.gz", "bbc/articles.jsonl.gz", "20newsgroups/articles.jsonl.gz"]
n = 0
for i, name in enumerate(files):
    with gzip.open(f"{src}/{name}", "rt") as f, open(f"{out}/part{i}.jsonl", "w") as o:
        for line in f: o.write(line); n += 1
with gzip.open(f"{src}/reuters_headlines_libya/articles.jsonl.gz", "rt") as f, open(f"{out}/part3.jsonl", "w") as o:
    for line in f:
        if n >= 50000: break
        o.write(line); n += 1
print(f"nightly corpus: {n} articles in 4 JSONL files")
PY
rm -rf "$work/nightly.db"
timed "$bin/lindex" --db "$work/nightly.db" --quiet "$work/nightly"
full=$secs
echo "full build: $full s"
timed "$bin/lindex" --db "$work/nightly.db" --quiet "$work/nightly"
echo "unchanged corpus: $secs s ($(python3 -c "print(f'{100*$secs/$full:.1f}')")% of the full build)"
python3 - "$work/nightly/part0.jsonl" <<'PY'
import json, sys
path = sys.argv[1]
recs = [json.loads(l) for l in open(path)]
for r in recs[:500]: r["text"] = (r.get("text") or "") + " Revised overnight."
with open(path, "w") as f:
    for r in recs: f.write(json.dumps(r) + "\n")
PY
timed "$bin/lindex" --db "$work/nightly.db" --json --quiet "$work/nightly"
changed=$(python3 -c "import json; j=json.load(open('$work/cmd.out')); print(j['articles']['updated'])")
echo "1% changed ($changed articles rewritten, one 21.6k-record file re-read): $secs s ($(python3 -c "print(f'{100*$secs/$full:.1f}')")% of the full build)"

echo
echo "## 5. Query latency (warm cache; mean of 20 queries x 10 runs)"
queries=(oil "oil prices" "interest rates" "bank of japan" coffee "trade deficit" gold "opec output" wheat
  "stock market" dollar "federal reserve" grain "crude oil" tariffs "money supply" copper sugar "debt crisis" merger)
per_process() {  # per_process CMD...: mean ms of one process per query
  local start end n=0
  start=$(date +%s%N)
  for round in 1 2 3 4 5 6 7 8 9 10; do
    for q in "${queries[@]}"; do "$@" "$q" >/dev/null 2>&1 || true; n=$((n + 1)); done
  done
  end=$(date +%s%N)
  python3 -c "print(f'{($end-$start)/1e6/$n:.2f}')"
}
db="$work/reuters21578.db"
echo "lsearch process, top 10 + snippets + exact facets: $(per_process "$bin/lsearch" --db "$db") ms"
echo "lsearch process, top 10, no snippets/facets:       $(per_process "$bin/lsearch" --db "$db" --no-snippets --no-facets) ms"
if command -v quest >/dev/null; then
  echo "quest process, top 10 (baseline):                  $(per_process quest -d "$db" -m 10) ms"
fi
for i in $(seq 50); do for q in "${queries[@]}"; do printf '%s\t%s\n' "$i" "$q"; done; done >"$work/batch.tsv"
start=$(date +%s%N)
"$bin/lsearch" --db "$db" --batch "$work/batch.tsv" --format trec --limit 10 >/dev/null || true
end=$(date +%s%N)
echo "lsearch --batch --format trec (1000 queries, one process): $(python3 -c "print(f'{($end-$start)/1e6/1000:.3f}')") ms/query"

echo
echo "## 6. Latency growth: Reuters-21578 (21.6k) vs Reuters headlines 2011 (726k)"
for name in reuters21578 reuters-headlines-2011; do
  echo "$name: $(per_process "$bin/lsearch" --db "$work/$name.db") ms per process (snippets + exact facets)," \
    "$(per_process "$bin/lsearch" --db "$work/$name.db" --no-facets) ms without facets"
done

echo
echo "## 7. Facets per matching article, and growth (in one process, no start-up; $(cut -d' ' -f1-3 /proc/loadavg) load)"
# The mix of every shared corpus (786k articles), and its first 200k records.
mkdir -p "$work/mix200k"
python3 - "$shared/corpora" "$work/mix200k/part.jsonl" <<'PY'
import glob, gzip, sys
n = 0
with open(sys.argv[2], "w") as out:
    for path in sorted(glob.glob(sys.argv[1] + "/*/*.jsonl.gz")):
        with gzip.open(path, "rt") as f:
            for line in f:
                if n >= 200000: sys.exit(0)
                out.write(line); n += 1
PY
rm -rf "$work/mix.db" "$work/mix200k.db"
timed "$bin/lindex" --db "$work/mix.db" --quiet "$shared/corpora"
echo "build of the 786k-article mix: $secs s, peak RSS $((rss / 1024)) MB"
timed "$bin/lindex" --db "$work/mix200k.db" --quiet "$work/mix200k"
facet_rounds=${BENCH_FACET_ROUNDS:-7}
echo "facet cost on the mix, $facet_rounds interleaved rounds (snippets off on both sides; ms = median):"
"$bin/bench_query_latency" facets "$work/mix.db" "$facet_rounds"
echo "latency over the 20 queries above, 3 rounds, top 10 (p50 / p99 of 60 runs each side):"
for name in reuters21578 mix200k mix; do
  printf '%-14s ' "$name"
  "$bin/bench_query_latency" list "$work/$name.db" 3 "${queries[@]}"
done
echo
echo "results written to $out"
