#!/bin/bash
# sitting.sh takes issue 19's figures in one sitting (docs/performance.md,
# "Issue 19's figures"): two builds side by side on a copy of a PostgreSQL
# scale-1 database at 16 and 64 clients, the tree's build against the
# hand-written SQL (compare.sh), both builds on copies of a scale-1 SQLite
# file at 1 and 16 clients one server at a time, and the after build's peak
# memory under the mixed benchmark on both engines. The response cache is
# off except in the memory runs (its hits would hide the database path).
#
#   bench/sitting.sh BEFORE_BIN AFTER_BIN PG_SCALE1_DB SQLITE_SCALE1_FILE [OUT]
#
# PG_SCALE1_DB is a database name on 127.0.0.1:5432 (user postgres); the
# sitting works on a copy of it, sit_pg, dropped at the end.
#
# A before build older than the database's migrations (the pre-issue main,
# 1d193ac, refuses a database ahead of it) needs its own: BEFORE_DB names
# a scale-1 database that build seeded; it is copied to sit_pg_before and
# the two builds then run one server at a time (before-after.sh's
# ONE_AT_A_TIME), since such a build cannot share one. BEFORE_ARGS
# replaces the before build's serve flags (1d193ac has no response cache,
# so no --response-cache-bytes), and SQLITE_BEFORE=0 leaves the before
# build out of the SQLite runs (it cannot open a file this build seeded).
set -u
B=$1; F=$2; template=$3; sqlite=$4; out=${5:-/tmp/sitting}
mkdir -p "$out"
createdb -h 127.0.0.1 -U postgres -T "$template" sit_pg
PG='postgres://postgres@127.0.0.1:5432/sit_pg?sslmode=disable'
"$F" migrate --database-url "$PG" >/dev/null
cp "$sqlite" "$out/a.db"; cp "$sqlite" "$out/b.db"
"$F" migrate --database-url "sqlite:$out/b.db" >/dev/null
off="--response-cache-bytes 0 --demo=false"
before_args=${BEFORE_ARGS:-$off}
pg_before=$PG
if [ -n "${BEFORE_DB:-}" ]; then
	createdb -h 127.0.0.1 -U postgres -T "$BEFORE_DB" sit_pg_before
	pg_before='postgres://postgres@127.0.0.1:5432/sit_pg_before?sslmode=disable'
	export ONE_AT_A_TIME=1
fi
sqlite_builds="$B:$out/a.db $F:$out/b.db"
if [ "${SQLITE_BEFORE:-1}" = 0 ]; then sqlite_builds="$F:$out/b.db"; fi
uptime >"$out/uptime.txt"
# PostgreSQL, both builds side by side (or one at a time): 16 clients, then 64.
OPS="FEED DETAIL AWARDS SEARCH" PORT=18501 BEFORE_URL="$pg_before" BEFORE_ARGS="$before_args" AFTER_ARGS="$off" TMPDIR=$out \
	bench/before-after.sh "$B" "$F" "$PG" 3 6 16 >"$out/pg16.txt" 2>&1
OPS="FEED DETAIL AWARDS" PORT=18503 BEFORE_URL="$pg_before" BEFORE_ARGS="$before_args" AFTER_ARGS="$off" TMPDIR=$out \
	bench/before-after.sh "$B" "$F" "$PG" 2 6 64 >"$out/pg64.txt" 2>&1
uptime >>"$out/uptime.txt"
# The tree's build against the hand-written SQL.
SERVE_ARGS="$off" TMPDIR=$out bench/compare.sh "$PG" 127.0.0.1:18505 5 3 >"$out/compare.txt" 2>&1
uptime >>"$out/uptime.txt"
# SQLite: one server at a time (two on one file contend for its lock).
for r in 1 2; do
	for bin in $sqlite_builds; do
		exe=${bin%%:*}; file=${bin#*:}
		# shellcheck disable=SC2086
		"$exe" serve --addr 127.0.0.1:18510 --database-url "sqlite:$file" $off >"$out/sqlite-serve.log" 2>&1 &
		p=$!
		until curl -fs http://127.0.0.1:18510/healthz >/dev/null; do sleep 0.3; done
		"$F" bench --url http://127.0.0.1:18510/query --clients 4 --duration 2s >/dev/null 2>&1
		for op in FEED DETAIL AWARDS SEARCH; do for c in 1 16; do
			echo "round $r $(basename "$exe") $op clients $c $("$F" bench --url http://127.0.0.1:18510/query --clients $c --duration 5s --ops $op --json |
				python3 -c 'import json,sys; o=json.load(sys.stdin)[0]; print("%.0f req/s p50 %.1f p99 %.1f cpu %.3f" % (o["requestsPerSecond"], o["p50Ms"], o["p99Ms"], o.get("serverCpuMsPerRequest", float("nan"))))')"
		done; done
		kill $p; wait $p 2>/dev/null
	done
done >"$out/sqlite.txt" 2>&1
uptime >>"$out/uptime.txt"
# Peak memory: a fresh after server per engine and number of clients, the
# mixed benchmark (all operations), the response cache on (the default).
for url in "$PG" "sqlite:$out/b.db"; do for c in 16 64; do for n in 1 2; do
	"$F" serve --addr 127.0.0.1:18511 --database-url "$url" --demo=false >"$out/hwm-serve.log" 2>&1 &
	p=$!
	until curl -fs http://127.0.0.1:18511/healthz >/dev/null; do sleep 0.3; done
	"$F" bench --url http://127.0.0.1:18511/query --clients $c --duration 3s >/dev/null 2>&1
	echo "${url%%:*} clients $c run $n: $(grep -E 'VmHWM|RssAnon|RssFile' /proc/$p/status | tr -s ' \n' ' ')"
	kill $p; wait $p 2>/dev/null
done; done; done >"$out/hwm.txt" 2>&1
uptime >>"$out/uptime.txt"
dropdb -h 127.0.0.1 -U postgres sit_pg
if [ -n "${BEFORE_DB:-}" ]; then dropdb -h 127.0.0.1 -U postgres sit_pg_before; fi
