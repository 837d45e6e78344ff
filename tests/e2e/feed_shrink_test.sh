#!/usr/bin/env bash
# A JSONL feed that shrinks from many records to few (a truncated download, a
# failed sync) must not take its articles with it (issue 11, item 3's
# sibling): like an emptied root, the run is refused with exit 2 naming
# --allow-shrink, in incremental runs and --rebuild alike, and nothing is
# deleted. A feed that rotates (new ids, as many records) or loses fewer than
# half of its records is an ordinary update.
source "$(dirname "$0")/lib.sh"
set -e
DB="$WORK/db"
C="$WORK/corpus"
mkdir -p "$C"
feed() {  # feed FILE FIRST LAST: records FIRST..LAST, one word each (wordFIRST...)
  local i
  for i in $(seq "$2" "$3"); do
    printf '{"id":"r%d","title":"Report %d","date":"2020-01-%02d","text":"word%d from Tripoli."}\n' \
      "$i" "$i" $((1 + i % 28)) "$i"
  done >"$1"
  touch -d "+$((++BUMP)) minutes" "$1"  # a new mtime every time: the next run reads it
}
BUMP=0
docs() { "$LSEARCH" --db "$DB" --format json --limit 0 --no-facets | python3 -c "import json,sys; print(json.load(sys.stdin)['total']['value'])"; }

feed "$C/big.jsonl" 1 10
feed "$C/other.jsonl" 101 102
expect_status 0 "first run" "$LINDEX" --db "$DB" --quiet "$C"
check "12 articles" test "$(docs)" = 12

# A truncated download: the first 3 records and half of the 4th.
head -c "$(head -n 3 "$C/big.jsonl" | wc -c)" "$C/big.jsonl" >"$WORK/cut"
head -n 4 "$C/big.jsonl" | tail -n 1 | head -c 20 >>"$WORK/cut"
mv "$WORK/cut" "$C/big.jsonl"
touch -d "+$((++BUMP)) minutes" "$C/big.jsonl"
feed "$C/other.jsonl" 101 103  # a normal update beside it
expect_status 2 "a truncated feed is refused" "$LINDEX" --db "$DB" --json "$C"
check "the message names the feed" contains "$WORK/err" "big.jsonl"
check "the message says what would be lost" contains "$WORK/err" "7 of the 10 articles"
check "the message names --allow-shrink" contains "$WORK/err" "--allow-shrink"
check "the JSON summary carries the error" test "$(json_get "$WORK/out" "'--allow-shrink' in j['error']")" = True
check "no article was deleted" test "$(docs)" = 12
expect_status 0 "a lost record is still found" "$LSEARCH" --db "$DB" word9 --format ids
check "r9" test "$(cat "$WORK/out")" = r9
expect_status 2 "refused again on the next run (the feed was not recorded)" "$LINDEX" --db "$DB" --quiet "$C"
expect_status 2 "--rebuild is refused too" "$LINDEX" --db "$DB" --quiet --rebuild "$C"
check "the --rebuild message names --allow-shrink" contains "$WORK/err" "--allow-shrink"
check "--rebuild deleted nothing" test "$(docs)" = 12

expect_status 1 "--allow-shrink confirms (the cut record is a reported skip)" \
  "$LINDEX" --db "$DB" --quiet --allow-shrink "$C"
check "the cut record is reported" contains "$WORK/err" "big.jsonl:4"
check "3 + 3 articles left" test "$(docs)" = 6
expect_status 1 "the lost record is gone" "$LSEARCH" --db "$DB" word9 --format ids
expect_status 0 "the other feed's new record is in" "$LSEARCH" --db "$DB" word103 --format ids

# Ordinary updates are not refused: a feed that rotates keeps its size, a small loss is below half.
feed "$C/big.jsonl" 1 10
expect_status 0 "the feed is whole again" "$LINDEX" --db "$DB" --quiet "$C"
feed "$C/big.jsonl" 11 20
expect_status 0 "a rotated feed (10 new ids for 10 old) is an update" "$LINDEX" --db "$DB" --quiet "$C"
check "13 articles" test "$(docs)" = 13
feed "$C/big.jsonl" 11 16
expect_status 0 "losing 4 of 10 records is an update" "$LINDEX" --db "$DB" --quiet "$C"
check "9 articles" test "$(docs)" = 9
feed "$C/big.jsonl" 11 12
expect_status 2 "losing 4 of 6 is refused" "$LINDEX" --db "$DB" --quiet "$C"
expect_status 0 "--rebuild --allow-shrink confirms" "$LINDEX" --db "$DB" --quiet --rebuild --allow-shrink "$C"
check "5 articles" test "$(docs)" = 5
finish
