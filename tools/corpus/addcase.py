#!/usr/bin/env python3
"""addcase.py FILE 'text' 'why' [TYPE=value[@occ] ...]  appends a case line (UTF-16 offsets)."""
import json, sys
f, text, why = sys.argv[1], sys.argv[2].replace('\\n', '\n'), sys.argv[3]
def u16(s, i): return len(s[:i].encode('utf-16-le')) // 2
spans = []
for a in sys.argv[4:]:
    t, v = a.split('=', 1); v = v.replace('\\n', '\n'); occ = 1
    if '@' in v and v.rsplit('@', 1)[1].isdigit() and t != 'EMAIL': v, occ = v.rsplit('@', 1)[0], int(v.rsplit('@', 1)[1])
    k = -1
    for _ in range(occ): k = text.find(v, k + 1)
    assert k >= 0, f'{v!r} not in text'
    spans.append({'type': t, 'start': u16(text, k), 'end': u16(text, k + len(v)), 'value': v})
spans.sort(key=lambda s: s['start'])
open(f, 'a', encoding='utf-8').write(json.dumps({'text': text, 'spans': spans, 'why': why}, ensure_ascii=False) + '\n')
