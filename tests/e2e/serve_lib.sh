# Helpers for the lsearch serve tests (source after lib.sh): start the real
# server on a free loopback port, stop it, and always kill it on exit.
SERVER_PID=""
BASE=""

stop_server() {  # SIGTERM, then SIGKILL after 10 s; the exit status goes to $WORK/server.status
  [ -n "$SERVER_PID" ] || return 0
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  for _ in $(seq 100); do
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$SERVER_PID" 2>/dev/null || true
  set +e
  wait "$SERVER_PID"
  echo $? >"$WORK/server.status"
  set -e
  SERVER_PID=""
}
trap 'stop_server; rm -rf "$WORK"' EXIT

start_server() {  # start_server ARGS...: lsearch serve on 127.0.0.1, any free port; sets BASE
  : >"$WORK/server.err"
  "$LSEARCH" serve --listen 127.0.0.1:0 "$@" 2>"$WORK/server.err" &
  SERVER_PID=$!
  local line=""
  for _ in $(seq 300); do
    line=$(grep -o 'http://127.0.0.1:[0-9]*/' "$WORK/server.err" || true)
    [ -n "$line" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$line" ]; then
    echo "FAIL: lsearch serve did not start" >&2
    cat "$WORK/server.err" >&2
    exit 1
  fi
  BASE=${line%/}
}

# get PATH: curl it; body to $WORK/body, headers to $WORK/headers, status on stdout.
get() {
  curl -s --max-time 20 -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' "$@" || echo "curl-failed"
}

expect_get() {  # expect_get STATUS DESCRIPTION CURL-ARGS...
  local expected=$1 what=$2 status
  shift 2
  CHECKS=$((CHECKS + 1))
  status=$(get "$@")
  if [ "$status" != "$expected" ]; then
    fail "$what: HTTP $status, expected $expected"
    head -c 300 "$WORK/body" >&2
    echo >&2
  fi
}

server_is_clean() {  # the server never reported a sanitizer error or crashed
  ! grep -q "Sanitizer\|runtime error" "$WORK/server.err"
}
