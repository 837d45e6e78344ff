#!/usr/bin/env bash
# Hostile queries through the real lsearch: every one ends with exit 0/1 and
# sensible output, or exit 2 with a one-line message. Never a crash or a hang.
source "$(dirname "$0")/lib.sh"
set -e
DB="$WORK/db"
expect_status 0 "index the seeds" "$LINDEX" --db "$DB" "$SOURCE_DIR/corpus"

long=$(python3 -c "print('haftar ' * 15000)")
control=$(printf 'haftar\001\002\033[31m tripoli')
bidi=$(printf 'haftar \u202e\u2066tripoli\u2069')
invalid=$(printf 'haftar \xff\xfe tripoli')
queries=(
  '"unbalanced quote' '(unbalanced paren' 'unbalanced)' 'AND' 'OR OR' 'haftar AND' 'NOT' 'NOT haftar'
  'haftar NOT' '*' '**' 'haf*' '-' '+' '""' '()' 'foo:bar' 'title:' 'actor:' 'date:' 'date:..'
  'NEAR' 'haftar NEAR' 'haftar NEAR/999999 tripoli' 'a b c d e f g h i j k l m n o p'
  "$long" "$control" "$bidi" "$invalid" '\\' '%s%n%x' '../../etc/passwd' "'; DROP TABLE"
)
for q in "${queries[@]}"; do
  run_status status timeout 20 "$LSEARCH" --db "$DB" "$q"
  CHECKS=$((CHECKS + 1))
  case "$status" in
    0 | 1) ;;
    2) [ "$(wc -l <"$WORK/err")" = 1 ] || fail "query '${q:0:40}': exit 2 without a one-line message" ;;
    *) fail "query '${q:0:40}': exit $status"; head -3 "$WORK/err" >&2 ;;
  esac
  if grep -q "Sanitizer" "$WORK/err"; then fail "query '${q:0:40}': sanitizer report"; fi
done

# What cannot be meant: exit 2, one line, nothing on stdout.
for bad in "date:2019-13..2020" "date:2020..2019" "mentioned:20x1"; do
  expect_status 2 "invalid query $bad" "$LSEARCH" --db "$DB" "$bad"
  check "$bad: stdout empty" test ! -s "$WORK/out"
done
for flags in "--since 2019-02-30" "--until yesterday" "--since 2021 --until 2020"; do
  # shellcheck disable=SC2086
  expect_status 2 "invalid filter $flags" "$LSEARCH" --db "$DB" haftar $flags
done

# --batch with invalid UTF-8 and empty lines: answered line by line.
printf '1\thaftar\n\n2\t\xff\xfe\n3\t"unbalanced\n4\tdate:2019-13\n' >"$WORK/batch.tsv"
expect_status 2 "batch with one invalid date" "$LSEARCH" --db "$DB" --batch "$WORK/batch.tsv" --format trec
check "batch still answers the good lines" grep -q '^1 Q0 ' "$WORK/out"
check "batch names the bad line" contains "$WORK/err" "batch.tsv:5"
# Parsing (issue 11 item 15): what README promises, with our messages.
expect_status 2 "a wildcard inside a phrase" "$LSEARCH" --db "$DB" '"mass grav*"'
check "wildcard in a phrase: says so" contains "$WORK/err" "a wildcard cannot be used inside a phrase: grav*"
expect_status 2 "a wildcard with NEAR" "$LSEARCH" --db "$DB" 'tarhun* NEAR graves'
check "wildcard with NEAR: our message, not Xapian's" contains "$WORK/err" "a wildcard cannot be used with NEAR or ADJ"
expect_status 2 "an invalid date in date:" "$LSEARCH" --db "$DB" 'haftar date:2019-13'
check "invalid date: names the query's date field" contains "$WORK/err" "in date:2019-13"
check "invalid date: not blamed on --since" not_contains "$WORK/err" "--since"
expect_status 0 "a dangling OR" "$LSEARCH" --db "$DB" 'Shoigu OR Salvini OR' -f json
check "a dangling OR is dropped: both found" test "$(json_get "$WORK/out" "j['total']['value']")" = 2
finish
