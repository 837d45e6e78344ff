#!/usr/bin/env bash
# Builds a corpus as N shards in parallel (lindex --shard I/N, split by a hash
# of the article id) and writes the collection stub listing them.
#   scripts/build-shards.sh DIR N CORPUS... [-- LINDEX-OPTIONS...]
# gives DIR/shard-0 .. DIR/shard-(N-1) (ordinary lindex indexes; run the same
# command again for a nightly update) and DIR/collection ("auto shard-I"
# lines), which lsearch --db DIR/collection searches as one index.
# LINDEX (default: lindex on PATH) and JOBS (worker threads per shard,
# default 1) can be set in the environment. Exit: 0, or the worst lindex exit.
set -u
if [ $# -lt 3 ]; then
  echo "usage: $0 DIR N CORPUS... [-- LINDEX-OPTIONS...]" >&2
  exit 2
fi
dir=$1 n=$2
shift 2
case $n in '' | *[!0-9]* | 0) echo "$0: N must be a positive integer" >&2; exit 2 ;; esac
corpus=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do corpus+=("$1"); shift; done
[ $# -gt 0 ] && shift
lindex=${LINDEX:-lindex}
mkdir -p "$dir" || exit 2
pids=()
for ((i = 0; i < n; i++)); do
  "$lindex" --db "$dir/shard-$i" --shard "$i/$n" -j "${JOBS:-1}" "$@" "${corpus[@]}" &
  pids+=($!)
done
worst=0
for pid in "${pids[@]}"; do
  wait "$pid"
  status=$?
  [ "$status" -gt "$worst" ] && worst=$status
done
# The stub is written (atomically) only when every shard was built.
if [ "$worst" -le 1 ]; then
  tmp="$dir/collection.tmp.$$"
  for ((i = 0; i < n; i++)); do echo "auto shard-$i"; done >"$tmp" && mv -f "$tmp" "$dir/collection"
fi
exit "$worst"
