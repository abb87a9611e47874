#!/bin/sh
# compare.sh runs the comparison of docs/performance.md in one sitting:
# newsgraph's benchmark with 16 clients against a server on DATABASE_URL,
# one operation at a time, with the CPU time each request cost the server
# and (on PostgreSQL) its database backends; on PostgreSQL each of FEED,
# DETAIL, AWARDS and SEARCH is followed at once by its hand-written SQL (bench/sql)
# under pgbench -c 16, and the pair is repeated ROUNDS times. The machines
# this was written on vary by a quarter from one minute to the next, so a
# ratio is only read from runs next to each other, and the median of the
# rounds is the figure. Then the server's peak memory.
#
#   bench/compare.sh DATABASE_URL [HOST:PORT] [SECONDS] [ROUNDS]
#
# SECONDS defaults to 5 and ROUNDS to 9: short pairs, close together, cancel
# more of the machine's drift than long ones.
#
# SERVE_ARGS are extra flags of serve: SERVE_ARGS="--response-cache-bytes 0"
# compares the database path without the response cache's hits.
#
# The database must hold the scale dataset (newsgraph seed --scale 1).
# Results go to stdout; the JSON of each newsgraph bench run to
# $TMPDIR/newsgraph-compare.OPERATION.json.
set -eu
url=$1
addr=${2:-127.0.0.1:8080}
secs=${3:-5}
rounds=${4:-9}
bin=${TMPDIR:-/tmp}/newsgraph-compare
db=$(echo "$url" | sed -e 's|.*/||' -e 's|?.*||')
case "$url" in postgres*) pg=1 ;; *) pg= ;; esac

go build -o "$bin" ./cmd/newsgraph
# shellcheck disable=SC2086 # SERVE_ARGS are words (e.g. "--response-cache-bytes 0")
"$bin" serve --addr "$addr" --database-url "$url" ${SERVE_ARGS:-} >"$bin.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until curl -fs "http://$addr/healthz" >/dev/null; do sleep 0.2; done

# CPU time in clock ticks: of the server, and of the database's backends
# serving $db (zero on SQLite, which runs inside the server).
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pgticks() {
	for p in $(pgrep -f "postgres: .*[ ]$db[ ]" || true); do ticks "$p" 2>/dev/null || true; done | awk '{s += $1} END {print s + 0}'
}
hz=$(getconf CLK_TCK)

# Each run of the benchmark first samples variables through the API; its
# cost is measured once and taken off each operation's CPU figures.
s0=$(ticks $pid); d0=$(pgticks)
"$bin" bench --url "http://$addr/query" --clients 1 --duration 1ms --ops FEED >/dev/null
sampleS=$(($(ticks $pid) - s0)); sampleD=$(($(pgticks) - d0))

# newsgraph OP: one benchmark run; prints a line, leaves req/s in $rps.
newsgraph() {
	s0=$(ticks $pid); d0=$(pgticks)
	"$bin" bench --url "http://$addr/query" --clients 16 --duration "${secs}s" --ops "$1" --json >"$bin.$1.json" || status=$?
	s1=$(ticks $pid); d1=$(pgticks)
	rps=$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))[0]
n = r["requests"]
ms = lambda ticks: max(0, ticks) * 1000.0 / int(sys.argv[4]) / n
print("%-10s %8.1f req/s  p50 %7.2fms  p95 %7.2fms  p99 %7.2fms  errors %d  CPU per request: server %.2fms, database %.2fms" % (
    r["operation"], r["requestsPerSecond"], r["p50Ms"], r["p95Ms"], r["p99Ms"], r["errors"],
    ms(int(sys.argv[2])), ms(int(sys.argv[3]))), file=sys.stderr)
print("%.1f" % r["requestsPerSecond"])' \
		"$bin.$1.json" $((s1 - s0 - sampleS)) $((d1 - d0 - sampleD)) "$hz" 2>&1 >"$bin.rps")
	echo "$rps"
	rps=$(cat "$bin.rps")
}

if [ -n "$pg" ]; then
	articles=$(psql -Atc 'SELECT max(id) FROM articles' "$url")
	years=$(psql -Atc 'SELECT min(year), max(year) FROM awards' "$url")
	people=$(psql -Atc 'SELECT min(id), max(id) FROM persons' "$url")
fi
# handwritten OP: pgbench -c 16 of bench/sql/OP.sql; leaves tps in $tps.
handwritten() {
	tps=$(pgbench -n -c 16 -j 2 -T "$secs" -M prepared \
		-D articles="$articles" -D first_year="${years%|*}" -D last_year="${years#*|}" \
		-D first_person="${people%|*}" -D last_person="${people#*|}" \
		-f "bench/sql/$1.sql" "$url" | awk '/^tps/ {print $3}')
	printf '%-10s %8.1f tps   (pgbench -c 16 -M prepared bench/sql/%s.sql)\n' "hand-written" "$tps" "$1"
}

echo "== $db: newsgraph bench --clients 16 --duration ${secs}s, one operation at a time${pg:+, each followed by its hand-written SQL; $rounds rounds}"
: >"$bin.ratios"
for round in $(seq "$rounds"); do
	[ -n "$pg" ] && echo "-- round $round"
	for op in FEED DETAIL AWARDS SEARCH; do
		newsgraph $op
		if [ -n "$pg" ]; then
			lower=$(echo $op | tr A-Z a-z)
			handwritten "$lower"
			echo "$op $rps $tps" >>"$bin.ratios"
		fi
	done
	[ -n "$pg" ] || break
done
newsgraph DEEP_PAGE
if [ -n "$pg" ]; then
	echo "== newsgraph / hand-written, by round, and the median"
	python3 -c '
import sys, statistics
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
for op in ("FEED", "DETAIL", "AWARDS", "SEARCH"):
    r = [float(a) / float(b) for o, a, b in rows if o == op]
    print("%-7s %s   median %.2f" % (op, "  ".join("%.2f" % x for x in r), statistics.median(r)))' "$bin.ratios"
fi
echo "== server peak memory"
grep -E 'VmHWM|VmRSS' "/proc/$pid/status"
kill $pid
trap - EXIT
exit ${status:-0}
