#!/usr/bin/env bash
# Every option lindex and lsearch accept (as their --help lists them) is in
# the man page and in the bash completion, and nothing else is; the man pages
# render; the completion offers the index's own actors (lsearch --list).
#   LINDEX, LSEARCH=binaries  SOURCE_DIR=repository  BUILD_DIR=build tree
set -euo pipefail
: "${LINDEX:?}" "${LSEARCH:?}" "${SOURCE_DIR:?}" "${BUILD_DIR:?}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lsearch-docs-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

# Option names of a --help text's "Options:" section, one a line, sorted.
help_options() {
  "$1" --help | sed -n '/^Options:/,/^$/p' | grep -E '^  -' | awk '{print $1}' | tr ',' '\n' | sort -u
}
# Option names a man page documents: the *-x*, *--xyz* heads of its OPTIONS section.
man_options() {
  sed -n '/^# OPTIONS/,/^# EXIT STATUS/p' "$1" | grep -E '^\*-' | grep -oE '\*--?[a-z][-a-z]*\*' | tr -d '*' | sort -u
}
completion_options() {
  sed -n "/^_$1_options=\"/,/\"$/p" "$2" | tr -d '"' | sed 's/^.*=//' | tr ' ' '\n' | grep -E '^-' | sort -u
}

for command in lindex lsearch; do
  if [ $command = lindex ]; then binary=$LINDEX; else binary=$LSEARCH; fi
  help_options "$binary" >"$WORK/help"
  [ "$(wc -l <"$WORK/help")" -ge 10 ] || fail "$command --help lists too few options"
  man_options "$SOURCE_DIR/man/$command.1.scd" >"$WORK/man"
  completion_options "$command" "$SOURCE_DIR/completions/$command.bash" >"$WORK/completion"
  for missing in $(comm -23 "$WORK/help" "$WORK/man"); do
    fail "$command $missing is not in man/$command.1.scd"
  done
  for extra in $(comm -13 "$WORK/help" "$WORK/man"); do
    fail "man/$command.1.scd documents $extra, which $command does not accept"
  done
  for missing in $(comm -23 "$WORK/help" "$WORK/completion"); do
    fail "$command $missing is not in completions/$command.bash"
  done
  for extra in $(comm -13 "$WORK/help" "$WORK/completion"); do
    fail "completions/$command.bash offers $extra, which $command does not accept"
  done
  page="$BUILD_DIR/man/$command.1.gz"
  if [ -e "$page" ]; then
    man -l "$page" 2>/dev/null | grep -q "$command - " || fail "$page does not render"
  else
    fail "$page was not built"
  fi
done

# The completion, run as bash runs it, on a real index.
db="$WORK/db"
"$LINDEX" --quiet --db "$db" "$SOURCE_DIR/corpus"
"$LSEARCH" --db "$db" --list actors >"$WORK/actors" || fail "lsearch --list actors failed"
grep -qx "Khalifa Haftar" "$WORK/actors" || fail "lsearch --list actors lacks Khalifa Haftar"
complete_words() {  # complete_words WORD...: what completing the last word offers
  PATH="$(dirname "$LSEARCH"):$PATH" bash -c '
    source "$1/completions/lsearch.bash"
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _lsearch
    printf "%s\n" "${COMPREPLY[@]}"' bash "$SOURCE_DIR" "$@"
}
complete_words lsearch --db "$db" --actor khal >"$WORK/reply"
grep -qx "Khalifa Haftar" "$WORK/reply" || fail "completing --actor khal does not offer Khalifa Haftar"
complete_words lsearch --db "$db" --place Tri >"$WORK/reply"
grep -qx "Tripoli" "$WORK/reply" || fail "completing --place Tri does not offer Tripoli"
complete_words lsearch --time >"$WORK/reply"
[ "$(sort "$WORK/reply" | tr '\n' ' ')" = "--timeline --timeline-by --timeline-series " ] ||
  fail "completing --time offers: $(tr '\n' ' ' <"$WORK/reply")"
[ $failures -eq 0 ] || exit 1
echo "cli_docs: options of --help = man pages = completions; completion reads the index's values"
