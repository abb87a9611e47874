# logged.py LOG OUT.json: the statements PostgreSQL's log shows executed
# (extended protocol, log_min_duration_statement = 0), each with the
# parameters of every execution, as JSON {statement: [[param, ...], ...]}
# (docs/performance.md, "Scale 10: what grows").
import re, json, sys
head = re.compile(r'^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ UTC \[(\d+)\] (\S+) (LOG|DETAIL|ERROR|STATEMENT|HINT|CONTEXT|WARNING):  ')
entries = []
for line in open(sys.argv[1], encoding='utf-8', errors='replace'):
    m = head.match(line)
    if m:
        entries.append([m.group(1), m.group(2), m.group(3), line[m.end():]])
    elif entries:
        entries[-1][3] += line
out = {}
pending = {}
for pid, who, kind, text in entries:
    if kind == 'LOG':
        m = re.match(r'duration: [\d.]+ ms  execute ([^:]+): (.*)', text, re.S)
        pending[pid] = m.group(2).rstrip('\n') if m else None
        if m and not re.search(r'\$\d', m.group(2)):
            out.setdefault(m.group(2).rstrip('\n'), []).append([])
    elif kind == 'DETAIL' and pending.get(pid) and text.startswith('parameters:'):
        params = []
        for pm in re.finditer(r"\$(\d+) = (NULL|'((?:[^']|'')*)')", text):
            params.append(None if pm.group(2) == 'NULL' else pm.group(3).replace("''", "'"))
        out.setdefault(pending[pid], []).append(params)
        pending[pid] = None
json.dump(out, open(sys.argv[2], 'w'), ensure_ascii=False, indent=0)
for k, v in out.items():
    print(len(v), ' '.join(k.split())[:150])
