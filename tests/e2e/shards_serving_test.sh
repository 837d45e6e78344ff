#!/usr/bin/env bash
# Serving a shard while lindex updates it (issue 16, item 4): 2 shards served
# read-only by real xapian-tcpsrv processes, searched through one long-running
# `lsearch serve` (one worker: its connections stay open). Shard 1 gets an
# incremental run (several commits) and then a --rebuild stub switch while a
# client keeps querying. Every answer is one state of the shard, never a mix
# (total = hits with their copies = the sum of the source facet, in one response); after the
# commit the running connections see it; after the switch new connections see
# the new index and the running ones keep a whole state (old or new).
set -eu
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
source "$(dirname "$0")/shard_lib.sh"
command -v xapian-tcpsrv >/dev/null || { echo "SKIP: xapian-tcpsrv not installed"; exit 0; }
trap 'stop_server; stop_shard_servers; rm -rf "$WORK"' EXIT

C="$WORK/corpus"
make_corpus "$C" 400
LINDEX=$LINDEX run_status s bash "$SOURCE_DIR/scripts/build-shards.sh" "$WORK/shards" 2 "$C" -- -q
check "2 shards built" test "$s" -eq 0
for i in 0 1; do check "server $i listening" start_shard_server "$i" "$WORK/shards/shard-$i"; done
remote_stub "$WORK/remote" 0 1
start_server --db "$WORK/remote" --threads 1

api_total() {  # api_total QUERY: the total lsearch serve answers
  get --get --data-urlencode "q=$1" --data "limit=0" --data "no_facets=1" "$BASE/api/search" >/dev/null
  json_get "$WORK/body" 'j["total"]["value"]'
}
cli_total() {  # cli_total DB QUERY: the total a new lsearch process (new connections) answers
  "$LSEARCH" --db "$1" -f json -n 0 --no-facets "$2" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"]["value"])'
}
T0=$(api_total report)
check "serve over remote shards answers ($T0 articles)" test "$T0" -eq 440
check "a new connection agrees" test "$(cli_total "$WORK/remote" report)" -eq "$T0"

# The client: one query after another until told to stop; each answer is checked on its own.
python3 - "$BASE" "$WORK" <<'PY' &
import json, os, sys, urllib.parse, urllib.request
base, work = sys.argv[1], sys.argv[2]
url = base + "/api/search?" + urllib.parse.urlencode({"q": "zanzibarite", "limit": 100, "facet_limit": 100, "no_snippets": 1})
runs, failures, mixed, totals = 0, [], [], []
while not os.path.exists(work + "/stop"):
    runs += 1
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            j = json.load(r)
    except Exception as e:  # HTTP errors too: every request must succeed
        failures.append(str(e))
        continue
    total = j["total"]["value"]
    in_sources = sum(f["count"] for f in j["facets"]["sources"])
    # Hits are one per near-duplicate cluster; with each hit's copies they are every match.
    in_hits = sum(1 + (r.get("copies") or 0) for r in j["results"])
    if not (in_hits == total == in_sources):
        mixed.append((total, in_hits, in_sources))
    if not totals or totals[-1] != total:
        totals.append(total)
    with open(work + "/seen.tmp", "w") as f:  # the last total seen, for the test's hand-shakes
        f.write(str(total))
    os.replace(work + "/seen.tmp", work + "/seen")
json.dump({"runs": runs, "failures": failures[:5], "mixed": mixed[:5], "totals": totals},
          open(work + "/client.json", "w"))
PY
CLIENT=$!
# seen_by_client N: wait (up to 120 s) until the client's last answer had total N. Without these
# hand-shakes a client slow to start (a loaded machine, ASan) first sees a later commit, or never
# sees the committed state before the rebuild replaces it, and the totals check fails.
seen_by_client() {
  local i
  for ((i = 0; i < 1200; i++)); do
    [ "$(cat "$WORK/seen" 2>/dev/null)" = "$1" ] && return 0
    sleep 0.1
  done
  return 1
}
check "the client answered before the commits" seen_by_client 0

# An incremental run on shard 1 while served: 60 new articles (those shard 1 owns), committed 5 at a time.
python3 - "$C/extra.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(60):
        f.write(json.dumps({"id": "extra-%02d" % i, "title": "Zanzibarite find %d" % i, "date": "2021-03-%02d" % (1 + i % 28),
                            "source": "Extra Wire", "text": "Zanzibarite ore was found near Tripoli, report %d." % i}) + "\n")
PY
expect_status 0 "incremental run on served shard 1" "$LINDEX" -q --db "$WORK/shards/shard-1" --shard 1/2 --commit-every 5 "$C"
N1=$(cli_total "$WORK/shards/shard-1" zanzibarite)
check "shard 1 took its share of the new articles ($N1 of 60)" test "$N1" -gt 0 -a "$N1" -lt 60
check "the running connections see the commit" test "$(api_total zanzibarite)" -eq "$N1"
check "a new connection sees the commit" test "$(cli_total "$WORK/remote" zanzibarite)" -eq "$N1"
T1=$(api_total report)
check "the client saw the committed state" seen_by_client "$N1"
check "the total moved by shard 1's share ($T0 -> $T1)" test "$T1" -eq $((T0 + N1))

# A --rebuild switch of shard 1 while served: the new articles and a third of the feed gone.
rm "$C/extra.jsonl"
python3 - "$C/feed.jsonl" <<'PY'
import sys
lines = open(sys.argv[1]).read().splitlines(True)
open(sys.argv[1], "w").write("".join(l for n, l in enumerate(lines) if n % 3))
PY
expect_status 0 "--rebuild of served shard 1" "$LINDEX" -q --db "$WORK/shards/shard-1" --shard 1/2 --rebuild "$C"
printf 'auto shard-0\nauto shard-1\n' >"$WORK/shards/local"
T2=$(cli_total "$WORK/shards/local" report)
check "the rebuild removed articles ($T1 -> $T2)" test "$T2" -lt "$T0"
check "a new connection sees the rebuilt shard" test "$(cli_total "$WORK/remote" report)" -eq "$T2"
check "a new connection: none of the removed articles" test "$(cli_total "$WORK/remote" zanzibarite)" -eq 0
# The running connection keeps a whole state: the committed one or the rebuilt one.
now=$(api_total report)
zan=$(api_total zanzibarite)
check "the running connection sees one whole state ($now, $zan)" \
  test "$now/$zan" = "$T1/$N1" -o "$now/$zan" = "$T2/0"

sleep 0.5
touch "$WORK/stop"
wait "$CLIENT"
check "the client ran" json_true "$WORK/client.json" 'j["runs"] >= 5'
check "no failed requests" test "$(json_get "$WORK/client.json" 'j["failures"]')" = "[]"
check "no answer mixed two states" test "$(json_get "$WORK/client.json" 'j["mixed"]')" = "[]"
check "the client saw the totals grow by commits" json_true "$WORK/client.json" \
  'j["totals"][0] == 0 and max(j["totals"]) == '"$N1"
stop_server
check "serve exited cleanly" test "$(cat "$WORK/server.status")" -eq 0
finish
