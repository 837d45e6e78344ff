#!/usr/bin/env bash
# kill -9 lindex at random points of a full build and of an incremental run,
# again and again: the index always opens, the next run finishes the job, and
# the result equals a clean build.
source "$(dirname "$0")/lib.sh"
set -e
C="$WORK/corpus"
make_corpus "$C" 2000
ROUNDS=${KILL_ROUNDS:-4}

summary() {  # document count and the ids of a query: what must match a clean build
  "$LSEARCH" --db "$1" --format json --limit 10000 --no-snippets --no-collapse Tripoli |
    python3 -c "import json,sys; j=json.load(sys.stdin); print(j['total']['value'], sorted(r['id'] for r in j['results']))"
}

expect_status 0 "clean build" "$LINDEX" --db "$WORK/clean" --quiet "$C"
clean=$(summary "$WORK/clean")

kill_at_random() {  # kill_at_random DB ARGS...: starts lindex, kills it with SIGKILL mid-way
  local db=$1
  shift
  "$LINDEX" --db "$db" --quiet "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep "$(python3 -c "import random; print(random.uniform(0.05, 2.0))")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

for round in $(seq "$ROUNDS"); do
  db="$WORK/full$round"
  kill_at_random "$db" "$C"
  if [ -e "$db/XAPIANDB" ]; then
    run_status status "$LSEARCH" --db "$db" Tripoli --format ids
    check "round $round: the killed build's index opens" test "$status" -le 1
  fi
  expect_status 0 "round $round: the next run finishes" "$LINDEX" --db "$db" --quiet "$C"
  check "round $round: same as a clean build" test "$(summary "$db")" = "$clean"
done

# Incremental runs killed mid-way (small commits, so kills land between them).
expect_status 0 "base for incremental kills" "$LINDEX" --db "$WORK/inc" --quiet "$C"
python3 - "$C/feed.jsonl" <<'PY'
import json, sys
path = sys.argv[1]
recs = [json.loads(l) for l in open(path)]
recs = recs[100:] + [{"id": "new-%d" % i, "title": "New %d" % i, "text": "Fresh report from Tripoli %d." % i} for i in range(300)]
for r in recs[::2]: r["text"] += " Updated."
with open(path, "w") as f:
    for r in recs: f.write(json.dumps(r) + "\n")
PY
touch -d "+5 seconds" "$C/feed.jsonl"
expect_status 0 "clean build of the changed corpus" "$LINDEX" --db "$WORK/clean2" --quiet "$C"
clean2=$(summary "$WORK/clean2")
for round in $(seq "$ROUNDS"); do
  kill_at_random "$WORK/inc" --commit-every 50 "$C"
  run_status status "$LSEARCH" --db "$WORK/inc" Tripoli --format ids
  check "incremental round $round: the index opens after the kill" test "$status" = 0
done
expect_status 0 "the next incremental run finishes" "$LINDEX" --db "$WORK/inc" --quiet "$C"
check "incremental result equals a clean build" test "$(summary "$WORK/inc")" = "$clean2"
finish
