#!/usr/bin/env python3
"""build: labels files -> spans file (UTF-16 offsets). score: spans file -> per-type P/R via CLI."""
import json, sys, subprocess, collections, re, os
def u16(s, i): return len(s[:i].encode('utf-16-le')) // 2
def build(out, files):
    recs, bad = [], 0
    for f in files:
        for ln, line in enumerate(open(f, encoding='utf-8'), 1):
            if not line.strip(): continue
            try: r = json.loads(line)
            except Exception as e: print(f'{f}:{ln}: bad json {e}', file=sys.stderr); bad += 1; continue
            t = r['text']; spans = []
            for l in r.get('labels', []):
                v = l['value']; occ = l.get('occurrence'); pos = []; k = t.find(v)
                while k >= 0: pos.append(k); k = t.find(v, k + len(v))
                if not pos: print(f"{r['id']}: value not found {l['type']}", file=sys.stderr); bad += 1; continue
                if occ:
                    if occ > len(pos): print(f"{r['id']}: occurrence {occ} > {len(pos)}", file=sys.stderr); bad += 1; continue
                    pos = [pos[occ - 1]]
                for p in pos: spans.append({'type': l['type'], 'start': u16(t, p), 'end': u16(t, p + len(v))})
            spans.sort(key=lambda s: (s['start'], s['end']))
            recs.append({'id': r['id'], 'lang': r.get('lang'), 'source': r.get('source'), 'text': t, 'spans': spans, 'note': r.get('note', '')})
    ids = collections.Counter(r['id'] for r in recs)
    for i, c in ids.items():
        if c > 1: print(f'duplicate id {i}', file=sys.stderr); bad += 1
    with open(out, 'w', encoding='utf-8') as o:
        for r in recs: o.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'{len(recs)} records, {sum(len(r["spans"]) for r in recs)} spans, {bad} problems', file=sys.stderr)
def score(f, jar, show, lang):
    recs = [json.loads(l) for l in open(f, encoding='utf-8') if l.strip()]
    if lang: recs = [r for r in recs if r['lang'] == lang]
    inp = ''.join(json.dumps({'id': r['id'], 'text': r['text']}, ensure_ascii=False) + '\n' for r in recs)
    out = subprocess.run(['java', '-jar', jar, 'scan'], input=inp.encode(), capture_output=True).stdout.decode()
    found = {}
    for l in out.splitlines():
        o = json.loads(l); found[o['id']] = o['pii']
    c = collections.defaultdict(lambda: [0, 0, 0])
    for r in recs:
        t = r['text'].encode('utf-16-le'); g = r['spans']; used = [False] * len(g)
        def txt(s, e): return t[2*s:2*e].decode('utf-16-le', 'replace')
        for p in found.get(r['id'], []):
            hit = -1
            for k, s in enumerate(g):
                if not used[k] and s['type'] == p['type'] and s['start'] < p['end'] and p['start'] < s['end']: hit = k; break
            if hit >= 0: used[hit] = True; c[p['type']][0] += 1
            else:
                c[p['type']][1] += 1
                if show: print(f"FP {r['id']} {p['type']} {txt(p['start'], p['end'])!r} ctx={txt(max(0,p['start']-40), p['end']+30)!r}")
        for k, s in enumerate(g):
            if not used[k]:
                c[s['type']][2] += 1
                if show: print(f"FN {r['id']} {s['type']} {txt(s['start'], s['end'])!r} ctx={txt(max(0,s['start']-40), s['end']+30)!r}")
    tot = [sum(v[i] for v in c.values()) for i in range(3)]
    print(f'{len(recs)} posts')
    for k in sorted(c) + ['ALL']:
        tp, fp, fn = tot if k == 'ALL' else c[k]
        p = tp / (tp + fp) if tp + fp else 1; r = tp / (tp + fn) if tp + fn else 1
        print(f'{k:24s} gold {tp+fn:4d} found {tp+fp:4d} TP {tp:4d} FP {fp:3d} FN {fn:3d} P {p:.3f} R {r:.3f} F1 {2*p*r/(p+r) if p+r else 0:.3f}')
if __name__ == '__main__':
    a = sys.argv[1:]
    if a[0] == 'build': build(a[1], a[2:])
    else:
        jar = next((x.split('=', 1)[1] for x in a if x.startswith('--jar=')), os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'examples', 'target', 'replyguard-cli.jar'))
        lang = next((x.split('=', 1)[1] for x in a if x.startswith('--lang=')), None)
        score(a[1], jar, '--show' in a, lang)
