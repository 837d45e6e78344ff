#!/usr/bin/env bash
# Timelines and pairs over a real corpus: a slice of the Reuters Libya
# headlines (2011-02 .. 2011-04). Counts are checked against what lsearch's
# own filters find, so "exact" means the same as a filtered search.
source "$(dirname "$0")/lib.sh"
set -e
DB="$WORK/db"
libya_headlines 2011-02-01 2011-04-30 "$WORK/corpus/libya.jsonl"
expect_status 0 "lindex builds the slice" "$LINDEX" -q --db "$DB" "$WORK/corpus"

# --- timelines ---
expect_status 0 "--timeline auto, json" "$LSEARCH" --db "$DB" --actor Gaddafi --timeline auto -f json -n 0
cp "$WORK/out" "$WORK/auto.json"
check "auto over three months picks days" test "$(json_get "$WORK/auto.json" "j['timeline']['unit']")" = day
check "buckets and undated add up to the total" test "$(json_get "$WORK/auto.json" "sum(b['count'] for b in j['timeline']['buckets']) + j['timeline']['undated'] == j['total']['value']")" = True
check "empty days are kept: one bucket per day" test "$(json_get "$WORK/auto.json" "[(d(b[-1]['start']) - d(b[0]['start'])).days + 1 == len(b) for d in [__import__('datetime').date.fromisoformat] for b in [j['timeline']['buckets']]][0]")" = True
expect_status 0 "--timeline week" "$LSEARCH" --db "$DB" --actor Gaddafi --timeline week -f json -n 0
cp "$WORK/out" "$WORK/week.json"
check "weeks start on Monday" test "$(json_get "$WORK/week.json" "all(__import__('datetime').date.fromisoformat(b['start']).weekday() == 0 for b in j['timeline']['buckets'])")" = True
# The busiest week's count equals a date-filtered search over that week.
read -r START COUNT <<<"$(json_get "$WORK/week.json" "' '.join(str(x) for x in max(((b['start'], b['count']) for b in j['timeline']['buckets']), key=lambda t: t[1]))")"
END=$(python3 -c "import datetime,sys; print(datetime.date.fromisoformat(sys.argv[1]) + datetime.timedelta(days=6))" "$START")
expect_status 0 "the busiest week, filtered" "$LSEARCH" --db "$DB" --actor Gaddafi --since "$START" --until "$END" -f json -n 0
check "week bucket == --since/--until total ($START: $COUNT)" test "$(json_get "$WORK/out" "j['total']['value']")" = "$COUNT"

COLUMNS=72 expect_status 0 "text chart" "$LSEARCH" --db "$DB" --actor Gaddafi --timeline week -n 0
check "text chart has a heading" contains "$WORK/out" "timeline by week"
check "text chart draws bars" contains "$WORK/out" "█"
check "every chart line fits 72 columns" python3 -c "import sys; sys.exit(any(len(l.rstrip('\n')) > 72 for l in open(sys.argv[1], encoding='utf-8') if l.startswith('  20')))" "$WORK/out"
check "the months facet line gives way to the chart" not_contains "$WORK/out" "  months   "

expect_status 0 "--timeline-by actor" "$LSEARCH" --db "$DB" Libya --timeline-by actor --timeline-series 3 -f json -n 0
cp "$WORK/out" "$WORK/by.json"
check "three series" test "$(json_get "$WORK/by.json" "len(j['timeline']['series'])")" = 3
check "series align with the buckets" test "$(json_get "$WORK/by.json" "all(len(s['buckets']) == len(j['timeline']['buckets']) for s in j['timeline']['series'])")" = True
TOP=$(json_get "$WORK/by.json" "j['timeline']['series'][0]['value']")
TOP_TOTAL=$(json_get "$WORK/by.json" "j['timeline']['series'][0]['total']")
expect_status 0 "the top series' actor, filtered" "$LSEARCH" --db "$DB" Libya --actor "$TOP" --timeline day -f json -n 0
check "series total == the filtered timeline ($TOP)" test "$(json_get "$WORK/out" "sum(b['count'] for b in j['timeline']['buckets'])")" = "$TOP_TOTAL"
COLUMNS=120 expect_status 0 "series side by side in text" "$LSEARCH" --db "$DB" Libya --timeline-by actor --timeline-series 3 --timeline month -n 0
check "text names the top series" contains "$WORK/out" "$TOP ("
expect_status 2 "a bad unit is a usage error" "$LSEARCH" --db "$DB" --timeline fortnight

# A series per country: every facet that is a filter is a series kind (the schema table's rows).
expect_status 0 "--timeline-by country" "$LSEARCH" --db "$DB" Libya --timeline-by country --timeline-series 2 -f json -n 0
COUNTRY=$(json_get "$WORK/out" "j['timeline']['series'][0]['value']")
COUNTRY_TOTAL=$(json_get "$WORK/out" "j['timeline']['series'][0]['total']")
check "the series are countries" test "$(json_get "$WORK/out" "j['timeline']['by']")" = country
expect_status 0 "the top country, filtered" "$LSEARCH" --db "$DB" Libya --country "$COUNTRY" --timeline day -f json -n 0
check "country series total == the filtered timeline ($COUNTRY)" test "$(json_get "$WORK/out" "sum(b['count'] for b in j['timeline']['buckets'])")" = "$COUNTRY_TOTAL"
expect_status 2 "an unknown series kind is a usage error" "$LSEARCH" --db "$DB" --timeline-by month

# --- pairs ---
expect_status 0 "--pairs actor" "$LSEARCH" --db "$DB" --pairs actor -f json -n 0
cp "$WORK/out" "$WORK/pairs.json"
A=$(json_get "$WORK/pairs.json" "j['pairs'][0]['a']")
B=$(json_get "$WORK/pairs.json" "j['pairs'][0]['b']")
N=$(json_get "$WORK/pairs.json" "j['pairs'][0]['count']")
check "pairs are most frequent first" test "$(json_get "$WORK/pairs.json" "all(x['count'] >= y['count'] for x, y in zip(j['pairs'], j['pairs'][1:]))")" = True
expect_status 0 "articles naming both" "$LSEARCH" --db "$DB" "actor:\"$B\"" --actor "$A" -f json -n 0
check "top pair count == articles naming both ($A, $B: $N)" test "$(json_get "$WORK/out" "j['total']['value']")" = "$N"
expect_status 0 "--pairs actor-place text" "$LSEARCH" --db "$DB" --actor Gaddafi --pairs actor-place --pairs-limit 5 -n 0
check "text pair table" contains "$WORK/out" "actor-place pairs · top 5"
expect_status 0 "-f dot" "$LSEARCH" --db "$DB" --actor Gaddafi --pairs actor -f dot
check "dot: a graph" grep -q '^graph "lsearch 1" {$' "$WORK/out"
check "dot: edges with counts" grep -qE '^  "[^"]+" -- "[^"]+" \[label="[0-9]+", penwidth=[0-9.]+\];$' "$WORK/out"
check "dot: closed" test "$(tail -1 "$WORK/out")" = "}"
if command -v dot >/dev/null; then check "dot accepts it" dot -Tsvg -o /dev/null "$WORK/out"; fi
expect_status 2 "-f dot without --pairs" "$LSEARCH" --db "$DB" Gaddafi -f dot
check "says what dot needs" contains "$WORK/err" "--pairs"
finish
