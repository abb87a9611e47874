#!/bin/sh
# compare.sh runs the comparison of docs/performance.md in one sitting:
# newsgraph's benchmark with 16 clients against a server on DATABASE_URL,
# the server's peak memory, then (on PostgreSQL) the hand-written SQL of
# bench/sql with pgbench -c 16 on the same data.
#
#   bench/compare.sh DATABASE_URL [HOST:PORT] [SECONDS]
#
# The database must hold the scale dataset (newsgraph seed --scale 1).
# Results go to stdout; the JSON of newsgraph bench to $TMPDIR/newsgraph-compare.json.
set -eu
url=$1
addr=${2:-127.0.0.1:8080}
secs=${3:-20}
bin=${TMPDIR:-/tmp}/newsgraph-compare

go build -o "$bin" ./cmd/newsgraph
"$bin" serve --addr "$addr" --database-url "$url" >"$bin.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until curl -fs "http://$addr/healthz" >/dev/null; do sleep 0.2; done

echo "== newsgraph bench --clients 16 --duration ${secs}s ($url)"
"$bin" bench --url "http://$addr/query" --clients 16 --duration "${secs}s" --json >"$bin.json" || status=$?
python3 -c '
import json
for r in json.load(open("'"$bin.json"'")):
    print("%-10s %8.1f req/s  p50 %7.2fms  p95 %7.2fms  p99 %7.2fms  errors %d" % (
        r["operation"], r["requestsPerSecond"], r["p50Ms"], r["p95Ms"], r["p99Ms"], r["errors"]))'
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
