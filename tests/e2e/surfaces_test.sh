#!/usr/bin/env bash
# The trust guarantees of issue 11 on the surfaces that came after it: lsearch
# --list, lsearch serve's messages, lindex's summary line. A path or a value
# that carries terminal controls is shown as visible escapes, as lsearch and
# lindex's own messages do (item 7); JSON stays exact. (The indexing API and
# the Python module: tests/python/test_index.py.)
source "$(dirname "$0")/lib.sh"
set -e
EVIL=$'\e]0;owned\a\e[2J\u202e'
C="$WORK/corpus"
mkdir -p "$C"
printf '%s\n' '{"id":"a","source":"Evil\u001b]0;owned\u0007\nNews\u202e","text":"alphaword"}' \
  '{"id":"b","source":"Plain News","text":"alphaword"}' >"$C/feed.jsonl"
DB="$WORK/db$EVIL"
expect_status 0 "index into a hostile db path" "$LINDEX" --db "$DB" "$C"
check "lindex's summary line shows the path safely" not_contains "$WORK/out" $'\e'
check "... visibly" contains "$WORK/out" 'db\x1B]0;owned\x07'

expect_status 0 "lsearch --list sources" "$LSEARCH" --db "$DB" --list sources
check "--list: no ESC" not_contains "$WORK/out" $'\e'
check "--list: no BEL" not_contains "$WORK/out" $'\a'
check "--list: no bidi override" not_contains "$WORK/out" $'\u202e'
check "--list: one line per source" test "$(wc -l <"$WORK/out")" = 2
check "--list: the escape is shown" contains "$WORK/out" 'Evil\x1B]0;owned\x07 News'
expect_status 0 "JSON keeps the source exact" "$LSEARCH" --db "$DB" alphaword --format json
check "exact in JSON" test "$(json_get "$WORK/out" "sorted(s['value'] for s in j['facets']['sources'])[0] == 'Evil\x1b]0;owned\x07\nNews\u202e'")" = True

expect_status 2 "serve on a missing, hostile db path" timeout 10 "$LSEARCH" serve --db "$WORK/missing$EVIL" --listen 127.0.0.1:0
check "serve's error: no ESC" not_contains "$WORK/err" $'\e'
check "serve's error: no BEL" not_contains "$WORK/err" $'\a'
check "serve's error names the path visibly" contains "$WORK/err" 'missing\x1B]0;owned'
expect_status 2 "serve with a hostile --listen" "$LSEARCH" serve --db "$DB" --listen "x$EVIL"
check "--listen echoed safely" not_contains "$WORK/err" $'\e'
check "... visibly" contains "$WORK/err" 'x\x1B]0;owned'

# Item 15's last part: a directory deeper than PATH_MAX is reported as such, not as "not readable".
DEEP="$WORK/deep"
mkdir -p "$DEEP"
(
  cd "$DEEP"
  for i in $(seq 20); do
    name=$(printf 'd%0249d' "$i")
    mkdir "$name" && cd "$name" 2>/dev/null
    [ "$i" = 5 ] && printf 'Title: Shallow\n\nshallowword in Tripoli.\n' >shallow.txt
  done
  printf 'Title: Deep\n\ndeepword in Tripoli.\n' >deep.txt
) 2>/dev/null || true
expect_status 1 "a tree deeper than PATH_MAX is a reported skip" "$LINDEX" --db "$WORK/deepdb" --quiet "$DEEP"
check "the reason is the path's length" contains "$WORK/err" "ENAMETOOLONG"
check "not a permission problem" not_contains "$WORK/err" "not readable"
expect_status 0 "what is within reach is indexed" "$LSEARCH" --db "$WORK/deepdb" shallowword --format ids
finish
