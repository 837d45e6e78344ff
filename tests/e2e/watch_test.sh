#!/usr/bin/env bash
# lsearch --watch over a real corpus (Reuters Libya headlines, Feb-Apr 2011,
# delivered in three parts as a cron job would see them): first run prints
# all, later runs only what was added or changed; --rebuild changes nothing;
# two concurrent runs of one watch split the new articles between them.
source "$(dirname "$0")/lib.sh"
set -e
CORPUS=${SHARED_DIR:-$SOURCE_DIR/../shared}/corpora/reuters_headlines_libya/articles.jsonl.gz
if [ ! -f "$CORPUS" ]; then echo "SKIP: $CORPUS not found"; exit 0; fi
DB="$WORK/db"
export XDG_STATE_HOME="$WORK/state"
mkdir -p "$WORK/corpus" "$WORK/later"
python3 - "$CORPUS" "$WORK" <<'PY'
import gzip, json, sys
work = sys.argv[2]
parts = {"2011-02": "corpus/feb.jsonl", "2011-03": "later/mar.jsonl", "2011-04": "later/apr.jsonl"}
files = {k: open(work + "/" + v, "w") for k, v in parts.items()}
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        month = json.loads(line)["date"][:7]
        if month in files: files[month].write(line)
PY
ids() { sort "$WORK/out"; }
W=(--watch gaddafi --actor Gaddafi -f ids)

expect_status 0 "lindex: February" "$LINDEX" -q --db "$DB" "$WORK/corpus"
expect_status 0 "all of February's Gaddafi articles" "$LSEARCH" --db "$DB" --actor Gaddafi -f ids -n 100000
ids >"$WORK/feb.ids"
expect_status 0 "first watch run: exit 0" "$LSEARCH" --db "$DB" "${W[@]}"
check "first run prints every match" cmp -s <(ids) "$WORK/feb.ids"
check "the state is in XDG_STATE_HOME" test -f "$XDG_STATE_HOME/lsearch/watches/gaddafi.watch"
expect_status 1 "second run, nothing new: exit 1" "$LSEARCH" --db "$DB" "${W[@]}"
check "second run prints nothing" test ! -s "$WORK/out"

cp "$WORK/later/mar.jsonl" "$WORK/corpus/"
expect_status 0 "lindex: March added" "$LINDEX" -q --db "$DB" "$WORK/corpus"
expect_status 0 "March's Gaddafi articles" "$LSEARCH" --db "$DB" --actor Gaddafi --since 2011-03 --until 2011-03 -f ids -n 100000
ids >"$WORK/mar.ids"
expect_status 0 "watch after March: exit 0" "$LSEARCH" --db "$DB" "${W[@]}"
check "prints exactly March's articles ($(wc -l <"$WORK/mar.ids"))" cmp -s <(ids) "$WORK/mar.ids"

expect_status 0 "lindex --rebuild" "$LINDEX" -q --rebuild --db "$DB" "$WORK/corpus"
expect_status 1 "after a rebuild nothing is new" "$LSEARCH" --db "$DB" "${W[@]}"

# Change one February headline: only it is reported, in the usual JSON.
CHANGED=$(head -1 "$WORK/feb.ids")
python3 - "$WORK/corpus/feb.jsonl" "$CHANGED" <<'PY'
import json, sys
path, target = sys.argv[1], sys.argv[2]
lines = open(path, encoding="utf-8").read().splitlines()
with open(path, "w", encoding="utf-8") as out:
    for line in lines:
        rec = json.loads(line)
        if rec["id"] == target: rec["title"] += " (corrected)"
        out.write(json.dumps(rec) + "\n")
PY
expect_status 0 "lindex: one article changed" "$LINDEX" -q --db "$DB" "$WORK/corpus"
expect_status 0 "watch reports the changed article" "$LSEARCH" --db "$DB" --watch gaddafi --actor Gaddafi -f json
check "exactly one result" test "$(json_get "$WORK/out" "j['total']['value']")" = 1
check "it is the changed one" test "$(json_get "$WORK/out" "j['results'][0]['id']")" = "$CHANGED"
check "with its new title" contains "$WORK/out" "(corrected)"

# Two concurrent runs of one watch after April arrives: no article twice, none missed.
cp "$WORK/later/apr.jsonl" "$WORK/corpus/"
expect_status 0 "lindex: April added" "$LINDEX" -q --db "$DB" "$WORK/corpus"
expect_status 0 "April's Gaddafi articles" "$LSEARCH" --db "$DB" --actor Gaddafi --since 2011-04 --until 2011-04 -f ids -n 100000
ids >"$WORK/apr.ids"
for run in 1 2; do
  (rc=0; "$LSEARCH" --db "$DB" "${W[@]}" >"$WORK/run$run.ids" 2>"$WORK/run$run.err" || rc=$?; echo $rc >"$WORK/run$run.rc") &
done
wait
check "concurrent runs: together exactly April's articles" cmp -s <(sort "$WORK/run1.ids" "$WORK/run2.ids") "$WORK/apr.ids"
check "concurrent runs: no article twice" test -z "$(sort "$WORK/run1.ids" "$WORK/run2.ids" | uniq -d)"
check "concurrent runs: one reported them (exit 0), one found none (exit 1)" test "$(cat "$WORK/run1.rc" "$WORK/run2.rc" | sort | tr -d '\n')" = 01
check "concurrent runs: no errors" test ! -s "$WORK/run1.err" -a ! -s "$WORK/run2.err"

# Options and errors.
expect_status 0 "--watch-dir, text format" "$LSEARCH" --db "$DB" --watch other --watch-dir "$WORK/mywatches" Tripoli --since 2011-04
check "state in --watch-dir" test -f "$WORK/mywatches/other.watch"
check "first run says so" contains "$WORK/out" "first run, every match is new"
expect_status 0 "-n: a page at a time" "$LSEARCH" --db "$DB" --watch paged Benghazi -f ids -n 3
check "three reported" test "$(wc -l <"$WORK/out")" = 3
expect_status 0 "the next page is still new" "$LSEARCH" --db "$DB" --watch paged Benghazi -f ids -n 3
check "three more, none repeated" test "$(wc -l <"$WORK/out")" = 3
expect_status 2 "a bad watch name" "$LSEARCH" --db "$DB" --watch "../x" Tripoli
check "says what names may be" contains "$WORK/err" "letters, digits"
expect_status 0 "another index" "$LINDEX" -q --db "$WORK/db2" "$WORK/later/mar.jsonl"
expect_status 2 "a watch belongs to its index" "$LSEARCH" --db "$WORK/db2" "${W[@]}"
check "names the index" contains "$WORK/err" "belongs to the index"
expect_status 2 "--watch with --batch" "$LSEARCH" --db "$DB" --watch x --batch -
finish
