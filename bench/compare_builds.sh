#!/usr/bin/env bash
# Builds the same input with two lindex binaries and compares everything the
# two indexes hold (bench_index_dump: each article's terms with wdf and
# positions, values and data; term and collection frequencies; the spelling
# table with its frequencies; all metadata). A speed change must leave it
# byte-identical.
#
#   bench/compare_builds.sh LINDEX_A LINDEX_B INPUT [JOBS]
#
# JOBS defaults to 1: with several workers the facet ordinals (slot 5 and the
# lsearch.facet.* dictionary) are numbered in the order the workers meet the
# values, so they differ from run to run; with JOBS > 1 those lines are left out.
# lsearch.compacted_bytes (the directory's size after the merge, the baseline
# of --compact auto) is not content: it is printed for both, not compared.
# Exit status 0 when identical, 1 when not (the first differences are printed).
set -euo pipefail
if [[ $# -lt 3 ]]; then
  echo "usage: $0 LINDEX_A LINDEX_B INPUT [JOBS]" >&2
  exit 2
fi
a=$1 b=$2 input=$3 jobs=${4:-1}
dump=${BENCH_INDEX_DUMP:-$(dirname "$0")/../build-rel/bin/bench_index_dump}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build_and_dump() {  # lindex, name
  local status=0
  "$1" --db "$work/$2.db" --quiet -j "$jobs" "$input" || status=$?
  # lindex exits 1 when it skipped some records (Reuters has empty ones): still a full build.
  if [[ $status -gt 1 ]]; then
    echo "$0: $1 failed ($status)" >&2
    exit 2
  fi
  local skip=('-e' '^meta lsearch\.compacted_bytes ')
  [[ $jobs == 1 ]] || skip+=('-e' '^ v 5 ' '-e' '^meta lsearch\.facet\.')
  "$dump" "$work/$2.db/XAPIANDB" >"$work/$2.all"
  echo "$1: $(grep '^meta lsearch\.compacted_bytes ' "$work/$2.all" | cut -d' ' -f2-)"
  grep -v "${skip[@]}" "$work/$2.all" >"$work/$2.txt"
}

build_and_dump "$a" a
build_and_dump "$b" b
if cmp -s "$work/a.txt" "$work/b.txt"; then
  echo "identical: $(wc -l <"$work/a.txt") lines ($(head -1 "$work/a.txt"))"
  exit 0
fi
echo "DIFFERENT:"
diff "$work/a.txt" "$work/b.txt" | head -20
exit 1
