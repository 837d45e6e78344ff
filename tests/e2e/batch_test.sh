#!/usr/bin/env bash
# lsearch --batch (issue 11, items 12 and 14): bounded lines, comments, error records, a directory
# is an error; count-only searches give exact totals and true exit codes.
source "$(dirname "$0")/lib.sh"
set -e
DB="$WORK/db"
"$LINDEX" --db "$DB" --quiet "$SOURCE_DIR/corpus"

printf '# a comment\n1\tmass graves\n  # an indented comment\n\n2\tShoigu\n' >"$WORK/q.tsv"
expect_status 0 "batch with comments" "$LSEARCH" --db "$DB" --batch "$WORK/q.tsv" -f json
check "comments are not queries: two answers" test "$(wc -l <"$WORK/out")" = 2
check "no error for comments" test ! -s "$WORK/err"

printf 'ok\tmass graves\nbad\thaftar date:2019-13\n' >"$WORK/bad.tsv"
for format in json jsonl; do
  expect_status 2 "a failed line ($format)" "$LSEARCH" --db "$DB" --batch "$WORK/bad.tsv" -f $format
  check "$format: an error record for the failed qid" \
    test "$(python3 -c "import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]; print([x for x in r if x.get('qid')=='bad' and 'error' in x and 'results' not in x] != [])" "$WORK/out")" = True
  check "$format: the good line is still answered" contains "$WORK/out" '"qid":"ok"'
  check "$format: stderr names the qid" contains "$WORK/err" "bad.tsv:2: query bad:"
done

expect_status 2 "--batch DIR is an error" "$LSEARCH" --db "$DB" --batch "$WORK"
check "--batch DIR says why" contains "$WORK/err" "is a directory"
expect_status 2 "--batch of a missing file" "$LSEARCH" --db "$DB" --batch "$WORK/none.tsv"

# One 200 MB line: read in bounded pieces, not whole.
python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    f.write('big\t' + 'haftar ' * (200 * 1024 * 1024 // 7) + '\n2\tShoigu\n')" "$WORK/huge.tsv"
expect_status 0 "a small batch (memory baseline)" /usr/bin/time -f "%M" -o "$WORK/rss0" "$LSEARCH" --db "$DB" --batch "$WORK/q.tsv" -f trec
expect_status 0 "a 200 MB batch line" /usr/bin/time -f "%M" -o "$WORK/rss" "$LSEARCH" --db "$DB" --batch "$WORK/huge.tsv" -f trec
# Against a baseline run (the gazetteer and ASan's shadow memory vary by build): a line read
# whole would cost 200 MB more.
check "a 200 MB line costs less than 64 MB over a small batch (got $(cat "$WORK/rss") KB, baseline $(cat "$WORK/rss0") KB)" \
  test "$(cat "$WORK/rss")" -lt $(($(cat "$WORK/rss0") + 65536))
check "the huge line is answered (cut)" grep -q '^big Q0 ' "$WORK/out"
check "the line after it is answered" grep -q '^2 Q0 ' "$WORK/out"
rm -f "$WORK/huge.tsv"

# Count-only searches: exact totals, true exit codes.
for q in 'Ghassan Salame' 'haftar NOT Tripoli' '"Ghassan Salame"'; do
  run_status status "$LSEARCH" --db "$DB" "$q" -f json
  truth=$(json_get "$WORK/out" "j['total']['value']")
  expect_status "$([ "$truth" -gt 0 ] && echo 0 || echo 1)" "count-only '$q': exit code" "$LSEARCH" --db "$DB" "$q" -n 0 --no-facets -f json
  check "count-only '$q': exact total $truth" test "$(json_get "$WORK/out" "(j['total']['value'], j['total']['exact'])")" = "($truth, True)"
  expect_status "$([ "$truth" -gt 0 ] && echo 0 || echo 1)" "count-only '$q', text" "$LSEARCH" --db "$DB" "$q" -n 0 --no-facets
  check "count-only '$q', text: no (about)" not_contains "$WORK/out" "(about)"
done
finish
