#!/usr/bin/env bash
# lsearch serve under load: 8 clients, 2,000 searches on loopback, over an index of CORPUS
# (default: Reuters headlines 2011, 726k articles); figures to bench/results/.
#   bench/serve_load.sh BIN_DIR SHARED_DIR [CORPUS...]
# Needs the release build. Builds the index once into $BENCH_WORK (kept when given, so a second
# run reuses it), starts lsearch serve on a free port, runs bench/serve_load.py, stops the server.
set -euo pipefail
bin=$(cd "$1" && pwd)
shared=$(cd "$2" && pwd)
shift 2
corpora=("$@")
[ ${#corpora[@]} -gt 0 ] || corpora=("$shared/corpora/reuters_headlines_2011/articles.jsonl.gz")
here=$(cd "$(dirname "$0")" && pwd)
work=${BENCH_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/lsearch-serve-bench-XXXXXX")}
mkdir -p "$here/results" "$work"
out="$here/results/$(date +%Y-%m-%d)-serve-$(hostname).txt"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true' EXIT

db="$work/serve-bench.db"
if [ ! -e "$db/XAPIANDB" ]; then
  echo "building the index of ${corpora[*]} (once)" >&2
  # Exit 1: some records were skipped (reported on stderr); the index is built.
  status=0
  /usr/bin/time -f "%e" -o "$work/build.time" timeout 1800 "$bin/lindex" --db "$db" --quiet "${corpora[@]}" || status=$?
  [ "$status" -le 1 ] || exit "$status"
fi

"$bin/lsearch" serve --db "$db" --listen 127.0.0.1:0 --threads 8 2>"$work/server.err" &
server=$!
base=""
for _ in $(seq 300); do
  base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.err" || true)
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { cat "$work/server.err" >&2; exit 1; }
docs=$(python3 -c "import json,urllib.request; print(json.load(urllib.request.urlopen('$base/api/health'))['documents'])")

{
  echo "# lsearch serve load, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -r)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (machine shared with other jobs)"
  echo "index: ${corpora[*]} ($docs articles)$( [ -e "$work/build.time" ] && echo ", built in $(tail -1 "$work/build.time") s")"
  echo "server: lsearch serve --threads 8 (release build); requests: the page's (10 hits, exact facets, timeline=auto)"
  echo "warm-up: 200 queries (not counted)"
  python3 "$here/serve_load.py" "$base" --clients 8 --queries 200 --max-seconds 300 >/dev/null || true
  echo "run: 8 clients, 2000 queries"
  python3 "$here/serve_load.py" "$base" --clients 8 --queries 2000 --max-seconds 600
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
