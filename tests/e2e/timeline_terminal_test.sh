#!/usr/bin/env bash
# Timelines on a terminal (issue 17, items 1 and 5): three years of the Reuters Libya headlines
# (36 months). The summary's months line gives way to years when the months do not fit the width,
# and --timeline auto picks a unit whose buckets (one line each) fit the terminal's lines;
# $COLUMNS / $LINES and a real pty (script(1), stty cols / rows) are both checked.
source "$(dirname "$0")/lib.sh"
set -e
DB="$WORK/db"
libya_headlines 2010-01-01 2012-12-31 "$WORK/corpus/libya.jsonl"
expect_status 0 "lindex builds the slice" "$LINDEX" -q --db "$DB" "$WORK/corpus"

# on_tty OUTFILE COLS ROWS -- lsearch ARGS: lsearch with stdout on a COLS x ROWS pty.
on_tty() {
  local out=$1 cols=$2 rows=$3
  shift 4
  local cmd="env -u COLUMNS -u LINES NO_COLOR=1 $(printf '%q' "$LSEARCH") --db $(printf '%q' "$DB")"
  for arg in "$@"; do cmd+=" $(printf '%q' "$arg")"; done
  script -qec "stty cols $cols rows $rows; $cmd" /dev/null | tr -d '\r' >"$out"
}
# line_of FILE PREFIX: the first line of FILE starting with PREFIX.
line_of() { grep -m1 -- "^$2" "$1" || true; }
# years_sum FILE: the counts of the years line, added up.
years_sum() { line_of "$1" "  years" | grep -oE '[0-9]{4} [0-9]+' | awk '{s += $2} END {print s}'; }

# --- the summary's months line ---
expect_status 0 "json: the months facet" "$LSEARCH" --db "$DB" Libya -n 0 -f json
cp "$WORK/out" "$WORK/facets.json"
MONTHS=$(json_get "$WORK/facets.json" "len(j['facets']['months'])")
MONTH_SUM=$(json_get "$WORK/facets.json" "sum(m['count'] for m in j['facets']['months'])")
check "the slice spans 36 months ($MONTHS)" test "$MONTHS" = 36
COLUMNS=80 expect_status 0 "80 columns" "$LSEARCH" --db "$DB" Libya -n 0
cp "$WORK/out" "$WORK/c80.txt"
check "80 columns: no months line" test -z "$(line_of "$WORK/c80.txt" "  months")"
check "80 columns: a years line 2010 .. 2012" grep -qE '^  years    2010 [0-9]+ · 2011 [0-9]+ · 2012 [0-9]+$' "$WORK/c80.txt"
check "the years add up to the months ($MONTH_SUM)" test "$(years_sum "$WORK/c80.txt")" = "$MONTH_SUM"
COLUMNS=400 expect_status 0 "36 months in 400 columns" "$LSEARCH" --db "$DB" Libya -n 0
check "36 months (~540 columns) do not fit 400: years" grep -qE '^  years    2010 ' "$WORK/out"
YEAR=(Libya --since 2011-01 --until 2011-12 -n 0)
COLUMNS=400 expect_status 0 "12 months in 400 columns" "$LSEARCH" --db "$DB" "${YEAR[@]}"
MONTHS_LINE=$(line_of "$WORK/out" "  months   2011-01 ")
check "12 months fit 400 columns: the months line" test -n "$MONTHS_LINE"
check "... with every month" test "$(grep -oE '[0-9]{4}-[0-9]{2} ' <<<"$MONTHS_LINE" | wc -l)" = 12
check "... and it fits" test "${#MONTHS_LINE}" -le 400
COLUMNS=80 expect_status 0 "12 months in 80 columns" "$LSEARCH" --db "$DB" "${YEAR[@]}"
check "12 months do not fit 80 columns: one year" grep -qE '^  years    2011 [0-9]+$' "$WORK/out"
on_tty "$WORK/tty80.txt" 80 24 -- "${YEAR[@]}"
check "an 80-column pty: the years line" grep -qE '^  years    2011 [0-9]+$' "$WORK/tty80.txt"
on_tty "$WORK/tty300.txt" 300 24 -- "${YEAR[@]}"
check "a 300-column pty: the months line" test -n "$(line_of "$WORK/tty300.txt" "  months   2011-01 ")"
# Few months fit: a quarter stays in months at 80 columns.
COLUMNS=80 expect_status 0 "one quarter, 80 columns" "$LSEARCH" --db "$DB" Libya --since 2011-02 --until 2011-04 -n 0
check "a quarter keeps its months line" grep -qE '^  months   2011-02 [0-9]+ · 2011-03 [0-9]+ · 2011-04 [0-9]+$' "$WORK/out"

# --- --timeline auto: buckets fit the terminal's lines ---
unit_of() { sed -n 's/^timeline by \([a-z]*\) .*/\1/p' "$1"; }
expect_status 0 "piped text: the fixed default (120 buckets)" "$LSEARCH" --db "$DB" Libya --timeline auto -n 0 --no-facets
check "piped: 36 months fit 120" test "$(unit_of "$WORK/out")" = month
LINES=30 expect_status 0 "LINES=30" "$LSEARCH" --db "$DB" Libya --timeline auto -n 0 --no-facets
check "LINES=30: 36 months do not fit, years" test "$(unit_of "$WORK/out")" = year
check "LINES=30: the whole chart fits 30 lines" test "$(wc -l <"$WORK/out")" -le 30
LINES=60 expect_status 0 "LINES=60" "$LSEARCH" --db "$DB" Libya --timeline auto -n 0 --no-facets
check "LINES=60: months" test "$(unit_of "$WORK/out")" = month
check "LINES=60: the whole chart fits 60 lines" test "$(wc -l <"$WORK/out")" -le 60
LINES=30 expect_status 0 "LINES=30, one quarter" "$LSEARCH" --db "$DB" Libya --since 2011-02 --until 2011-04 --timeline auto -n 0 --no-facets
check "a quarter in 30 lines: weeks" test "$(unit_of "$WORK/out")" = week
on_tty "$WORK/tty24.txt" 80 24 -- Libya --timeline auto -n 0 --no-facets
check "a 24-line pty: years" test "$(unit_of "$WORK/tty24.txt")" = year
on_tty "$WORK/tty50.txt" 80 50 -- Libya --timeline auto -n 0 --no-facets
check "a 50-line pty: months" test "$(unit_of "$WORK/tty50.txt")" = month
check "a 50-line pty: the chart fits" test "$(wc -l <"$WORK/tty50.txt")" -le 50
LINES=30 expect_status 0 "json ignores LINES" "$LSEARCH" --db "$DB" Libya --timeline auto -n 0 -f json
check "json: the fixed default, months" test "$(json_get "$WORK/out" "j['timeline']['unit']")" = month
finish
