#!/usr/bin/env bash
# The nightly run: add, change, delete and rename files and JSONL records,
# then check what lsearch finds. An unchanged corpus reads nothing.
source "$(dirname "$0")/lib.sh"
set -e
DB="$WORK/db"
C="$WORK/corpus"
mkdir -p "$C/feeds"
article() { printf 'Title: %s\nDate: %s\n\n%s\n' "$1" "$2" "$3"; }
later() { touch -d "+${1:-2} seconds" "$2"; }

article "Clashes near Gharyan" 2019-04-05 "Forces loyal to Haftar took Gharyan." >"$C/a.txt"
article "Talks in Geneva" 2020-02-18 "Salame opened talks in Geneva." >"$C/b.txt"
article "Oil blockade" 2020-01-18 "Oil terminals were blocked near Brega." >"$C/c.txt"
printf '%s\n' '{"id":"f1","title":"Drone strike on Misrata","date":"2019-07-01","text":"A drone struck Misrata."}' \
  '{"id":"f2","title":"Berlin conference","date":"2020-01-19","text":"Leaders met in Berlin."}' \
  '{"id":"f3","title":"Ceasefire signed","date":"2020-10-23","text":"A ceasefire was signed in Geneva."}' >"$C/feeds/wire.jsonl"

expect_status 0 "first run" "$LINDEX" --db "$DB" --json "$C"
check "first run is a full build of 6" test "$(json_get "$WORK/out" "(j['mode'], j['articles']['added'])")" = "('full', 6)"

expect_status 0 "unchanged run" "$LINDEX" --db "$DB" --json "$C"
check "unchanged: no file read" test "$(json_get "$WORK/out" "j['files']['read']")" = 0
check "unchanged: nothing written" test "$(json_get "$WORK/out" "j['articles']['added'] + j['articles']['updated'] + j['articles']['deleted']")" = 0

article "Clashes near Gharyan" 2019-04-05 "Forces loyal to Haftar retook Gharyan after a siege." >"$C/a.txt"
later 2 "$C/a.txt"
rm "$C/b.txt"
mv "$C/c.txt" "$C/c-renamed.txt"
article "New article" 2020-06-12 "Mass graves were found in Tarhuna." >"$C/d.txt"
printf '%s\n' '{"id":"f1","title":"Drone strike on Misrata","date":"2019-07-01","text":"A drone struck Misrata."}' \
  '{"id":"f3","title":"Ceasefire signed","date":"2020-10-23","text":"A ceasefire was signed in Geneva by both sides."}' \
  '{"id":"f4","title":"Elections postponed","date":"2021-12-22","text":"The elections were postponed."}' >"$C/feeds/wire.jsonl"
later 3 "$C/feeds/wire.jsonl"

expect_status 0 "incremental run" "$LINDEX" --db "$DB" --json "$C"
check "incremental mode" test "$(json_get "$WORK/out" "j['mode']")" = incremental
check "added: d.txt, c-renamed.txt, f4" test "$(json_get "$WORK/out" "j['articles']['added']")" = 3
check "updated: a.txt, f3" test "$(json_get "$WORK/out" "j['articles']['updated']")" = 2
check "deleted: b.txt, c.txt, f2" test "$(json_get "$WORK/out" "j['articles']['deleted']")" = 3
check "unchanged record f1 not rewritten" test "$(json_get "$WORK/out" "j['articles']['unchanged']")" = 1
check "6 documents: a, c-renamed, d, f1, f3, f4" test "$(json_get "$WORK/out" "j['documents']")" = 6

expect_status 0 "changed text is searchable" "$LSEARCH" --db "$DB" siege --format ids
check "siege in a.txt" contains "$WORK/out" "a.txt"
expect_status 1 "deleted file is gone" "$LSEARCH" --db "$DB" Salame --format ids
expect_status 1 "deleted record is gone" "$LSEARCH" --db "$DB" Berlin --format ids
expect_status 0 "renamed file under its new id" "$LSEARCH" --db "$DB" Brega --format ids
check "renamed id" test "$(cat "$WORK/out")" = "c-renamed.txt"
expect_status 0 "new record" "$LSEARCH" --db "$DB" elections --format ids
check "f4 found" contains "$WORK/out" "f4"
expect_status 0 "updated record" "$LSEARCH" --db "$DB" "both sides" --format ids
check "f3 updated" contains "$WORK/out" "f3"

# A file given on its own only touches its own articles.
article "Lone file" 2020-03-03 "A lone file about Sirte." >"$WORK/lone.txt"
expect_status 0 "single-file input" "$LINDEX" --db "$DB" --json "$WORK/lone.txt"
check "single file added, nothing deleted" test "$(json_get "$WORK/out" "(j['articles']['added'], j['articles']['deleted'])")" = "(1, 0)"
check "7 documents" test "$(json_get "$WORK/out" "j['documents']")" = 7

# --dry-run reports and writes nothing.
rm "$C/d.txt"
expect_status 0 "dry run" "$LINDEX" --db "$DB" --dry-run --json "$C"
check "dry run sees one vanished file" test "$(json_get "$WORK/out" "j['files']['vanished']")" = 1
expect_status 0 "dry run left the article" "$LSEARCH" --db "$DB" Tarhuna --format ids

# --rebuild: same content, fresh generation.
expect_status 0 "rebuild" "$LINDEX" --db "$DB" --rebuild --json "$C" "$WORK/lone.txt"
check "rebuild is a full build of 6" test "$(json_get "$WORK/out" "(j['mode'], j['documents'])")" = "('full', 6)"
expect_status 1 "rebuild dropped the deleted file" "$LSEARCH" --db "$DB" Tarhuna --format ids

# A changed gazetteer re-analyses: the new alias becomes a filter.
article "Envoy visit" 2020-03-10 "The Envoy arrived in Tripoli on Tuesday." >"$C/e.txt"
printf 'actor\tGhassan Salame\tThe Envoy\nactor\tSiege Commander\tGharyan Siege Lord\n' >"$WORK/extra.tsv"
expect_status 0 "run with --entities" "$LINDEX" --db "$DB" --entities "$WORK/extra.tsv" --json "$C" "$WORK/lone.txt"
check "every article re-read" test "$(json_get "$WORK/out" "j['files']['read']")" = "$(json_get "$WORK/out" "j['files']['seen']")"
expect_status 0 "the searcher knows the new alias" "$LSEARCH" --db "$DB" --actor "the envoy" --format ids
check "the alias found the article" test "$(cat "$WORK/out")" = "e.txt"
expect_status 0 "and the canonical name finds it too" "$LSEARCH" --db "$DB" --actor salame --format ids
check "canonical found the article" test "$(cat "$WORK/out")" = "e.txt"
finish
