#!/usr/bin/env bash
# --help of lindex, lsearch and lsearch serve fits 80 columns (issue 11, item
# 17): every line, in display columns (a wide character counts two), with or
# without a terminal width in the environment; and nothing is lost to the
# wrapping (each option still shows its whole description).
source "$(dirname "$0")/lib.sh"
set -e
widest() {  # widest FILE: "WIDTH: LINE" of its widest line
  python3 - "$1" <<'PY'
import sys, unicodedata
def width(line):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in line)
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
w, line = max((width(l), l) for l in lines)
print(f"{w}: {line}")
PY
}
for cmd in "$LINDEX" "$LSEARCH" "$LSEARCH serve"; do
  for columns in "" 200; do
    # shellcheck disable=SC2086  # "$LSEARCH serve" is two words
    COLUMNS=$columns $cmd --help >"$WORK/help.txt" 2>&1
    result=$(widest "$WORK/help.txt")
    check "$(basename "${cmd%% *}")${cmd#"${cmd%% *}"} --help (COLUMNS=$columns) fits 80 columns; widest $result" \
      test "${result%%:*}" -le 80
  done
done
"$LINDEX" --help >"$WORK/lindex.txt"
check "a wrapped description is whole" test "$(tr -s ' \n' '  ' <"$WORK/lindex.txt" | grep -c 'index directory (default: $LSEARCH_DB, else $XDG_DATA_HOME/lsearch/db, else ~/.local/share/lsearch/db)')" = 1
check "every lindex option is listed" test "$(grep -c '^  -' "$WORK/lindex.txt")" -ge 16

# lsearch serve runs lsearch-serve from lsearch's own directory, so lsearch itself
# does not load cpp-httplib; without lsearch-serve beside it: a message and exit 2.
ldd "$LSEARCH" >"$WORK/ldd.txt"
check "lsearch does not load cpp-httplib (lsearch-serve does)" not_contains "$WORK/ldd.txt" httplib
mkdir -p "$WORK/alone"
cp "$LSEARCH" "$WORK/alone/lsearch"
expect_status 2 "lsearch serve without lsearch-serve beside it" "$WORK/alone/lsearch" serve --help
check "the message names the missing program" contains "$WORK/err" "cannot run $WORK/alone/lsearch-serve"
finish
