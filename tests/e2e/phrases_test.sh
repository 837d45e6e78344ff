#!/usr/bin/env bash
# Phrases still find what they found when stop words were indexed with
# positions: golden ids (tests/golden/phrases/) from the previous index format
# over a slice of Reuters-21578 and the seed articles. A phrase may now also
# match where another word stands in a stop word's place; at most a few do.
source "$(dirname "$0")/lib.sh"
set -e
CORPUS=${SHARED_DIR:-$SOURCE_DIR/../shared}/corpora/reuters21578/articles.jsonl.gz
if [ ! -f "$CORPUS" ]; then echo "SKIP: $CORPUS not found"; exit 0; fi
GOLDEN="$SOURCE_DIR/tests/golden/phrases"
DB="$WORK/db"
mkdir -p "$WORK/corpus"
python3 - "$CORPUS" "$WORK/corpus/slice.jsonl" <<'PY'
import gzip, re, sys
pat = re.compile(r"england|graves|japan|state-of-the-art|1\.5 billion|chamber", re.I)
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f, open(sys.argv[2], "w") as out:
    for line in f:
        if pat.search(line): out.write(line)
PY
expect_status 0 "lindex builds the slice and the seed articles" "$LINDEX" -q --db "$DB" "$WORK/corpus" "$SOURCE_DIR/corpus/seed"

phrase() {  # phrase GOLDEN_NAME QUERY: every golden id is found, extras stay under 5%
  local name=$1 query=$2
  expect_status 0 "$query" "$LSEARCH" --db "$DB" -f ids -n 100000 --no-facets --no-snippets "$query"
  sort "$WORK/out" >"$WORK/found"
  local lost extra golden
  lost=$(comm -23 "$GOLDEN/$name.ids" "$WORK/found" | wc -l)
  extra=$(comm -13 "$GOLDEN/$name.ids" "$WORK/found" | wc -l)
  golden=$(wc -l <"$GOLDEN/$name.ids")
  check "$query finds all $golden it found (lost $lost)" test "$lost" -eq 0
  check "$query: $extra extra of $golden" test $((extra * 20)) -le "$golden"
}
phrase bank_of_england '"bank of england"'
phrase mass_graves '"mass graves"'
phrase bank_of_japan '"bank of japan"'
phrase chamber_of_commerce '"chamber of commerce"'
phrase title_bank_of_england 'title:"bank of england"'
phrase state_of_the_art '"state-of-the-art"'
phrase 1.5_billion_dlrs '"1.5 billion dlrs"'

# A stop word still holds its place: "bank of england" is not "england bank".
printf '%s\n' '{"id": "a", "title": "", "text": "The bank of england raised rates."}' \
  '{"id": "b", "title": "", "text": "England bank notes were printed by a bank far from england."}' \
  '{"id": "c", "title": "", "text": "To be or not to be."}' >"$WORK/tiny.jsonl"
expect_status 0 "lindex builds three articles" "$LINDEX" -q --db "$WORK/tiny.db" "$WORK/tiny.jsonl"
expect_status 0 "phrase over a stop word" "$LSEARCH" --db "$WORK/tiny.db" -f ids '"bank of england"'
check "only the article with the phrase" test "$(cat "$WORK/out")" = a
expect_status 0 "a phrase of stop words only" "$LSEARCH" --db "$WORK/tiny.db" -f ids '"to be or not to be"'
check "finds the article with those words" test "$(cat "$WORK/out")" = c
expect_status 0 "a query of stop words only" "$LSEARCH" --db "$WORK/tiny.db" -f ids 'to be'
check "finds the article with those words" test "$(cat "$WORK/out")" = c
finish
