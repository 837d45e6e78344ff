#!/usr/bin/env bash
# Sharded collections end to end: a Reuters-21578 slice as one index and as 3
# shards (scripts/build-shards.sh), the shards served by 3 real xapian-tcpsrv
# processes on 127.0.0.1; the same queries through one index, a stub of local
# shards and a stub of remote shards give the same ids in the same order,
# scores to 1e-9, totals, facets and snippets. Then faults (a server killed,
# one hanging) and a shard rebuilt while served.
set -eu
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shard_lib.sh"
: "${SHARED_DIR:?set SHARED_DIR to the shared corpora}"
command -v xapian-tcpsrv >/dev/null || { echo "SKIP: xapian-tcpsrv not installed"; exit 0; }
REUTERS=$SHARED_DIR/corpora/reuters21578/articles.jsonl.gz
[ -f "$REUTERS" ] || { fail "missing $REUTERS"; finish; }

mkdir -p "$WORK/corpus"
zcat "$REUTERS" | awk 'NR % 10 == 1' | head -n 1500 >"$WORK/corpus/slice.jsonl"
run_status s "$LINDEX" -q -j 2 --db "$WORK/whole" "$WORK/corpus"
check "whole index built" test "$s" -le 1
LINDEX=$LINDEX run_status s bash "$SOURCE_DIR/scripts/build-shards.sh" "$WORK/shards" 3 "$WORK/corpus" -- -q
check "3 shards built in parallel" test "$s" -le 1
check "the stub lists them" test "$(cat "$WORK/shards/collection")" = "$(printf 'auto shard-0\nauto shard-1\nauto shard-2')"

trap 'stop_shard_servers; rm -rf "$WORK"' EXIT
for i in 0 1 2; do check "server $i listening" start_shard_server "$i" "$WORK/shards/shard-$i"; done
remote_stub "$WORK/remote" 0 1 2

same_results() {  # same_results A.json B.json [nosuggest]: the comparison of the issue
  python3 - "$@" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
def fail(msg):
    print(msg, file=sys.stderr); sys.exit(1)
if a["total"] != b["total"]: fail("totals differ: %s %s" % (a["total"], b["total"]))
ia, ib = [r["id"] for r in a["results"]], [r["id"] for r in b["results"]]
if ia != ib: fail("ids differ:\n%s\n%s" % (ia, ib))
for x, y in zip(a["results"], b["results"]):
    if abs(x["score"] - y["score"]) > 1e-9: fail("score of %s: %r %r" % (x["id"], x["score"], y["score"]))
    if x["snippet"] != y["snippet"] or x["actors"] != y["actors"]: fail("hit %s differs" % x["id"])
if a["facets"] != b["facets"]: fail("facets differ:\n%s\n%s" % (a["facets"], b["facets"]))
if len(sys.argv) < 4 and a["suggestion"] != b["suggestion"]: fail("suggestions differ")
if b.get("partial"): fail("partial")
PY
}

SIMILAR=$(head -n 1 "$WORK/corpus/slice.jsonl" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
queries=("oil" "trade deficit" "bank rate" "yen OR dollar" "\"crude oil\"" "prices --since 1987-04 --until 1987-06"
         "--place japan" "--actor reagan" "shipping --sort newest" "--sort oldest --place japan" "goverment")
n=0
for q in "${queries[@]}"; do
  n=$((n + 1))
  eval "args=($q)"
  "$LSEARCH" --db "$WORK/whole" -f json --limit 20 --facet-limit 50 "${args[@]}" >"$WORK/w$n.json" 2>/dev/null || true
  "$LSEARCH" --db "$WORK/shards/collection" -f json --limit 20 --facet-limit 50 "${args[@]}" >"$WORK/l$n.json" 2>"$WORK/l$n.err" || true
  "$LSEARCH" --db "$WORK/remote" -f json --limit 20 --facet-limit 50 "${args[@]}" >"$WORK/r$n.json" 2>"$WORK/r$n.err" || true
  check "query [$q]: one index answers" json_true "$WORK/w$n.json" 'j["total"]["value"] >= 0'
  check "query [$q]: local shards = one index" same_results "$WORK/w$n.json" "$WORK/l$n.json"
  # Xapian 1.4's remote protocol has no spelling table: no did-you-mean from remote shards.
  check "query [$q]: remote shards = one index" same_results "$WORK/w$n.json" "$WORK/r$n.json" nosuggest
done
check "the whole index has a suggestion for the misspelling" json_true "$WORK/w$n.json" 'j["suggestion"] is not None'

# The spelling shard (lindex --merge-spelling) gives remote shards the did-you-mean of one index.
run_status s "$LINDEX" -q --db "$WORK/spelling" --merge-spelling "$WORK/shards/shard-0" "$WORK/shards/shard-1" "$WORK/shards/shard-2"
check "spelling shard merged" test "$s" -eq 0
remote_stub "$WORK/remote+spelling" 0 1 2
echo "auto $WORK/spelling" >>"$WORK/remote+spelling"
n=0
for q in "${queries[@]}"; do
  n=$((n + 1))
  eval "args=($q)"
  "$LSEARCH" --db "$WORK/remote+spelling" -f json --limit 20 --facet-limit 50 "${args[@]}" >"$WORK/rs$n.json" 2>/dev/null || true
  check "query [$q]: remote shards + spelling shard = one index, suggestion too" same_results "$WORK/w$n.json" "$WORK/rs$n.json"
done
"$LINDEX" -q --json --db "$WORK/spelling" --merge-spelling "$WORK/shards/shard-0" "$WORK/shards/shard-1" "$WORK/shards/shard-2" >"$WORK/sp.json" || true
check "merged again: the summary counts the words" json_true "$WORK/sp.json" 'j["mode"] == "spelling" and j["spelling_words"] > 1000 and j["documents"] == 0'
check "merged again: one generation kept besides the live one" test "$(ls -d "$WORK/spelling"/gen-* | wc -l)" -le 2
expect_status 2 "an incremental run into a spelling shard is refused" "$LINDEX" -q --db "$WORK/spelling" "$WORK/corpus"
check "the refusal says why" contains "$WORK/err" "is a spelling shard"
expect_status 2 "a spelling shard over an index of articles is refused" "$LINDEX" -q --db "$WORK/whole" --merge-spelling "$WORK/shards/shard-0"
check "the refusal names the articles" contains "$WORK/err" "articles; a spelling shard needs a directory of its own"
check "the article index is untouched" test "$("$LSEARCH" --db "$WORK/whole" -f json -n 0 --no-facets oil | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"]["value"])')" -gt 0
expect_status 2 "a spelling shard of a directory that is no index is refused" "$LINDEX" -q --db "$WORK/sp2" --merge-spelling "$WORK/corpus"
check "the refusal names it" contains "$WORK/err" "$WORK/corpus: not an lsearch index"
# --similar over shards: Xapian 1.4 picks expansion terms with each shard's
# term frequencies, so the terms (and results) may differ a little from one index.
"$LSEARCH" --db "$WORK/remote" -f json --similar "$SIMILAR" >"$WORK/sim.json" 2>/dev/null || true
check "--similar over remote shards" json_true "$WORK/sim.json" 'j["total"]["value"] > 0 and "'"$SIMILAR"'" not in [r["id"] for r in j["results"]]'
check "broad queries really have facets" json_true "$WORK/w1.json" 'len(j["facets"]["actors"]) > 5'

# Timelines, pairs and watches use lsearch's own spies: on remote shards a clear error, not Xapian's.
for flag in "--timeline month" "--pairs actor" "--watch w1"; do
  eval "args=($flag)"
  XDG_STATE_HOME=$WORK/state expect_status 2 "$flag over remote shards is refused" "$LSEARCH" --db "$WORK/remote" "${args[@]}" oil
  check "$flag: the error says local shards are needed" contains "$WORK/err" "need local shards"
done
"$LSEARCH" --db "$WORK/shards/collection" -f json --timeline month oil >"$WORK/tl.json" 2>/dev/null || true
check "--timeline over local shards works" json_true "$WORK/tl.json" 'sum(b["count"] for b in j["timeline"]["buckets"]) > 0'

# A shard built with another gazetteer is refused, naming it.
printf 'actor\tZed Zedson\tZedson\n' >"$WORK/extra.tsv"
"$LINDEX" -q --db "$WORK/odd" --entities "$WORK/extra.tsv" "$WORK/corpus" || true
printf 'auto %s\nauto %s\n' "$WORK/whole" "$WORK/odd" >"$WORK/mixed"
expect_status 2 "mixed gazetteers are an error" "$LSEARCH" --db "$WORK/mixed" oil
check "the error names the odd shard" contains "$WORK/err" "auto $WORK/odd"

# A server killed mid-run: a batch keeps answering, each line an error naming the shard.
for i in $(seq 200); do echo "q$i	oil"; done >"$WORK/batch.tsv"
"$LSEARCH" --db "$WORK/remote" --batch "$WORK/batch.tsv" -f json >"$WORK/batch.out" 2>"$WORK/batch.err" &
BATCH=$!
sleep 0.5
kill -9 "${SHARD_PIDS[1]}"
set +e; wait "$BATCH"; bs=$?; set -e
check "a batch survives a killed shard (no SIGPIPE death): exit $bs" test "$bs" -le 2
expect_status 2 "a killed shard is an error" "$LSEARCH" --db "$WORK/remote" oil
check "the error names the dead shard" contains "$WORK/err" "127.0.0.1:${SHARD_PORTS[1]}"
expect_status 0 "--allow-partial answers from the others" "$LSEARCH" --db "$WORK/remote" --allow-partial -f json oil
check "JSON says partial" json_true "$WORK/out" 'j["partial"] is True and "127.0.0.1:%s" % '"${SHARD_PORTS[1]}"' in j["missing_shards"][0]'
check "stderr says partial" contains "$WORK/err" "partial results: shard did not answer: remote 127.0.0.1:${SHARD_PORTS[1]}"
check "partial total is smaller" json_true "$WORK/out" 'j["total"]["value"] < '"$(json_get "$WORK/w1.json" 'j["total"]["value"]')"
printf 'q1\toil\nq2\tbank rate\n' >"$WORK/two.tsv"
expect_status 0 "--allow-partial --batch" "$LSEARCH" --db "$WORK/remote" --allow-partial --batch "$WORK/two.tsv" -f jsonl
check "each batch line's partial result is named on stderr" contains "$WORK/err" "$WORK/two.tsv:2: query q2: partial results"

check "server 1 back" start_shard_server 1 "$WORK/shards/shard-1"
remote_stub "$WORK/remote" 0 1 2

# A hanging server (stopped): the error comes within the timeouts.
kill -STOP "${SHARD_PIDS[2]}"
start=$(date +%s)
expect_status 2 "a hanging shard is an error" "$LSEARCH" --db "$WORK/remote" oil
elapsed=$(($(date +%s) - start))
check "within bounded time (${elapsed}s)" test "$elapsed" -le 12
check "the error names the hanging shard" contains "$WORK/err" "127.0.0.1:${SHARD_PORTS[2]}"
kill -CONT "${SHARD_PIDS[2]}"

# A shard rebuilt while served: new connections see the new state.
before=$("$LSEARCH" --db "$WORK/remote" -f json -n 0 --no-facets oil | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"]["value"])')
head -n 700 "$WORK/corpus/slice.jsonl" >"$WORK/corpus/slice.new" && mv "$WORK/corpus/slice.new" "$WORK/corpus/slice.jsonl"
run_status s "$LINDEX" -q --db "$WORK/shards/shard-1" --shard 1/3 --rebuild --allow-shrink "$WORK/corpus"
check "shard 1 rebuilt while served" test "$s" -le 1
after=$("$LSEARCH" --db "$WORK/remote" -f json -n 0 --no-facets oil | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"]["value"])')
check "new connections see the rebuilt shard ($before -> $after)" test "$after" -lt "$before"
run_status s "$LINDEX" -q --db "$WORK/shards/shard-1" --shard 1/3 --allow-shrink "$WORK/corpus"
check "an incremental run on a served shard" test "$s" -le 1
finish
