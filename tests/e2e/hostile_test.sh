#!/usr/bin/env bash
# A hostile corpus (tests/fixtures/make_hostile_corpus.py): content must never drive the terminal
# or forge output lines, in every human-readable output; JSON stays exact; ids and trec keep one
# hit per line (issue 11, items 7 and 8).
source "$(dirname "$0")/lib.sh"
set -e
DB="$WORK/db"
python3 "$SOURCE_DIR/tests/fixtures/make_hostile_corpus.py" "$WORK/corpus"
"$LINDEX" --db "$DB" --quiet "$WORK/corpus" || true
HITS=8
# Every hostile article must be shown, so text and JSON runs pass --no-collapse: the fixture's
# templated texts ("An oil article whose id holds ...") are near-duplicates to the wire-copy key.

# terminal_safe FILE: no control byte but '\n', no C1 control, no bidi control; with
# ALLOW_SGR=1 our own colour codes (ESC [ digits m) are allowed.
terminal_safe() {
  python3 - "$1" "${ALLOW_SGR:-0}" <<'PY'
import re, sys
data = open(sys.argv[1], "rb").read()
if sys.argv[2] == "1":
    data = re.sub(rb"\x1b\[[0-9;]*m", b"", data)
text = data.decode("utf-8")  # invalid UTF-8 fails too
bad = [c for c in text if (ord(c) < 0x20 and c != "\n") or 0x7f <= ord(c) <= 0x9f
       or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069 or c in "\u200e\u200f\u061c"]
if bad:
    print("unsafe characters:", sorted(set(map(hex, map(ord, bad)))), file=sys.stderr)
    sys.exit(1)
PY
}
hit_lines() { grep -cE '^[0-9]+\. ' "$1"; }

expect_status 0 "text, --color never" "$LSEARCH" --db "$DB" oil --color never --no-collapse
check "text never: terminal-safe" terminal_safe "$WORK/out"
check "text never: one numbered line per hit (a newline in a title forges none)" test "$(hit_lines "$WORK/out")" = $HITS
check "text never: ESC shown as a visible escape" contains "$WORK/out" 'Oil \x1B[2J\x1B]0;pwned\x07deal'
check "text never: the forged title stays on its line" contains "$WORK/out" "Oil talks 2. Forged hit 2020-01-01"
check "text never: facet values escaped" contains "$WORK/out" 'Evil\x1B[2J News 1'
cp "$WORK/out" "$WORK/never.txt"

expect_status 0 "text, --color always" "$LSEARCH" --db "$DB" oil --color always --no-collapse
check "text always: only our colour codes" env ALLOW_SGR=1 bash -c "$(declare -f terminal_safe); terminal_safe '$WORK/out'"
check "text always: one numbered line per hit" test "$(sed 's/\x1b\[[0-9;]*m//g' "$WORK/out" | grep -cE '^[0-9]+\. ')" = $HITS

expect_status 0 "--explain" "$LSEARCH" --db "$DB" oil --explain --color never --no-collapse
check "--explain: terminal-safe" terminal_safe "$WORK/out"

expect_status 2 "--similar with a hostile id" "$LSEARCH" --db "$DB" --similar $'no\x1b]0;x\x07such'
check "stderr echoing an id: terminal-safe" terminal_safe "$WORK/err"
check "stderr echoing an id: escaped" contains "$WORK/err" 'no\x1B]0;x\x07such'
expect_status 2 "--source with a hostile name" "$LSEARCH" --db "$DB" --source $'Evi\x1b[2J'
check "stderr suggesting content names: terminal-safe" terminal_safe "$WORK/err"

expect_status 0 "json" "$LSEARCH" --db "$DB" oil -f json --limit 20 --no-collapse
check "json: titles exact, controls kept" test "$(json_get "$WORK/out" "[r['title'] for r in j['results'] if r['id']=='esc-title'][0] == 'Oil \x1b[2J\x1b]0;pwned\x07deal \x1b]8;;http://evil.example/\x1b\\\\link\x1b]8;;\x1b\\\\ signed'")" = True
check "json: ids exact" test "$(json_get "$WORK/out" "'id with\nnewline' in [r['id'] for r in j['results']]")" = True
check "json: sources exact" test "$(json_get "$WORK/out" "'Evil\x1b[2J News' in [f['value'] for f in j['facets']['sources']]")" = True

expect_status 0 "-f ids" "$LSEARCH" --db "$DB" oil -f ids --limit 20
check "ids: one line per hit" test "$(wc -l <"$WORK/out")" = $HITS
check "ids: a newline in an id is %0A" contains "$WORK/out" "id%20with%0Anewline"
check "ids: a tab is %09" contains "$WORK/out" "id%09with%20tab"
check "ids: % itself is %25" contains "$WORK/out" "percent%2541id"
check "ids: terminal-safe" terminal_safe "$WORK/out"

printf 'q 1\toil\n' >"$WORK/q.tsv"
expect_status 0 "-f trec" "$LSEARCH" --db "$DB" --batch "$WORK/q.tsv" -f trec --limit 20 --run-tag "my run"
check "trec: one line per hit" test "$(wc -l <"$WORK/out")" = $HITS
check "trec: always 6 columns" test "$(awk 'NF != 6' "$WORK/out" | wc -l)" = 0
check "trec: qid and tag escaped" grep -q '^q%201 Q0 .* my%20run$' "$WORK/out"

expect_status 0 "a quoted query" "$LSEARCH" --db "$DB" '"oil deal"' --color never
check "summary line does not double quotes" contains "$WORK/out" 'for "oil deal"'
check "summary line: no doubled quotes" not_contains "$WORK/out" '""'
finish
