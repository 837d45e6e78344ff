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
  local cmd="env -u NO_COLOR"
  while [ "$1" != "--" ]; do cmd+=" $(printf '%q' "$1")"; shift; done
  shift
  cmd+=" $(printf '%q' "$LSEARCH") --db $(printf '%q' "$DB")"
  for arg in "$@"; do cmd+=" $(printf '%q' "$arg")"; done
  script -qec "$cmd" /dev/null | tr -d '\r' >"$out"
}

on_tty "$WORK/xterm.txt" TERM=xterm -- "mass graves"
check "auto on a terminal colours" contains "$WORK/xterm.txt" $'\033[1;31m'
on_tty "$WORK/dumb.txt" TERM=dumb -- "mass graves"
check "TERM=dumb: results shown" contains "$WORK/dumb.txt" "seed/000_e50b9389b7aca812.txt"
check "TERM=dumb: no ANSI codes in auto" not_contains "$WORK/dumb.txt" $'\033['
finish
