#!/usr/bin/env bash
# Wire copies collapsed, over a real corpus (Reuters Libya headlines, March
# 2011, with its UPDATE n- versions): one hit per cluster with an exact copy
# count, --no-collapse shows all, totals count articles either way, and a copy
# added by an incremental run joins its cluster.
source "$(dirname "$0")/lib.sh"
set -e
DB="$WORK/db"
libya_headlines 2011-03-01 2011-03-31 "$WORK/corpus/mar.jsonl"
expect_status 0 "lindex builds March 2011" "$LINDEX" -q --db "$DB" "$WORK/corpus"

expect_status 0 "collapsed search" "$LSEARCH" --db "$DB" Gaddafi -f json -n 50 --no-snippets
cp "$WORK/out" "$WORK/collapsed.json"
expect_status 0 "--no-collapse" "$LSEARCH" --db "$DB" Gaddafi -f json -n 100000 --no-snippets --no-collapse
cp "$WORK/out" "$WORK/all.json"
check "collapsed by default" test "$(json_get "$WORK/collapsed.json" "j['collapsed']")" = True
check "--no-collapse is not" test "$(json_get "$WORK/all.json" "j['collapsed']")" = False
check "totals count articles either way" test "$(json_get "$WORK/collapsed.json" "j['total']['value']")" = "$(json_get "$WORK/all.json" "j['total']['value']")"
check "some hits stand for copies" test "$(json_get "$WORK/collapsed.json" "sum(1 for r in j['results'] if r['copies'] > 0)")" -gt 0
check "one hit per cluster on the page" test "$(json_get "$WORK/collapsed.json" "len(set(r['cluster'] for r in j['results'])) == len(j['results'])")" = True
# Each hit's copies are exactly the other articles of its cluster among all matches.
check "copies are exact" python3 - "$WORK/collapsed.json" "$WORK/all.json" <<'PY'
import json, sys, collections
page, every = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
sizes = collections.Counter(r["cluster"] for r in every["results"])
bad = [(r["id"], r["copies"], sizes[r["cluster"]] - 1) for r in page["results"] if r["copies"] != sizes[r["cluster"]] - 1]
sys.exit(1 if bad else 0)
PY
check "UPDATE versions of one story share a cluster" python3 - "$WORK/all.json" <<'PY'
import json, re, sys, collections
rs = json.load(open(sys.argv[1]))["results"]
by_title = collections.defaultdict(set)
for r in rs:
    if r["title"]: by_title[re.sub(r"^(UPDATE|RPT)\s*\d*\s*-", "", r["title"]).strip()].add(r["cluster"])
same = [t for t, c in by_title.items() if len(c) == 1]
split = [t for t, c in by_title.items() if len(c) > 1]
sys.exit(0 if len(same) > 10 * max(1, len(split)) else 1)
PY
expect_status 0 "-f ids lists every article" "$LSEARCH" --db "$DB" Gaddafi -f ids -n 100000
check "-f ids: as many lines as --no-collapse finds" test "$(wc -l < "$WORK/out")" = "$(json_get "$WORK/all.json" "len(j['results'])")"
expect_status 0 "text says +N copies" "$LSEARCH" --db "$DB" Gaddafi -n 50 --no-snippets --no-facets
check "text: +N copies" grep -qE ' · \+[0-9]+ cop(y|ies)$' "$WORK/out"

# A new wire copy arrives in an incremental run: it joins the cluster of its story.
ORIG=$(json_get "$WORK/collapsed.json" "[r['id'] for r in j['results'] if r['copies'] == 0 and r['title']][0]")
TITLE=$(json_get "$WORK/collapsed.json" "[r['title'] for r in j['results'] if r['id'] == '$ORIG'][0]")
CLUSTER=$(json_get "$WORK/collapsed.json" "[r['cluster'] for r in j['results'] if r['id'] == '$ORIG'][0]")
python3 - "$WORK/corpus/copy.jsonl" "$TITLE" <<'PY'
import json, sys
rec = {"id": "late-copy", "title": "UPDATE 7-" + sys.argv[2], "date": "2011-03-31", "source": "Reuters (headline archive)", "text": ""}
open(sys.argv[1], "w").write(json.dumps(rec) + "\n")
PY
expect_status 0 "incremental run with the copy" "$LINDEX" -q --db "$DB" "$WORK/corpus"
expect_status 0 "the copy is found" "$LSEARCH" --db "$DB" Gaddafi -f json -n 100000 --no-snippets --no-collapse
check "the late copy joined the cluster of '$TITLE'" test "$(json_get "$WORK/out" "[r['cluster'] for r in j['results'] if r['id'] == 'late-copy'][0]")" = "$CLUSTER"
expect_status 0 "collapsed again" "$LSEARCH" --db "$DB" Gaddafi -f json -n 100000 --no-snippets
check "the original now stands for one copy" test "$(json_get "$WORK/out" "[r['copies'] for r in j['results'] if r['cluster'] == '$CLUSTER'][0]")" = 1
check "and only one of the two is listed" test "$(json_get "$WORK/out" "sum(1 for r in j['results'] if r['cluster'] == '$CLUSTER')")" = 1
finish
