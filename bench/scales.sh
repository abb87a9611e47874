#!/bin/sh
# scales.sh compares CPU per request at two scales (docs/performance.md,
# "Scale 10"): one server at a time on ADDR over each of two PostgreSQL
# databases in turn, ROUNDS interleaved rounds of FEED, DETAIL, AWARDS and
# SEARCH for SECONDS each with 16 clients, the response cache off (the
# database path is what scale changes). ADDR (default 127.0.0.1:18091) is
# where the server listens; OPS (default all four) which operations run.
#
# Two database figures are printed: the bench's, every postgres process on
# the machine (it counts other databases' work too, so nothing else should
# use PostgreSQL meanwhile), and "own", only the backends connected to the
# database measured (their process titles name it), read before and after
# each operation's run: the figure that survives a shared machine.
#
#   [ADDR=HOST:PORT] [OPS=A,B] bench/scales.sh BIN DB1 DB10 [ROUNDS] [SECONDS]
set -eu
bin=$1; db1=$2; db10=$3; rounds=${4:-2}; secs=${5:-5}
addr=${ADDR:-127.0.0.1:18091}; ops=${OPS:-FEED,DETAIL,AWARDS,SEARCH}

# backend_ticks DB prints the CPU ticks (user + system) of the backends of
# database DB: processes whose title is "postgres: [CLUSTER: ]USER DB ...".
backend_ticks() {
	python3 -c '
import glob, sys
db, total = sys.argv[1], 0
for d in glob.glob("/proc/[0-9]*"):
    try:
        title = open(d + "/cmdline", "rb").read().decode(errors="replace").split()
        stat = open(d + "/stat").read()
    except OSError:
        continue
    if title and title[0] == "postgres:" and db in title[2:4]:
        f = stat[stat.rindex(")") + 2:].split()
        total += int(f[11]) + int(f[12])
print(total)
' "$1"
}

for r in $(seq 1 "$rounds"); do
	for db in "$db1" "$db10"; do
		url="postgres://postgres@127.0.0.1:5432/$db?sslmode=disable"
		"$bin" serve --addr "$addr" --database-url "$url" --demo=false --response-cache-bytes 0 >"/tmp/scales.$db.log" 2>&1 &
		pid=$!
		until curl -fs "http://$addr/readyz" >/dev/null 2>&1; do sleep 0.3; done
		"$bin" bench --url "http://$addr/query" --clients 4 --duration 2s --ops "$ops" >/dev/null 2>&1 || true
		for op in $(echo "$ops" | tr , ' '); do
			before=$(backend_ticks "$db")
			"$bin" bench --url "http://$addr/query" --clients 16 --duration "${secs}s" --ops "$op" --json > "/tmp/scales.$db.$r.$op.json"
			after=$(backend_ticks "$db")
			python3 -c '
import json,sys
for o in json.load(open(sys.argv[1])):
    own = (int(sys.argv[5]) - int(sys.argv[4])) * 10.0 / max(o["requests"], 1)
    print(sys.argv[2], sys.argv[3], o["operation"], "%.0f req/s" % o["requestsPerSecond"], "p50 %.1f p99 %.1f ms" % (o.get("p50Ms",0), o.get("p99Ms",0)), "cpu server %.3f db %.3f own db %.3f ms" % (o.get("serverCpuMsPerRequest",float("nan")), o.get("databaseCpuMsPerRequest",float("nan")), own))
' "/tmp/scales.$db.$r.$op.json" "$r" "$db" "$before" "$after"
		done
		kill $pid; wait $pid 2>/dev/null || true
	done
done
