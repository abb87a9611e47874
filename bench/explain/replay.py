# replay.py DB STMTS.json PATTERN [MAX] [REPEAT]: EXPLAIN (ANALYZE, BUFFERS)
# of up to MAX distinct executions logged in STMTS.json (logged.py) of the
# statements whose text contains PATTERN, prepared under the server's
# session settings (a generic plan, random_page_cost 1.1), each run REPEAT
# times and the last run counted (warm). Prints the mean execution time and
# buffers, and per plan node (numbered in tree order, sN the statement) the
# buffers, rows and time summed over executions and divided by their
# number: what each node adds to an average request.
import json, sys, subprocess, collections, re, tempfile, os
db, path, pat = sys.argv[1], sys.argv[2], sys.argv[3]
mx = int(sys.argv[4]) if len(sys.argv) > 4 else 200
rep = int(sys.argv[5]) if len(sys.argv) > 5 else 2
stmts = json.load(open(path))
def lit(v): return 'NULL' if v is None else "'" + v.replace("'", "''") + "'"
sql = ['SET random_page_cost = 1.1;', 'SET plan_cache_mode = force_generic_plan;', 'SET timezone = UTC;']
runs = []
for si, (text, plist) in enumerate(stmts.items()):
    if pat not in text: continue
    sql.append('PREPARE s%d AS %s;' % (si, text))
    seen = set()
    for p in plist:
        key = tuple(p)
        if key in seen: continue
        seen.add(key)
        if len(runs) >= mx: break
        for r in range(rep):
            sql.append('\\echo @@%d %d %d' % (len(runs), si, r))
            sql.append('EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE s%d(%s);' % (si, ', '.join(map(lit, p))))
        runs.append((si, p))
sqlfile = os.path.join(tempfile.mkdtemp(), 'replay.sql')
open(sqlfile, 'w').write('\n'.join(sql) + '\n')
out = subprocess.run(['psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', db, '-Atq', '-v', 'ON_ERROR_STOP=1', '-f', sqlfile],
                     capture_output=True, text=True)
if out.returncode: print(out.stderr); sys.exit(1)
chunks = re.split(r'^@@(\d+) (\d+) (\d+)\n', out.stdout, flags=re.M)
res = []
nodes = collections.defaultdict(lambda: [0, 0, 0, 0.0, 0])  # hit, read, rows, time, count
def walk(n, acc, depth=0):
    label = '%02d ' % len(acc) + '  ' * depth + n['Node Type'] + (' ' + n.get('Index Name', n.get('Relation Name', '')) if ('Index Name' in n or 'Relation Name' in n) else '')
    if n.get('Subplan Name'): label += ' [' + n['Subplan Name'] + ']'
    acc.append((label, n.get('Shared Hit Blocks', 0), n.get('Shared Read Blocks', 0), n.get('Actual Rows', 0) * n.get('Actual Loops', 1), n.get('Actual Total Time', 0) * n.get('Actual Loops', 1)))
    for c in n.get('Plans', []): walk(c, acc, depth + 1)
for i in range(1, len(chunks), 4):
    idx, si, r = int(chunks[i]), int(chunks[i+1]), int(chunks[i+2])
    if r != rep - 1: continue
    j = json.loads(chunks[i+3])[0]
    p = j['Plan']
    acc = []
    walk(p, acc)
    for label, h, rd, rows, t in acc:
        e = nodes[(si, label)]
        e[0] += h; e[1] += rd; e[2] += rows; e[3] += t; e[4] += 1
    res.append((si, j['Execution Time'], j['Planning Time'], p.get('Shared Hit Blocks', 0), p.get('Shared Read Blocks', 0), runs[idx][1]))
n = len(res)
print('%s: %d executions; mean execution %.3f ms, planning %.3f ms, shared hit %.1f read %.1f blocks' % (
    db, n, sum(r[1] for r in res)/n, sum(r[2] for r in res)/n, sum(r[3] for r in res)/n, sum(r[4] for r in res)/n))
ex = sorted(r[1] for r in res)
print('execution ms p50 %.3f p90 %.3f max %.3f' % (ex[n//2], ex[int(n*0.9)], ex[-1]))
print('per node, summed over executions / executions (hit read rows ms):')
for (si, label), (h, rd, rows, t, c) in nodes.items():
    print('  s%-2d %-80s hit %8.1f read %7.1f rows %9.1f ms %7.3f (in %d)' % (si, label[:80], h/n, rd/n, rows/n, t/n, c))
