#!/usr/bin/env bash
# The search page in a real browser: Debian's headless chromium, driven over the
# DevTools protocol by browser_test.py (python3-websocket). One run over a normal
# corpus (search, keyboard, facets, paging, back button, timeline, article view,
# narrow window), one over a hostile corpus (markup, event handlers and
# javascript:/data: URLs in titles, text, url, source and entity names) that
# must render as text with no script of its own run and no dialog opened.
# SCREENSHOT_DIR=dir keeps the screenshots.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
set -e
PY=/usr/bin/python3  # Debian's, which has python3-websocket
if ! command -v chromium >/dev/null || ! "$PY" -c "import websocket" 2>/dev/null; then
  echo "FAIL: needs chromium and python3-websocket (bash scripts/install-deps.sh)" >&2
  exit 1
fi
SHOTS=${SCREENSHOT_DIR:-}
export PYTHONPATH="$SOURCE_DIR/tests/e2e"

make_corpus "$WORK/corpus" 80
expect_status 0 "index the normal corpus" "$LINDEX" --db "$WORK/db" --quiet "$WORK/corpus"
start_server --db "$WORK/db"
CHECKS=$((CHECKS + 1))
if ! timeout 120 "$PY" "$SOURCE_DIR/tests/e2e/browser_test.py" "$BASE" $SHOTS; then fail "the page over the normal corpus"; fi
stop_server
check "no sanitizer report (normal corpus)" server_is_clean

H="$WORK/hostile"
python3 "$SOURCE_DIR/tests/fixtures/make_hostile_corpus.py" "$H"
python3 - "$H/html.jsonl" <<'PY'
import json, sys
records = [
    {"id": "html-script", "date": "2020-01-02", "title": "Oil <script>window.__pwned=1</script> deal",
     "source": "<b onmouseover=window.__pwned=2>Evil</b> News", "url": "javascript:window.__pwned=7",
     "text": "Oil news. <script>window.__pwned=3;alert(1)</script> The oil text names Evilcorp."},
    {"id": "html-img", "date": "2020-02-03", "title": "Oil <img src=x onerror=window.__pwned=4>",
     "url": "data:text/html,<script>alert(1)</script>",
     "text": "Oil <img src=x onerror=\"window.__pwned=5;alert(2)\"> and <a href=\"javascript:window.__pwned=6\">"
             "click</a> <svg onload=window.__pwned=8></svg> and Evilcorp again, about oil."},
    {"id": "html-fine", "date": "2020-03-04", "title": "Oil, a fine article", "url": "https://example.org/fine",
     "text": "A fine oil article that names Evilcorp."},
]
with open(sys.argv[1], "w") as f:
    for r in records: f.write(json.dumps(r) + "\n")
PY
printf 'actor\t<img src=x onerror=window.__pwned=9>\tEvilcorp\n' >"$WORK/evil.tsv"
run_status status "$LINDEX" --db "$WORK/hdb" --quiet --entities "$WORK/evil.tsv" "$H"
check "index the hostile corpus (some of it may be skipped: exit 1)" test "$status" -le 1
start_server --db "$WORK/hdb"
CHECKS=$((CHECKS + 1))
if ! CORPUS=hostile timeout 120 "$PY" "$SOURCE_DIR/tests/e2e/browser_test.py" "$BASE" $SHOTS; then fail "the page over the hostile corpus"; fi
stop_server
check "no sanitizer report (hostile corpus)" server_is_clean
finish
