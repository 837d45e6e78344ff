#!/usr/bin/env bash
# lsearch serve keeps answering while lindex writes: four clients query the
# API during an incremental run and two --rebuild switches, with 0 failed
# requests; afterwards the server sees the new index without a restart.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
set -e
DB="$WORK/db"
C="$WORK/corpus"
make_corpus "$C" 1500
expect_status 0 "initial build" "$LINDEX" --db "$DB" --quiet "$C"
start_server --db "$DB" --threads 4

python3 - "$BASE" "$WORK" <<'PY' &
import json, os, sys, threading, urllib.parse, urllib.request
base, work = sys.argv[1], sys.argv[2]
paths = ["/api/search?" + urllib.parse.urlencode(p, doseq=True) for p in (
    {"q": "haftar", "actor": "Haftar", "limit": 5},
    {"q": "tripoli ceasefire", "sort": "newest"},
    {"place": "Tripoli", "since": "2019-03", "timeline": "year"},
    {"q": "\"mass graves\"", "offset": 10},
)] + ["/api/article?id=gen-00042", "/api/health"]
counts = {"runs": 0, "failures": 0}
errors = []
lock = threading.Lock()
def client(n):
    i = n
    while not os.path.exists(work + "/stop"):
        path = paths[i % len(paths)]
        i += 1
        try:
            with urllib.request.urlopen(base + path, timeout=30) as r:
                json.load(r)
                ok = r.status == 200
        except Exception as e:  # HTTP errors too: every request must succeed
            ok = False
            with lock: errors.append("%s: %s" % (path, e))
        with lock:
            counts["runs"] += 1
            counts["failures"] += 0 if ok else 1
threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
for t in threads: t.start()
for t in threads: t.join()
json.dump({"counts": counts, "errors": errors[:10]}, open(work + "/clients.json", "w"))
PY
clients=$!
sleep 1

revise_feed "$C/feed.jsonl"
expect_status 0 "incremental run while serving" "$LINDEX" --db "$DB" --quiet --commit-every 100 "$C"
expect_status 0 "rebuild while serving" "$LINDEX" --db "$DB" --quiet --rebuild "$C"
printf 'Title: Added later\nDate: 2021-01-01\n\nA new article about Benghazi.\n' >"$C/txt/added.txt"
expect_status 0 "second rebuild while serving" "$LINDEX" --db "$DB" --quiet --rebuild "$C"
sleep 1
touch "$WORK/stop"
wait "$clients"

check "the clients ran" test "$(json_get "$WORK/clients.json" 'j["counts"]["runs"] > 50')" = True
CHECKS=$((CHECKS + 1))
failures=$(json_get "$WORK/clients.json" 'j["counts"]["failures"]')
if [ "$failures" != 0 ]; then fail "$failures failed requests"; json_get "$WORK/clients.json" 'j["errors"]' >&2; fi
echo "requests during the writes: $(json_get "$WORK/clients.json" 'j["counts"]')"

expect_get 200 "health after the rebuilds" "$BASE/api/health"
check "the server sees the rebuilt index (one more article)" test "$(json_get "$WORK/body" 'j["documents"]')" = 1651
expect_get 200 "the added article" "$BASE/api/article?id=txt/added.txt"
stop_server
check "no sanitizer report" server_is_clean
finish
