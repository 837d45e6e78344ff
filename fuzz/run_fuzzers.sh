#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS, starting from its committed seed
# corpus (read-only; new inputs go to a scratch corpus), and prints how many
# inputs ran and whether anything crashed. Crash inputs are kept in fuzz/crashes/.
#   fuzz/run_fuzzers.sh BIN_DIR SECONDS
set -uo pipefail
bin=$1
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/lsearch-fuzz-XXXXXX")
mkdir -p "$here/crashes"
status=0
printf '%-14s %12s %10s %s\n' target executions "exec/s" result
for target in txt_article jsonl_record news_text query tokenizer_parity; do
  mkdir -p "$work/$target"
  ASAN_OPTIONS=detect_leaks=0 "$bin/fuzz_$target" "$work/$target" "$here/corpus/$target" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$here/crashes/$target-" >"$work/$target.log" 2>&1
  code=$?
  runs=$(grep -m1 'stat::number_of_executed_units' "$work/$target.log" | awk '{print $2}')
  rate=$(grep -m1 'stat::average_exec_per_sec' "$work/$target.log" | awk '{print $2}')
  if [ "$code" = 0 ]; then result="no crash"; else result="CRASH (exit $code), see fuzz/crashes/"; status=1; fi
  printf '%-14s %12s %10s %s\n' "$target" "${runs:-?}" "${rate:-?}" "$result"
done
rm -rf "$work"
exit $status
