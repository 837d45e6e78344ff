# Helpers for the sharded-collection tests (source after lib.sh): real
# xapian-tcpsrv processes serving shards read-only on free loopback ports.
SHARD_PIDS=()
SHARD_PORTS=()

# start_shard_server I DIR: serves the index DIR as shard I; sets SHARD_PIDS[I], SHARD_PORTS[I].
# A free port is one a server could bind (retried if another process took it meanwhile).
start_shard_server() {
  local i=$1 dir=$2 port pid try
  for try in 1 2 3 4 5; do
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    # Its own session: on SIGTERM xapian-tcpsrv signals its whole process group.
    setsid xapian-tcpsrv --interface 127.0.0.1 --port "$port" "$dir" >"$WORK/srv$i.log" 2>&1 &
    pid=$!
    for _ in $(seq 50); do
      if python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1",int(sys.argv[1])),0.2)' "$port" 2>/dev/null; then
        SHARD_PIDS[$i]=$pid
        SHARD_PORTS[$i]=$port
        return 0
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
  done
  return 1
}

stop_shard_servers() {
  local p
  for p in "${SHARD_PIDS[@]}"; do
    [ -n "$p" ] || continue
    kill -CONT "$p" 2>/dev/null || true
    kill "$p" 2>/dev/null || true
  done
}

# remote_stub FILE I...: a collection file of `remote` lines for the running servers I...
remote_stub() {
  local file=$1 i
  shift
  for i in "$@"; do echo "remote 127.0.0.1:${SHARD_PORTS[$i]} timeout=3000 connect_timeout=1000"; done >"$file"
}

# json_true FILE EXPR: succeeds when the Python expression over the parsed JSON `j` is true.
json_true() { python3 -c "import json,sys; j=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"; }
