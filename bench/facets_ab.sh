#!/usr/bin/env bash
# Interleaved A/B rounds of `bench_query_latency facets` for two builds on one
# index (issue 15: a loaded, shared machine slows both sides alike), then the
# median per side of each figure: ms with and without facets (CPU time) and
# the facets' µs per matching article.
#   bench/facets_ab.sh A_BENCH B_BENCH DB [ROUNDS] [B_DB]
# B_DB: B's own copy of the index, when B reads another facet column format
# (a copy of DB whose column B wrote: bench_query_latency column GEN_DIR).
set -euo pipefail
a=$1 b=$2 db=$3 rounds=${4:-5} db_b=${5:-$3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ((r = 1; r <= rounds; r++)); do
  for side in a b; do
    bin=$a side_db=$db
    [ $side = b ] && bin=$b side_db=$db_b
    # The cpu line follows each query's wall line: keep query name + cpu figures.
    "$bin" facets "$side_db" 1 | awk -v side=$side '
      $NF == "wall" { q = ($1 == "--since") ? "since_2011" : $1; m = ($1 == "--since") ? $3 : $2 }
      $NF == "cpu"  { print side, q, m, $1, $2, $4 }' >>"$work/rows"
  done
done
python3 - "$work/rows" "$a" "$b" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
for q in sorted({r[1] for r in rows}):
    for side, name in (("a", sys.argv[2]), ("b", sys.argv[3])):
        sel = [r for r in rows if r[0] == side and r[1] == q]
        med = lambda i: statistics.median(float(r[i]) for r in sel)
        print(f"{q:12} {sel[0][2]:>8} matches  {name}: cpu with facets {med(3):8.2f} ms, "
              f"without {med(4):8.2f} ms, facets {med(5):6.3f} us/match ({len(sel)} rounds)")
        print("    rounds (with/without ms, us/match): " +
              " ".join(f"{r[3]}/{r[4]}/{r[5]}" for r in sel))
    # Paired by round (A then B, seconds apart): the machine's drift between
    # rounds, up to 1.5x here, cancels in B - A.
    pa = [r for r in rows if r[0] == "a" and r[1] == q]
    pb = [r for r in rows if r[0] == "b" and r[1] == q]
    for i, what in ((3, "cpu with facets ms"), (5, "facets us/match")):
        d = [float(b[i]) - float(a[i]) for a, b in zip(pa, pb)]
        print(f"    paired B - A, {what}: median {statistics.median(d):+.3f}, "
              f"B lower in {sum(x < 0 for x in d)} of {len(d)} rounds")
    # Issue 15's with / without, per round (both searches in one process).
    for side, sel in (("A", pa), ("B", pb)):
        x = [float(r[3]) / float(r[4]) for r in sel]
        print(f"    {side} with / without facets: median {statistics.median(x):.2f}x, "
              f"at most 1.5x in {sum(v <= 1.5 for v in x)} of {len(x)} rounds")
PY
