#!/bin/sh
# compare.sh runs the comparison of docs/performance.md in one sitting:
# newsgraph's benchmark with 16 clients against a server on DATABASE_URL,
# one operation at a time, with the CPU time each request cost the server
# and (on PostgreSQL) its database backends; the server's peak memory; then
# (on PostgreSQL) the hand-written SQL of bench/sql with pgbench -c 16 on
# the same data.
#
#   bench/compare.sh DATABASE_URL [HOST:PORT] [SECONDS]
#
# The database must hold the scale dataset (newsgraph seed --scale 1).
# Results go to stdout; the JSON of each newsgraph bench run to
# $TMPDIR/newsgraph-compare.OPERATION.json.
set -eu
url=$1
addr=${2:-127.0.0.1:8080}
secs=${3:-20}
bin=${TMPDIR:-/tmp}/newsgraph-compare
db=$(echo "$url" | sed -e 's|.*/||' -e 's|?.*||')

go build -o "$bin" ./cmd/newsgraph
"$bin" serve --addr "$addr" --database-url "$url" >"$bin.log" 2>&1 &
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

echo "== newsgraph bench --clients 16 --duration ${secs}s, one operation at a time ($db)"
for op in FEED DETAIL AWARDS DEEP_PAGE SEARCH; do
	s0=$(ticks $pid); d0=$(pgticks)
	"$bin" bench --url "http://$addr/query" --clients 16 --duration "${secs}s" --ops $op --json >"$bin.$op.json" || status=$?
	s1=$(ticks $pid); d1=$(pgticks)
	python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))[0]
n = r["requests"]
ms = lambda ticks: max(0, ticks) * 1000.0 / int(sys.argv[4]) / n
print("%-10s %8.1f req/s  p50 %7.2fms  p95 %7.2fms  p99 %7.2fms  errors %d  CPU per request: server %.2fms, database %.2fms" % (
    r["operation"], r["requestsPerSecond"], r["p50Ms"], r["p95Ms"], r["p99Ms"], r["errors"],
    ms(int(sys.argv[2])), ms(int(sys.argv[3]))))' \
		"$bin.$op.json" $((s1 - s0 - sampleS)) $((d1 - d0 - sampleD)) "$hz"
done
echo "== server peak memory"
grep -E 'VmHWM|VmRSS' "/proc/$pid/status"
kill $pid
trap - EXIT

case "$url" in
postgres*)
	articles=$(psql -Atc 'SELECT max(id) FROM articles' "$url")
	years=$(psql -Atc 'SELECT min(year), max(year) FROM awards' "$url")
	for op in feed detail awards; do
		echo "== pgbench -c 16 bench/sql/$op.sql"
		pgbench -n -c 16 -j 2 -T "$secs" -M prepared \
			-D articles="$articles" -D first_year="${years%|*}" -D last_year="${years#*|}" \
			-f "bench/sql/$op.sql" "$url" | grep -E 'latency average|tps'
	done
	;;
esac
exit ${status:-0}
