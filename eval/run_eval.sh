#!/usr/bin/env bash
# Ranking evaluation: for each collection of ../shared/eval, index docs.jsonl
# with lindex, run queries.tsv through lsearch (--batch --plain --format trec
# --limit 1000), and score the runs with lsearch-eval.
#   eval/run_eval.sh BIN_DIR SHARED_DIR [extra lsearch flags...]
set -euo pipefail
bin=$1
shared=$2
shift 2
work=${EVAL_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/lsearch-eval-XXXXXX")}
here=$(cd "$(dirname "$0")" && pwd)
args=("$here/references.tsv")
for name in cacm cranfield scifact; do
  dir="$shared/eval/$name"
  mkdir -p "$work/$name"
  set +e
  # Exit 1 means some records were skipped (Cranfield has two empty documents).
  "$bin/lindex" --db "$work/$name/db" --quiet --rebuild "$dir/docs.jsonl" 2>/dev/null
  [ $? -le 1 ] || { echo "lindex failed on $name" >&2; exit 2; }
  "$bin/lsearch" --db "$work/$name/db" --batch "$dir/queries.tsv" --plain --format trec --limit 1000 "$@" \
    >"$work/$name/run.trec"
  status=$?
  set -e
  [ "$status" -le 1 ] || { echo "lsearch failed on $name (exit $status)" >&2; exit 2; }
  args+=("$name" "$dir/qrels.tsv" "$work/$name/run.trec")
  if [ -f "$dir/qrels.anserini.tsv" ]; then args+=("$name-anserini-qrels" "$dir/qrels.anserini.tsv" "$work/$name/run.trec"); fi
done
"$bin/lsearch-eval" "${args[@]}"
echo "(runs kept in $work)"
