#!/bin/sh
# scales.sh compares CPU per request at two scales (docs/performance.md,
# "Scale 10"): one server at a time on 127.0.0.1:18091 over each of two
# PostgreSQL databases in turn, ROUNDS interleaved rounds of FEED, DETAIL,
# AWARDS and SEARCH for SECONDS with 16 clients, the response cache off
# (the database path is what scale changes). Nothing else should use
# PostgreSQL meanwhile: the bench counts every backend's CPU.
#
#   bench/scales.sh BIN DB1 DB10 [ROUNDS] [SECONDS]
set -eu
bin=$1; db1=$2; db10=$3; rounds=${4:-2}; secs=${5:-5}
for r in $(seq 1 "$rounds"); do
	for db in "$db1" "$db10"; do
		url="postgres://postgres@127.0.0.1:5432/$db?sslmode=disable"
		"$bin" serve --addr 127.0.0.1:18091 --database-url "$url" --demo=false --response-cache-bytes 0 >/tmp/scales.log 2>&1 &
		pid=$!
		until curl -fs http://127.0.0.1:18091/readyz >/dev/null 2>&1; do sleep 0.3; done
		"$bin" bench --url http://127.0.0.1:18091/query --clients 4 --duration 2s --ops FEED,DETAIL,AWARDS,SEARCH >/dev/null 2>&1 || true
		"$bin" bench --url http://127.0.0.1:18091/query --clients 16 --duration "${secs}s" --ops FEED,DETAIL,AWARDS,SEARCH --json > "/tmp/scales.$db.$r.json"
		kill $pid; wait $pid 2>/dev/null || true
		python3 -c '
import json,sys
for o in json.load(open(sys.argv[1])):
    print(sys.argv[2], sys.argv[3], o["operation"], "%.0f req/s" % o["requestsPerSecond"], "p50 %.1f p99 %.1f ms" % (o.get("p50Ms",0), o.get("p99Ms",0)), "cpu server %.3f db %s ms" % (o.get("serverCpuMsPerRequest",float("nan")), o.get("databaseCpuMsPerRequest","-")))
' "/tmp/scales.$db.$r.json" "$r" "$db"
	done
done
