#!/bin/sh
# before-after.sh compares two builds of newsgraph on one database, in one
# sitting: both servers run side by side (127.0.0.1:18081 the first,
# :18082 the second; PORT=18101 moves them to that port and the next), and
# each round runs FEED, DETAIL and AWARDS (OPS="..." for others) for
# SECONDS with CLIENTS clients
# (16 by default) against one build then the other, the order alternating
# between rounds, with the CPU time each request cost the server and (on
# PostgreSQL) the database backends. Read the ratio of each pair and take
# the median: the machine drifts too much between minutes for anything
# else (docs/performance.md). BEFORE_ARGS and AFTER_ARGS are extra flags of
# each build's serve (e.g. AFTER_ARGS="--db-max-conns 8": one binary, two
# settings). At the end, each server's peak memory (VmHWM).
#
# BEFORE_URL gives the before build a database of its own (by default it
# shares DATABASE_URL): an older build refuses a database a newer one has
# migrated. ONE_AT_A_TIME=1 runs one server at a time: each round starts
# one build's server, warms it, runs every operation, stops it, then does
# the same with the other, the order alternating between rounds, so that
# neither server's background work (an older scheduler's scan) loads the
# machine while the other is measured; the peak memory is then the highest
# of each build's servers.
#
#   git worktree add /tmp/before REF && (cd /tmp/before && go build -o /tmp/before.bin ./cmd/newsgraph)
#   go build -o /tmp/after.bin ./cmd/newsgraph
#   bench/before-after.sh /tmp/before.bin /tmp/after.bin DATABASE_URL [ROUNDS] [SECONDS] [CLIENTS]
#
# OPS="SEARCH" runs other operations; PORT=18101 moves the two servers to
# that port and the next; BEFORE_ARGS and AFTER_ARGS are extra serve flags.
set -eu
before=$1; after=$2; url=$3; rounds=${4:-5}; secs=${5:-5}; clients=${6:-16}
before_url=${BEFORE_URL:-$url}
ops=${OPS:-FEED DETAIL AWARDS}
port1=${PORT:-18081}
port2=$((port1 + 1))
tmp=${TMPDIR:-/tmp}
dbname() { echo "$1" | sed -e 's|.*/||' -e 's|?.*||'; }
db1=$(dbname "$before_url"); db2=$(dbname "$url")
p1=; p2=; hwm1=0; hwm2=0
trap 'kill $p1 $p2 2>/dev/null || true' EXIT
: >"$tmp/before-after.1.log"; : >"$tmp/before-after.2.log"; : >"$tmp/before-after.txt"

# of before|after: that build's server's pid, port and database name.
of() {
	if [ "$1" = before ]; then pid=$p1 port=$port1 db=$db1; else pid=$p2 port=$port2 db=$db2; fi
}
# start before|after: that build's server, on its port and its database.
start() {
	if [ "$1" = before ]; then
		# shellcheck disable=SC2086 # the extra flags are words
		"$before" serve --addr 127.0.0.1:$port1 --database-url "$before_url" ${BEFORE_ARGS:-} >>"$tmp/before-after.1.log" 2>&1 &
		p1=$!
	else
		# shellcheck disable=SC2086
		"$after" serve --addr 127.0.0.1:$port2 --database-url "$url" ${AFTER_ARGS:-} >>"$tmp/before-after.2.log" 2>&1 &
		p2=$!
	fi
}
# ready before|after: waits for that build's server, then warms it up.
ready() {
	of "$1"
	until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null; do
		# An older build refuses a database a newer one migrated, and exits.
		kill -0 "$pid" 2>/dev/null || { echo "the $1 server exited: $tmp/before-after.*.log" >&2; exit 1; }
		sleep 0.3
	done
	"$after" bench --url "http://127.0.0.1:$port/query" --clients 4 --duration 2s --ops "$(echo $ops | tr " " ",")" >/dev/null
}
# stop before|after: stops that build's server, keeping its peak memory.
stop() {
	of "$1"
	h=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
	if [ "$1" = before ]; then
		if [ "$h" -gt "$hwm1" ]; then hwm1=$h; fi
		p1=
	else
		if [ "$h" -gt "$hwm2" ]; then hwm2=$h; fi
		p2=
	fi
	kill "$pid"; wait "$pid" || true
}

# CPU time in clock ticks: of a server, and of the database's backends
# serving database $1 (zero on SQLite, which runs inside the server).
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pgticks() {
	for p in $(pgrep -f "postgres: .*[ ]$1[ ]" || true); do ticks "$p" 2>/dev/null || true; done | awk '{s += $1} END {print s + 0}'
}
hz=$(getconf CLK_TCK)

# run ROUND before|after OP: one benchmark run, one line.
run() {
	of "$2"
	s0=$(ticks "$pid"); d0=$(pgticks "$db")
	"$after" bench --url "http://127.0.0.1:$port/query" --clients "$clients" --duration "${secs}s" --ops "$3" --json >"$tmp/before-after.json"
	s1=$(ticks "$pid"); d1=$(pgticks "$db")
	python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))[0]
n, hz = r["requests"], int(sys.argv[5])
print("%s %-6s %-7s %8.1f req/s  p50 %6.2fms  p99 %6.2fms  errors %d  CPU per request: server %.3fms, database %.3fms" % (
    sys.argv[6], sys.argv[2], r["operation"], r["requestsPerSecond"], r["p50Ms"], r["p99Ms"], r["errors"],
    int(sys.argv[3]) * 1000.0 / hz / n, int(sys.argv[4]) * 1000.0 / hz / n))
' "$tmp/before-after.json" "$2" $((s1 - s0)) $((d1 - d0)) "$hz" "$1" | tee -a "$tmp/before-after.txt"
}

if [ "${ONE_AT_A_TIME:-}" = 1 ]; then
	for r in $(seq 1 "$rounds"); do
		if [ $((r % 2)) = 1 ]; then order="before after"; else order="after before"; fi
		for b in $order; do
			start $b; ready $b
			for op in $ops; do run "$r" $b $op; done
			stop $b
		done
	done
else
	start before; start after
	ready before; ready after
	for r in $(seq 1 "$rounds"); do
		for op in $ops; do
			if [ $((r % 2)) = 1 ]; then
				run "$r" before $op; run "$r" after $op
			else
				run "$r" after $op; run "$r" before $op
			fi
		done
	done
	stop before; stop after
fi

# The median of each round's after/before ratio, and of the CPU figures.
python3 -c '
import statistics as st, sys
d = {}
for l in open(sys.argv[1]):
    f = l.split()
    d.setdefault((f[2], f[1]), []).append((int(f[0]), float(f[3]), float(f[f.index("server") + 1][:-3]), float(f[f.index("database") + 1][:-2]),
        float(f[f.index("p50") + 1][:-2]), float(f[f.index("p99") + 1][:-2])))
for op in sys.argv[2].split():
    b, a = sorted(d[(op, "before")]), sorted(d[(op, "after")])
    m = lambda rows, i: st.median(x[i] for x in rows)
    print("%-7s after/before %.3f (median of %d pairs)  req/s %.0f -> %.0f  p50 %.1f -> %.1f ms  p99 %.1f -> %.1f ms  CPU per request %.3f+%.3f -> %.3f+%.3f ms" % (
        op, st.median(y[1] / x[1] for x, y in zip(b, a)), len(b), m(b, 1), m(a, 1), m(b, 4), m(a, 4), m(b, 5), m(a, 5), m(b, 2), m(b, 3), m(a, 2), m(a, 3)))
' "$tmp/before-after.txt" "$ops"
echo "peak memory: before $hwm1 kB, after $hwm2 kB"
