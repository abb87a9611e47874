#!/bin/bash
# runqueue.sh shows where a FEED request's time goes on a busy machine:
# for one server with CONNS connections under CLIENTS clients for 5 s, the
# time its threads and its PostgreSQL backends spent running and waiting
# for a core (runnable, on a run queue), per request, from
# /proc/PID/schedstat (docs/performance.md, "The tail").
#
#   go build -o /tmp/after.bin ./cmd/newsgraph
#   bench/runqueue.sh /tmp/after.bin 'postgres://postgres@127.0.0.1:5432/DB?sslmode=disable' CONNS CLIENTS [HOST:PORT]
#
# OP=DETAIL measures another operation; SERVE_ARGS are extra flags of serve
# (e.g. SERVE_ARGS="--max-concurrent-operations 8").
set -eu
bin=$1; url=$2; conns=$3; clients=$4; addr=${5:-127.0.0.1:18113}
op=${OP:-FEED}
db=$(echo "$url" | sed -e 's|.*/||' -e 's|?.*||')
tmp=${TMPDIR:-/tmp}
# shellcheck disable=SC2086 # the extra flags are words
"$bin" serve --addr "$addr" --database-url "$url" --db-max-conns "$conns" ${SERVE_ARGS:-} >"$tmp/runqueue.log" 2>&1 &
p=$!
trap 'kill $p 2>/dev/null' EXIT
until curl -fs "http://$addr/healthz" >/dev/null; do sleep 0.3; done
"$bin" bench --url "http://$addr/query" --clients 16 --duration 2s --ops "$op" >/dev/null
# Nanoseconds running and waiting: the server's threads, then the backends.
st() {
	cat /proc/$p/task/*/schedstat | awk '{r += $1; w += $2} END {printf "%d %d ", r, w}'
	for q in $(pgrep -f "postgres: .*[ ]$db[ ]" || true); do cat "/proc/$q/schedstat" 2>/dev/null || true; done | awk '{r += $1; w += $2} END {printf "%d %d\n", r, w}'
}
a=$(st)
"$bin" bench --url "http://$addr/query" --clients "$clients" --duration 5s --ops "$op" --json >"$tmp/runqueue.json"
b=$(st)
python3 - "$a" "$b" "$conns" "$clients" "$tmp/runqueue.json" <<'EOF'
import json, sys
a, b = [list(map(int, x.split())) for x in sys.argv[1:3]]
r = json.load(open(sys.argv[5]))[0]
d = [(y - x) / r["requests"] / 1e6 for x, y in zip(a, b)]
print("%s connections, %s clients: %s %.0f req/s, p50 %.1f ms, p99 %.1f ms; per request: server running %.2f ms, waiting for a core %.2f ms; backends running %.2f ms, waiting for a core %.2f ms" % (
    (sys.argv[3], sys.argv[4], r["operation"], r["requestsPerSecond"], r["p50Ms"], r["p99Ms"]) + tuple(d)))
EOF
