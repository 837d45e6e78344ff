#!/usr/bin/env bash
# lsearch serve over HTTP: the API's answers and errors, the security headers,
# no path outside the embedded page, bounded requests, slow clients dropped,
# a clean stop on SIGTERM.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
set -e
DB="$WORK/db"
C="$WORK/corpus"
make_corpus "$C" 60
expect_status 0 "index" "$LINDEX" --db "$DB" --quiet "$C"

expect_status 2 "a bad --listen is refused" "$LSEARCH" serve --db "$DB" --listen 8080
check "the error says what --listen wants" contains "$WORK/err" "HOST:PORT"
expect_status 2 "no index, no server" "$LSEARCH" serve --db "$WORK/none" --listen 127.0.0.1:0
check "the error names the index" contains "$WORK/err" "no lsearch index"
expect_status 0 "after --, serve is a query word, not the server" "$LSEARCH" --db "$DB" -f json -- serve
check "the query was the word" test "$(json_get "$WORK/out" 'j["query"]["text"]')" = serve

start_server --db "$DB" --timeout 2 --request-timeout 4 --threads 3

expect_get 200 "health" "$BASE/api/health"
check "health counts the documents" test "$(json_get "$WORK/body" 'j["documents"]')" = 66
check "JSON content type" grep -qi '^content-type: application/json' "$WORK/headers"

expect_get 200 "search" "$BASE/api/search?q=libya&limit=3&since=2019-02&timeline=year"
check "the CLI's schema" test "$(json_get "$WORK/body" 'j["version"], len(j["results"]), j["query"]["filters"]["since"]')" = "1 3 2019-02"
check "the timeline" test "$(json_get "$WORK/body" 'j["timeline"]["unit"], j["timeline"]["buckets"][0]["start"]')" = "year 2019-01-01"
"$LSEARCH" --db "$DB" libya --limit 3 --since 2019-02 -f json >"$WORK/cli.json"
check "the same hits as the CLI" test "$(json_get "$WORK/body" '[r["id"] for r in j["results"]]')" = "$(json_get "$WORK/cli.json" '[r["id"] for r in j["results"]]')"
check "security headers: CSP" grep -qi "^content-security-policy: default-src 'none'; script-src 'self'" "$WORK/headers"
check "security headers: nosniff" grep -qi '^x-content-type-options: nosniff' "$WORK/headers"

expect_get 400 "a bad limit" "$BASE/api/search?q=libya&limit=lots"
check "the error names the parameter" test "$(json_get "$WORK/body" 'j["error"]["parameter"]')" = limit
expect_get 400 "an unknown actor" "$BASE/api/search?actor=Hiftar"
check "names actor, suggests" test "$(json_get "$WORK/body" 'j["error"]["parameter"], "Khalifa Haftar" in j["error"]["message"]')" = "actor True"
expect_get 400 "an unknown parameter" "$BASE/api/search?colour=red"
expect_get 200 "URL-encoded filters" "$BASE/api/search?actor=Khalifa%20Haftar&limit=1"
check "decoded" test "$(json_get "$WORK/body" 'j["query"]["filters"]["actor"]')" = "['Khalifa Haftar']"

expect_get 200 "an article" "$BASE/api/article?id=gen-00007"
check "its text and entities" test "$(json_get "$WORK/body" 'j["id"], len(j["text"]) > 100, isinstance(j["mentions"], list)')" = "gen-00007 True True"
expect_get 404 "an unknown article" "$BASE/api/article?id=gen-99999"
expect_get 400 "an article without id" "$BASE/api/article"
expect_get 404 "an unknown endpoint" "$BASE/api/nothing"
check "404 is JSON too" test "$(json_get "$WORK/body" 'j["error"]["status"]')" = 404

expect_get 200 "the page" "$BASE/"
check "page is HTML" grep -qi '^content-type: text/html' "$WORK/headers"
check "page has CSP" grep -qi "^content-security-policy:" "$WORK/headers"
expect_get 200 "the script" "$BASE/app.js"
check "script type" grep -qi '^content-type: text/javascript' "$WORK/headers"
for path in /../../../etc/passwd /%2e%2e/%2e%2e/etc/passwd /etc/passwd //etc/passwd /app.js/../../CMakeLists.txt \
  /CMakeLists.txt /searcher/serve/web/app.js; do
  expect_get 404 "no file outside the page: $path" --path-as-is "$BASE$path"
  check "nothing of it leaks: $path" not_contains "$WORK/body" "root:"
done

expect_get 403 "DNS rebinding: another site's name is refused on loopback" -H "Host: evil.example:80" "$BASE/api/health"
expect_get 403 "a name that only starts like 127.0.0.1 is refused" -H "Host: 127.0.0.1.evil.example" "$BASE/api/health"
expect_get 403 "no Host header, no answer" -H "Host:" "$BASE/api/health"
expect_get 200 "localhost is a loopback name" -H "Host: localhost:1234" "$BASE/api/health"
expect_get 404 "POST is not served" -X POST -d 'q=x' "$BASE/api/search"
long=$(python3 -c 'print("a" * 9000)')
expect_get 414 "an overlong request line" "$BASE/api/search?q=$long"
expect_get 400 "an overlong header" -H "X-Long: $long" "$BASE/api/health"
python3 -c 'print("x" * 100000, end="")' >"$WORK/big"
expect_get 413 "an oversized body" -X POST --data-binary @"$WORK/big" "$BASE/api/health"

# Slow clients: three connections (as many as workers) that send half a
# request line and then nothing. The server drops them after --timeout, and a
# real request is answered meanwhile or right after.
CHECKS=$((CHECKS + 1))
if ! python3 - "${BASE#http://}" <<'PY'; then fail "slow clients are dropped and do not block the server"; fi
import socket, sys, time, urllib.request
host, port = sys.argv[1].split(":")
slow = []
for _ in range(3):
    s = socket.create_connection((host, int(port)), timeout=10)
    s.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")
    slow.append(s)
start = time.time()
body = urllib.request.urlopen("http://%s:%s/api/health" % (host, port), timeout=15).read()
assert b'"ok"' in body, body
for s in slow:
    s.settimeout(10)  # a socket.timeout here: the server kept the connection
    while s.recv(4096):
        pass  # an error answer may come before the close
elapsed = time.time() - start
assert elapsed < 9, "slow clients held the workers for %.1f s" % elapsed
print("slow clients dropped; a request waited %.1f s" % elapsed)
PY

# Slowloris: a client that sends a byte a second is never silent for a whole
# --timeout, but the request as a whole is over after --request-timeout.
CHECKS=$((CHECKS + 1))
if ! python3 - "${BASE#http://}" 4 <<'PY'; then fail "a trickling client is dropped after --request-timeout"; fi
import socket, sys, time, urllib.request
host, port = sys.argv[1].split(":")
limit = float(sys.argv[2])  # the server's --request-timeout
s = socket.create_connection((host, int(port)), timeout=10)
s.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Trickle: ")
start = time.time()
closed = False
while time.time() - start < limit + 8:
    try:
        s.sendall(b"a")  # one byte a second: never silent for a whole --timeout
        s.settimeout(1)
        if s.recv(4096) == b"":
            closed = True
            break
    except socket.timeout:
        continue
    except OSError:
        closed = True
        break
elapsed = time.time() - start
assert closed, "a client trickling a byte a second kept its worker for %.1f s" % elapsed
assert elapsed < limit + 3, "dropped only after %.1f s" % elapsed
print("trickling client dropped after %.1f s" % elapsed)
PY

expect_get 200 "still serving after all that" "$BASE/api/health"
stop_server
check "SIGTERM stops it cleanly (exit 0)" test "$(cat "$WORK/server.status")" = 0
check "no sanitizer report" server_is_clean
finish
