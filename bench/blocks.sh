#!/bin/sh
# blocks.sh BIN DB PORT OP [SECONDS]: the pages one request of OP reads,
# from PostgreSQL's statistics of database DB (pg_stat_database,
# pg_statio_user_tables and _indexes) before and after a run of 16 clients:
# found in shared buffers (hit) or read from outside them (read: the
# kernel's page cache or the disk), in all and per table and index. The
# bench's own sampling of the feed (about 55 requests before the run) is
# counted too: it shows as a few reads of articles per request.
set -eu
bin=$1; db=$2; port=$3; op=$4; secs=${5:-5}
"$bin" serve --addr "127.0.0.1:$port" --database-url "postgres://postgres@127.0.0.1:5432/$db?sslmode=disable" --demo=false --response-cache-bytes 0 >"/tmp/blocks.$db.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do sleep 0.3; done
"$bin" bench --url "http://127.0.0.1:$port/query" --clients 4 --duration 3s --ops "$op" >/dev/null
q="SELECT 'all', blks_read, blks_hit FROM pg_stat_database WHERE datname = current_database()
UNION ALL SELECT relname || ' (table)', heap_blks_read + coalesce(toast_blks_read, 0), heap_blks_hit + coalesce(toast_blks_hit, 0) FROM pg_statio_user_tables
UNION ALL SELECT indexrelname, idx_blks_read, idx_blks_hit FROM pg_statio_user_indexes"
sleep 0.6 # the statistics reach the view within half a second
psql -h 127.0.0.1 -U postgres -d "$db" -Atc "$q" > "/tmp/blocks.$db.before"
"$bin" bench --url "http://127.0.0.1:$port/query" --clients 16 --duration "${secs}s" --ops "$op" --json > "/tmp/blocks.$db.json"
sleep 0.6
psql -h 127.0.0.1 -U postgres -d "$db" -Atc "$q" > "/tmp/blocks.$db.after"
kill $pid; wait $pid 2>/dev/null || true
python3 -c '
import json, sys
def load(p):
    return {l.split("|")[0]: list(map(int, l.rstrip("\n").split("|")[1:])) for l in open(p)}
b, a = load(sys.argv[1]), load(sys.argv[2])
n = sum(o["requests"] for o in json.load(open(sys.argv[3])))
rows = sorted(((k, [(a[k][i] - b.get(k, [0, 0])[i]) / n for i in (0, 1)]) for k in a), key=lambda r: -(r[1][0] * 1000 + r[1][1]))
for k, (read, hit) in rows:
    if read + hit >= 0.5:
        print("%-50s read %7.2f hit %7.2f per request" % (k, read, hit))
' "/tmp/blocks.$db.before" "/tmp/blocks.$db.after" "/tmp/blocks.$db.json"
