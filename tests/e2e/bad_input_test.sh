#!/usr/bin/env bash
# A corpus of broken inputs beside good articles: every bad input is reported
# on stderr with its path (and line) and reason; every good one is indexed.
source "$(dirname "$0")/lib.sh"
set -e
DB="$WORK/db"
C="$WORK/corpus"
mkdir -p "$C/sub"
good() { printf 'Title: %s\n\n%s marker%s in Tripoli.\n' "$1" "$1" "$2" >"$3"; }

good "Good one" 1 "$C/good1.txt"
good "Spaces" 2 "$C/with space.txt"
good "Newline" 3 "$C/new"$'\n'"line.txt"
good "Latin bytes" 4 "$C/caf"$'\xe9'".txt"
printf 'Title: Latin-1\n\nSalam\xe9 spoke marker5 in Tripoli.\n' >"$C/latin1.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' >"$C/image.txt"
head -c 4096 /dev/zero >"$C/nuls.txt"
: >"$C/empty.txt"
printf '  \n\t\n  \n' >"$C/blank.txt"
head -c 50000000 /dev/zero | tr '\0' 'a' >"$C/huge.txt"
ln -s loop.txt "$C/loop.txt"
ln -s .. "$C/sub/up"
{
  echo '{"id":"j1","title":"JSON good","text":"marker6 in Tripoli"}'
  echo '{"id":"j2","title":"broken", "text":'
  echo '["not","an","object"]'
  python3 -c "print('{\"id\":\"big\",\"text\":\"' + 'x' * 17000000 + '\"}')"
  python3 -c "print('[' * 5000 + ']' * 5000)"
  echo '{"id":"j1","title":"duplicate id","text":"marker99"}'
  echo '{"id":"j3","title":"JSON good too","text":"marker7 in Tripoli"}'
  printf '{"id":"j4","title":"truncated last line","text":"mark'
} >"$C/feed.jsonl"
python3 -c "
import gzip
data = b''.join(b'{\"id\":\"g%d\",\"title\":\"gz %d\",\"text\":\"gzip article number %d marker8\"}\n' % (i, i, i * 7919) for i in range(3000))
open('$C/cut.jsonl.gz', 'wb').write(gzip.compress(data)[:9000])
"
head -c 3000 /dev/urandom >"$C/garbage.jsonl.gz"
good "Unreadable" 9 "$C/unreadable.txt"
chmod 000 "$C/unreadable.txt"

expect_status 1 "lindex over broken inputs exits 1 (done, some skipped)" "$LINDEX" --db "$DB" --json "$C"
cp "$WORK/err" "$WORK/lindex.err"
cp "$WORK/out" "$WORK/lindex.json"
err="$WORK/lindex.err"
check "binary file reported" grep -q "image.txt: binary" "$err"
check "NUL file reported" grep -q "nuls.txt: binary" "$err"
check "empty file reported" grep -q "empty.txt: empty file" "$err"
check "whitespace file reported" grep -q "blank.txt: empty file" "$err"
check "huge file reported" grep -q "huge.txt: file is 50000000 bytes, over the" "$err"
check "symlink (a loop) reported, not followed" grep -q "loop.txt: symbolic link, not followed" "$err"
check "malformed JSON line reported with its line" grep -q "feed.jsonl:2: malformed JSON" "$err"
check "non-object line reported" grep -q "feed.jsonl:3: not a JSON object" "$err"
check "oversized line reported" grep -q "feed.jsonl:4: line longer than" "$err"
check "deep nesting reported" grep -q "feed.jsonl:5: JSON nested deeper" "$err"
check "duplicate id reported" grep -q "duplicate id 'j1'" "$err"
check "truncated last line reported" grep -q "feed.jsonl:8: malformed JSON" "$err"
check "truncated gzip reported" grep -q "cut.jsonl.gz:.*gzip" "$err"
check "Latin-1 file repaired" grep -q "latin1.txt: not valid UTF-8; read as Windows-1252" "$err"
if [ "$(id -u)" != 0 ]; then check "unreadable file reported" grep -q "unreadable.txt: cannot open" "$err"; fi
check "the JSON summary lists the skips" test "$(json_get "$WORK/lindex.json" "len(j['skips']) >= 12")" = True

for n in 1 2 3 4 5 6 7; do
  expect_status 0 "good article marker$n is searchable" "$LSEARCH" --db "$DB" "marker$n" --format ids
done
expect_status 1 "the duplicate's text was not indexed" "$LSEARCH" --db "$DB" marker99
expect_status 0 "gzip records before the cut are indexed" "$LSEARCH" --db "$DB" marker8 --format json --limit 0 --no-facets
check "some gzip records indexed" test "$(json_get "$WORK/out" "j['total']['value'] > 10")" = True
expect_status 0 "Latin-1 text decoded" "$LSEARCH" --db "$DB" salame --format ids
check "odd file names keep their ids" contains "$WORK/out" "latin1.txt"
expect_status 0 "newline file name is an id" "$LSEARCH" --db "$DB" marker3 --format json
check "newline id round-trips in JSON" test "$(json_get "$WORK/out" "j['results'][0]['id'] == 'new\nline.txt'")" = True

# Bounded memory: the 50 MB file and the 17 MB line did not blow up the run.
/usr/bin/time -f %M -o "$WORK/rss" "$LINDEX" --db "$WORK/db2" --quiet "$C" >/dev/null 2>&1 || true
check "peak RSS under 1 GB" test "$(tail -1 "$WORK/rss")" -lt 1000000

# A missing, empty or foreign index is a clear error.
mkdir -p "$WORK/emptydir"
expect_status 2 "empty directory as index" "$LSEARCH" --db "$WORK/emptydir" marker1
check "says there is no index" contains "$WORK/err" "no lsearch index"
printf 'not a database' >"$WORK/afile"
expect_status 2 "a file as index" "$LSEARCH" --db "$WORK/afile" marker1
expect_status 2 "lindex refuses a non-index directory" "$LINDEX" --db "$C" "$C"
check "lindex says why" contains "$WORK/err" "not an lsearch index"
finish
