# Shared helpers for the end-to-end tests. Each test script sources this,
# runs the real binaries ($LINDEX, $LSEARCH) on files it creates in $WORK,
# and exits non-zero if any check failed.
set -u
: "${LINDEX:?set LINDEX to the lindex binary}"
: "${LSEARCH:?set LSEARCH to the lsearch binary}"
: "${SOURCE_DIR:?set SOURCE_DIR to the repository}"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/lsearch-e2e-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export NO_COLOR=1
unset LSEARCH_DB
FAILURES=0
CHECKS=0

fail() {
  echo "FAIL: $*" >&2
  FAILURES=$((FAILURES + 1))
}

check() {  # check DESCRIPTION COMMAND...: the command must succeed
  local what=$1
  shift
  CHECKS=$((CHECKS + 1))
  if ! "$@"; then fail "$what"; fi
}

# run_status VAR COMMAND...: runs it, stdout to $WORK/out, stderr to $WORK/err, status to VAR.
run_status() {
  local __var=$1
  shift
  set +e
  "$@" >"$WORK/out" 2>"$WORK/err"
  local __status=$?
  set -e
  printf -v "$__var" '%s' "$__status"
}

expect_status() {  # expect_status EXPECTED DESCRIPTION COMMAND...
  local expected=$1 what=$2 status
  shift 2
  CHECKS=$((CHECKS + 1))
  run_status status "$@"
  if [ "$status" != "$expected" ]; then
    fail "$what: exit $status, expected $expected"
    sed 's/^/    stderr: /' "$WORK/err" | head -5 >&2
  fi
  if grep -q "Sanitizer" "$WORK/err"; then fail "$what: sanitizer report"; cat "$WORK/err" >&2; fi
}

contains() { grep -qF -- "$2" "$1"; }
not_contains() { ! grep -qF -- "$2" "$1"; }

# json_get FILE EXPR: evaluates a Python expression over the parsed JSON `j`.
json_get() { python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print($2)" "$1"; }

finish() {
  if [ "$FAILURES" -gt 0 ]; then
    echo "$FAILURES of $CHECKS checks failed" >&2
    exit 1
  fi
  echo "$CHECKS checks passed"
}

# mount_small_disk DIR SIZE: a tmpfs of SIZE (4m) at DIR, unmounted when the test ends, for the
# disk-full tests. It needs root: without it the test says so and is skipped (exit 0).
mount_small_disk() {
  SMALL_DISK="$1"
  mkdir -p "$SMALL_DISK"
  if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size="$2" tmpfs "$SMALL_DISK" 2>/dev/null; then
    echo "SKIP: mounting a small tmpfs needs root"
    finish
    exit 0
  fi
  trap 'umount "$SMALL_DISK" 2>/dev/null || true; rm -rf "$WORK"' EXIT
}

# make_corpus DIR N: N generated articles (JSONL, and .txt files) built from the seed texts.
make_corpus() {
  python3 - "$SOURCE_DIR/corpus/seed" "$1" "$2" <<'PY'
import json, os, sys, glob, random
seed_dir, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
paras = []
for path in sorted(glob.glob(seed_dir + "/*.txt")):
    paras += [p.strip() for p in open(path, encoding="utf-8").read().split("\n") if len(p.strip()) > 80]
rng = random.Random(7)
os.makedirs(out + "/txt", exist_ok=True)
with open(out + "/feed.jsonl", "w", encoding="utf-8") as f:
    for i in range(n):
        text = "\n\n".join(rng.sample(paras, 4))
        rec = {"id": "gen-%05d" % i, "title": "Report %d on Libya" % i,
               "date": "2019-%02d-%02d" % (1 + i % 12, 1 + i % 28), "source": "Generator", "text": text}
        f.write(json.dumps(rec) + "\n")
for i in range(n // 10):
    with open(out + "/txt/t%04d.txt" % i, "w", encoding="utf-8") as f:
        f.write("Title: Text report %d\nDate: 2020-%02d-01\n\n%s\n" % (i, 1 + i % 12, "\n\n".join(rng.sample(paras, 3))))
PY
}

# libya_headlines FROM UNTIL OUT: the Reuters Libya headlines dated FROM..UNTIL (YYYY-MM-DD, both
# included) as a JSONL feed OUT; the test is skipped when ../shared lacks the corpus.
libya_headlines() {
  local corpus=${SHARED_DIR:-$SOURCE_DIR/../shared}/corpora/reuters_headlines_libya/articles.jsonl.gz
  if [ ! -f "$corpus" ]; then echo "SKIP: $corpus not found"; exit 0; fi
  mkdir -p "$(dirname "$3")"
  python3 - "$corpus" "$1" "$2" "$3" <<'PY'
import gzip, json, sys
corpus, since, until, out_path = sys.argv[1:]
with gzip.open(corpus, "rt", encoding="utf-8") as f, open(out_path, "w") as out:
    for line in f:
        if since <= json.loads(line)["date"] <= until:
            out.write(line)
PY
}

# revise_feed FILE: changes every third record of a JSONL feed and moves its mtime on, so the next
# lindex run rewrites those articles (the incremental runs of the concurrency tests).
revise_feed() {
  python3 - "$1" <<'PY'
import json, sys
path = sys.argv[1]
lines = [json.loads(l) for l in open(path)]
for rec in lines[::3]:
    rec["text"] += " Haftar revised this."
with open(path, "w") as f:
    for rec in lines: f.write(json.dumps(rec) + "\n")
PY
  touch -d "+5 seconds" "$1"
}
