#!/bin/sh
# Output identity of two lsearch binaries (issue 15: a speed change must not
# change what a search prints). Runs a fixed set of searches, text and JSON,
# through both and diffs them; exit 0 when every output is byte-identical.
#   bench/cli_outputs.sh A_LSEARCH A_DB B_LSEARCH B_DB
set -u
a_bin=$1 a_db=$2 b_bin=$3 b_db=$4
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
n=0 differ=0
while IFS= read -r args; do
  [ -z "$args" ] && continue
  n=$((n + 1))
  for format in text json; do
    eval "set -- $args"
    "$a_bin" --db "$a_db" -f "$format" "$@" > "$out/a" 2>&1; echo "exit $?" >> "$out/a"
    "$b_bin" --db "$b_db" -f "$format" "$@" > "$out/b" 2>&1; echo "exit $?" >> "$out/b"
    if ! cmp -s "$out/a" "$out/b"; then
      differ=$((differ + 1))
      echo "differs ($format): $args"
      diff "$out/a" "$out/b" | head -10
    fi
  done
done <<'QUERIES'
oil
'oil prices'
'interest rates'
'bank of japan'
coffee
'trade deficit'
gold
'opec output'
wheat
'stock market'
zzqqxx
japn
oil --offset 9
oil --offset 40 -n 57
oil -n 1
oil -n 0
oil --no-collapse
oil --sort newest
oil --sort oldest --offset 3
oil --no-facets
oil --no-snippets
oil --explain
oil --facet-limit 3
oil --since 1987-04 --until 1987-05
oil --place Kuwait
'opec' --actor OPEC
'"crude oil"'
'oil NEAR/3 prices'
'title:coffee'
'oil AND NOT gas'
'yen dollar' --expand
'tin' --plain
shares -n 100
said --offset 290 -n 20
--similar reuters21578-18857
QUERIES
echo "$n searches x 2 formats: $differ differ"
[ "$differ" -eq 0 ]
