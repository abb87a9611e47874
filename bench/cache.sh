#!/bin/sh
# cache.sh measures the response cache against hand-written SQL in one
# sitting, with lean C clients on both sides: wrk -c 16 for newsgraph (FEED
# and DETAIL answered from the node's cache, DETAIL drawing from 1,000
# slugs as newsgraph bench does) and pgbench -c 16 for bench/sql, each
# newsgraph run followed at once by its SQL, ROUNDS times; with the CPU
# each request cost the server and each transaction cost PostgreSQL's
# backends. bench/compare.sh is the same comparison with newsgraph bench,
# a Go client that costs more CPU per request than the cached server.
#
#   bench/cache.sh DATABASE_URL [HOST:PORT] [SECONDS] [ROUNDS]
#
# Needs wrk (apt-get install wrk), pgbench and a PostgreSQL database
# holding the scale dataset, which it only reads. SECONDS is at least 4.
set -eu
url=$1
addr=${2:-127.0.0.1:8080}
secs=${3:-5}
rounds=${4:-5}
bin=${TMPDIR:-/tmp}/newsgraph-cache
db=$(echo "$url" | sed -e 's|.*/||' -e 's|?.*||')

go build -o "$bin" ./cmd/newsgraph
"$bin" serve --addr "$addr" --database-url "$url" --demo=false >"$bin.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until curl -fs "http://$addr/readyz" >/dev/null; do sleep 0.2; done

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)

# The request bodies: FEED's, and DETAIL's for 1,000 published articles.
python3 - "$bin" "$url" <<'PY'
import json, subprocess, sys
out, url = sys.argv[1], sys.argv[2]
feed = open("bench/operations/FEED.graphql").read()
detail = open("bench/operations/DETAIL.graphql").read()
open(out + ".feed", "w").write(json.dumps({"query": feed}) + "\n")
slugs = subprocess.run(["psql", "-Atc", "SELECT slug FROM articles WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1000 OFFSET 5000", url],
                       check=True, capture_output=True, text=True).stdout.split()
with open(out + ".detail", "w") as f:
    for s in slugs:
        f.write(json.dumps({"query": detail, "variables": {"slug": s}}) + "\n")
PY
cat >"$bin.lua" <<'LUA'
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do bodies[#bodies + 1] = line end
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
	i = i % #bodies + 1
	return wrk.format(nil, nil, nil, bodies[i])
end
LUA

articles=$(psql -Atc 'SELECT max(id) FROM articles' "$url")
app=newsgraph-cache-$$ # names this script's pgbench connections among others
# newsgraph OP: wrk of OP against the server; leaves req/s in $rps.
newsgraph() {
	s0=$(ticks $pid)
	out=$(BODIES="$bin.$1" wrk -t 2 -c 16 -d "${secs}s" -s "$bin.lua" "http://$addr/query")
	s1=$(ticks $pid)
	rps=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
	n=$(echo "$out" | awk '/requests in/ {print $1}')
	bad=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
	printf '%-7s newsgraph %9.1f req/s  server CPU %.3f ms/request  %s\n' "$1" "$rps" \
		"$(echo "($s1 - $s0) * 1000 / $hz / $n" | bc -l)" "${bad:+non-2xx $bad}"
}
# handwritten OP: pgbench of bench/sql/OP.sql; leaves tps in $tps. The
# CPU of this pgbench's own backends (application_name $app; its connections
# end with it) is read while it runs, from its second second to two before
# its end, and divided by the transactions of that window at the run's rate.
handwritten() {
	PGAPPNAME=$app pgbench -n -c 16 -j 2 -T "$secs" -M prepared -D articles="$articles" -f "bench/sql/$1.sql" "$url" >"$bin.pgbench" &
	bench=$!
	sleep 1
	backends=$(psql -Atc "SELECT pid FROM pg_stat_activity WHERE application_name = '$app'" "$url")
	# The sum, or nothing when a backend has ended (pgbench finished first).
	sum() { for p in $backends; do ticks "$p" 2>/dev/null || echo gone; done | awk '/gone/ {g = 1} {s += $1} END {if (!g) print s + 0}'; }
	d0=$(sum); t0=$(date +%s.%N)
	sleep $((secs - 3))
	d1=$(sum); t1=$(date +%s.%N)
	wait $bench
	tps=$(awk '/^tps/ {print $3}' "$bin.pgbench")
	cpu="n/a (pgbench ended before the second reading)"
	if [ -n "$d0" ] && [ -n "$d1" ]; then
		cpu=$(printf '%.3f ms/transaction (%d backends)' "$(echo "($d1 - $d0) * 1000 / $hz / ($tps * ($t1 - $t0))" | bc -l)" "$(echo $backends | wc -w)")
	fi
	printf '%-7s SQL       %9.1f tps    database CPU %s\n' "$1" "$tps" "$cpu"
}

# Warm the cache: every body once.
for op in feed detail; do BODIES="$bin.$op" wrk -t 1 -c 1 -d 2s -s "$bin.lua" "http://$addr/query" >/dev/null; done
echo "== $db: wrk -c 16 (newsgraph, answered from its cache) then pgbench -c 16 (bench/sql), ${secs}s each, $rounds rounds"
: >"$bin.ratios"
for round in $(seq "$rounds"); do
	echo "-- round $round"
	for op in feed detail; do
		newsgraph $op
		handwritten $op
		echo "$op $rps $tps" >>"$bin.ratios"
	done
done
echo "== newsgraph / hand-written, by round, and the median"
python3 -c '
import sys, statistics
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
for op in ("feed", "detail"):
    r = [float(a) / float(b) for o, a, b in rows if o == op]
    print("%-7s %s   median %.2f" % (op.upper(), "  ".join("%.2f" % x for x in r), statistics.median(r)))' "$bin.ratios"
curl -s "http://$addr/metrics" | grep -E '^newsgraph_response_cache_(hit_ratio|invalidations_total|entries|bytes) '
grep -E 'VmHWM' "/proc/$pid/status"
