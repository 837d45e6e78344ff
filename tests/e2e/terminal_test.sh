#!/usr/bin/env bash
# Terminal manners (issue 11, item 17): lsearch run on a real pseudo-terminal (script(1)).
source "$(dirname "$0")/lib.sh"
set -e
DB="$WORK/db"
"$LINDEX" --db "$DB" --quiet "$SOURCE_DIR/corpus"

# on_tty OUTFILE ENV... -- lsearch ARGS: runs lsearch with stdout on a pty, its output in OUTFILE.
on_tty() {
  local out=$1
  shift
  local cmd="env -u NO_COLOR -u COLUMNS"
  while [ "$1" != "--" ]; do cmd+=" $(printf '%q' "$1")"; shift; done
  shift
  cmd+=" $(printf '%q' "$LSEARCH") --db $(printf '%q' "$DB")"
  for arg in "$@"; do cmd+=" $(printf '%q' "$arg")"; done
  # TTY_COLS: the pty's width (TIOCGWINSZ), as a resized terminal window sets it.
  script -qec "${TTY_COLS:+stty cols $TTY_COLS; }$cmd" /dev/null | tr -d '\r' >"$out"
}

# max_width FILE: the widest line in display columns, colour codes left out.
max_width() {
  python3 - "$1" <<'PY'
import re, sys, unicodedata
def width(line):
    line = re.sub(r"\x1b\[[0-9;]*m", "", line)
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in line)
print(max(width(l) for l in open(sys.argv[1], encoding="utf-8").read().split("\n")))
PY
}
# words FILE: its words, one line, colour codes left out.
words() { sed 's/\x1b\[[0-9;]*m//g' "$1" | tr -s ' \n' '  '; }

on_tty "$WORK/xterm.txt" TERM=xterm -- "mass graves"
check "auto on a terminal colours" contains "$WORK/xterm.txt" $'\033[1;31m'
on_tty "$WORK/dumb.txt" TERM=dumb -- "mass graves"
check "TERM=dumb: results shown" contains "$WORK/dumb.txt" "seed/000_e50b9389b7aca812.txt"
check "TERM=dumb: no ANSI codes in auto" not_contains "$WORK/dumb.txt" $'\033['

# Wrapping: on a terminal every line fits its width; piped output is never wrapped.
"$LSEARCH" --db "$DB" haftar >"$WORK/piped.txt"
COLUMNS=50 "$LSEARCH" --db "$DB" haftar >"$WORK/piped50.txt"
check "piped output is not wrapped, even with COLUMNS" cmp -s "$WORK/piped.txt" "$WORK/piped50.txt"
check "piped output has lines over 50 columns" test "$(max_width "$WORK/piped.txt")" -gt 50
TTY_COLS=50 on_tty "$WORK/tty50.txt" TERM=xterm -- haftar
check "a 50-column terminal (TIOCGWINSZ): every line fits" test "$(max_width "$WORK/tty50.txt")" -le 50
check "the 50-column terminal output is coloured" contains "$WORK/tty50.txt" $'\033[1;31m'
check "wrapping made more lines" test "$(wc -l <"$WORK/tty50.txt")" -gt "$(wc -l <"$WORK/piped.txt")"
TTY_COLS=50 on_tty "$WORK/tty50plain.txt" TERM=xterm -- haftar --color never
check "wrapping keeps every word" test "$(words "$WORK/tty50plain.txt")" = "$(words "$WORK/piped.txt")"
TTY_COLS=200 on_tty "$WORK/tty64.txt" TERM=xterm COLUMNS=64 -- haftar --color never
check "COLUMNS overrides the terminal's width" test "$(max_width "$WORK/tty64.txt")" -le 64
check "... and is used" test "$(max_width "$WORK/tty64.txt")" -gt 50
finish
