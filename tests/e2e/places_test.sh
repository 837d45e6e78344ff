#!/usr/bin/env bash
# Actor types, place details and the countries roll-up end to end, on a slice
# of the Reuters Libya headlines: the countries facet counted exactly (against
# every hit's countries, and against per-place queries: the articles naming any
# place of a country), --country rolling Tripoli up to Libya, types in JSON
# (the facet's type is what most of its articles say), and the same facets,
# types and roll-up from 3 shards served by real xapian-tcpsrv processes.
set -eu
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shard_lib.sh"
: "${SHARED_DIR:?set SHARED_DIR to the shared corpora}"
LIBYA=$SHARED_DIR/corpora/reuters_headlines_libya/articles.jsonl.gz
[ -f "$LIBYA" ] || { fail "missing $LIBYA"; finish; }

mkdir -p "$WORK/corpus"
zcat "$LIBYA" | awk 'NR % 4 == 1' >"$WORK/corpus/slice.jsonl"
run_status s "$LINDEX" -q -j 2 --db "$WORK/whole" "$WORK/corpus"
check "index built" test "$s" -le 1
q() { "$LSEARCH" --db "$WORK/whole" "$@"; }
q -n 100000 -f jsonl --no-snippets --no-collapse >"$WORK/all.jsonl"
q -n 0 -f json --facet-limit 100000 >"$WORK/facets.json"

# Expected counts from every hit, and the places of each country (from the hits' details).
python3 - "$WORK" <<'PY'
import collections, json, sys
work = sys.argv[1]
hits = [json.loads(line) for line in open(work + "/all.jsonl")]
facets = json.load(open(work + "/facets.json"))["facets"]
countries = collections.Counter(c for h in hits for c in set(h["countries"]))
got = {v["value"]: v["count"] for v in facets["countries"]}
if got != dict(countries):
    sys.exit("countries facet %s != counted from hits %s" % (sorted(got.items())[:5], sorted(countries.items())[:5]))
places = collections.defaultdict(set)
for h in hits:
    for e in h["entities"]:
        if e["kind"] == "place" and e["country"]:
            places[e["country"]].add(e["name"])
        # A hit's countries are exactly its places' countries.
    if sorted(set(h["countries"])) != sorted({e["country"] for e in h["entities"] if e["kind"] == "place" and e["country"]}):
        sys.exit("hit %s: countries %s do not match its places" % (h["id"], h["countries"]))
top = [v["value"] for v in facets["countries"][:8]]
with open(work + "/per_country.tsv", "w") as out:
    for c in top:
        out.write("\t".join([c, str(got[c])] + sorted(places[c])) + "\n")
# Types: the facet's type is the majority of the hits' (ties: person).
types = collections.defaultdict(collections.Counter)
for h in hits:
    for e in h["entities"]:
        if e["kind"] == "actor" and e["type"]:
            types[e["name"]][e["type"]] += 1
for v in facets["actors"][:40]:
    t = types[v["value"]]
    want = None if not t else ("person" if t["person"] >= t["org"] else "org")
    if v["type"] != want:
        sys.exit("actor %s: facet type %s, hits say %s" % (v["value"], v["type"], dict(t)))
PY
check "countries facet = each hit's countries; actor types = the hits' majority" test $? -eq 0
check "8 countries to check" test "$(wc -l <"$WORK/per_country.tsv")" -eq 8
check "Libya is the first country" test "$(head -n 1 "$WORK/per_country.tsv" | cut -f1)" = Libya

# The independent count: a country's articles are those naming any of its places (--place is OR).
while IFS=$'\t' read -r country count rest; do
  IFS=$'\t' read -r -a names <<<"$rest"
  args=()
  for name in "${names[@]}"; do args+=(--place "$name"); done
  total=$(q -n 0 --no-facets -f json "${args[@]}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"]["value"])')
  check "$country: facet $count = articles naming one of its ${#names[@]} places ($total)" test "$total" = "$count"
  rolled=$(q -n 0 --no-facets -f json --country "$country" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"]["value"])')
  check "$country: --country finds the same $count articles ($rolled)" test "$rolled" = "$count"
done <"$WORK/per_country.tsv"

# Roll-up: an article naming Tripoli and not Libya is found by --country Libya, not by --place Libya.
q -n 100000 -f ids --place Tripoli | sort >"$WORK/tripoli.ids"
q -n 100000 -f ids --place Libya | sort >"$WORK/libya.ids"
q -n 100000 -f ids --country Libya | sort >"$WORK/country.ids"
comm -23 "$WORK/tripoli.ids" "$WORK/libya.ids" >"$WORK/only_tripoli.ids"
check "some articles name Tripoli but not Libya" test -s "$WORK/only_tripoli.ids"
check "--country Libya has every Tripoli article" test -z "$(comm -23 "$WORK/tripoli.ids" "$WORK/country.ids")"
check "--country Libya has every Libya article" test -z "$(comm -23 "$WORK/libya.ids" "$WORK/country.ids")"
q -f json -n 5 "country:libya" >"$WORK/syntax.json"
check "country:libya in the query = --country Libya" json_true "$WORK/syntax.json" \
  "j['total']['value'] == $(wc -l <"$WORK/country.ids")"
expect_status 2 "a city is not a country" q --country Tripoli
check "the error names its country" contains "$WORK/err" "'Tripoli' is a city of Libya"
expect_status 2 "an unknown country is an error" q --country Lybia
check "with a suggestion" contains "$WORK/err" "did you mean: Libya"

# Types and coordinates in JSON.
q -f json -n 3 --actor Gaddafi --place Tripoli >"$WORK/types.json"
check "Gaddafi is a person in the actors facet" json_true "$WORK/types.json" \
  '[v["type"] for v in j["facets"]["actors"] if v["value"] == "Muammar Gaddafi"] == ["person"]'
check "NATO is an organisation" json_true "$WORK/facets.json" \
  '[v["type"] for v in j["facets"]["actors"] if v["value"] == "NATO"] == ["org"]'
check "hits: Gaddafi a person, Tripoli a city of Libya at 32.9N 13.2E" json_true "$WORK/types.json" \
  'j["results"] and all({"kind": "actor", "name": "Muammar Gaddafi", "type": "person"} in r["entities"] and
   [(e["place_kind"], e["country"], round(e["coordinates"][0]), round(e["coordinates"][1]))
    for e in r["entities"] if e["name"] == "Tripoli"] == [("city", "Libya", 33, 13)] for r in j["results"])'
q -n 0 --facet-limit 3 --country Libya >"$WORK/text.out"
check "text output has a countries line" contains "$WORK/text.out" "countries Libya"
q --list countries >"$WORK/list.out"
check "--list countries" test "$(head -n 1 "$WORK/list.out")" = Libya

# The same over 3 remote shards (Xapian's own spies, summed term frequencies).
command -v xapian-tcpsrv >/dev/null || { echo "SKIP: xapian-tcpsrv not installed"; finish; exit 0; }
LINDEX=$LINDEX run_status s bash "$SOURCE_DIR/scripts/build-shards.sh" "$WORK/shards" 3 "$WORK/corpus" -- -q
check "3 shards built" test "$s" -le 1
trap 'stop_shard_servers; rm -rf "$WORK"' EXIT
for i in 0 1 2; do check "server $i listening" start_shard_server "$i" "$WORK/shards/shard-$i"; done
remote_stub "$WORK/remote" 0 1 2
for args in "" "--country Libya" "--country Egypt --actor Gaddafi" "benghazi" "country:tunisia"; do
  eval "a=($args)"
  q -f json -n 20 --facet-limit 60 "${a[@]}" >"$WORK/w.json"
  "$LSEARCH" --db "$WORK/remote" -f json -n 20 --facet-limit 60 "${a[@]}" >"$WORK/r.json" 2>"$WORK/r.err" || true
  check "[$args]: remote shards give the facets of one index, types and countries included" python3 - "$WORK/w.json" "$WORK/r.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["total"] == b["total"] and a["total"]["value"] > 0, (a["total"], b["total"])
assert a["facets"] == b["facets"], "facets differ"
assert any(v["type"] for v in a["facets"]["actors"]) and a["facets"]["countries"]
key = lambda j: sorted((r["id"], json.dumps(r["entities"]), r["countries"]) for r in j["results"])
assert key(a) == key(b), "hits differ"
PY
done
finish
