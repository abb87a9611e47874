#!/bin/sh
# capture.sh BIN DB PORT OPS OUT.json: the statements the server sends for
# OPS (e.g. DETAIL,SEARCH), from PostgreSQL's log: log_min_duration_statement
# is set to 0 for database DB alone (ALTER DATABASE, so other databases on
# the server are not logged) and reset after; a server on 127.0.0.1:PORT
# answers one client for 3 s per operation; logged.py writes the statements
# and their parameters to OUT.json, for replay.py. Needs read access to
# /var/log/postgresql/postgresql-15-main.log.
set -eu
bin=$1; db=$2; port=$3; ops=$4; out=$5
here=$(dirname "$0")
log=/var/log/postgresql/postgresql-15-main.log
psql -h 127.0.0.1 -U postgres -qc "ALTER DATABASE $db SET log_min_duration_statement = 0"
"$bin" serve --addr "127.0.0.1:$port" --database-url "postgres://postgres@127.0.0.1:5432/$db?sslmode=disable" --demo=false --response-cache-bytes 0 >"/tmp/capture.$db.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do sleep 0.3; done
from=$(wc -l < "$log")
"$bin" bench --url "http://127.0.0.1:$port/query" --clients 1 --duration 3s --ops "$ops"
sleep 1
tail -n +"$((from + 1))" "$log" > "/tmp/capture.$db.pglog"
kill $pid; wait $pid 2>/dev/null || true
psql -h 127.0.0.1 -U postgres -qc "ALTER DATABASE $db RESET log_min_duration_statement"
python3 "$here/logged.py" "/tmp/capture.$db.pglog" "$out"
