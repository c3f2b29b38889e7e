#!/usr/bin/env python3
"""mkpointers.py pii SPANS_FILE OUT | conv ALL_FILE OUT"""
import json, sys, hashlib
def sha(t): return hashlib.sha256(t.encode('utf-8')).hexdigest()
def u16len(t): return len(t.encode('utf-16-le')) // 2
kind, src, out = sys.argv[1:4]
with open(out, 'w', encoding='utf-8') as o:
    for l in open(src, encoding='utf-8'):
        if not l.strip(): continue
        r = json.loads(l)
        if kind == 'pii':
            p = {'id': r['id'], 'lang': r['lang'], 'source': r['source'], 'textSha256': sha(r['text']),
                 'textChars': u16len(r['text']), 'spans': [{'type': s['type'], 'start': s['start'], 'end': s['end']} for s in r['spans']]}
        else:
            p = {'id': r['id'], 'kind': r['kind'], 'lang': r['lang'], 'source': r['source'].split('#')[0],
                 'platform': r.get('platform', 'twitter'), 'visibility': r.get('visibility', 'public'),
                 'textSha256': sha(r['text']), 'textChars': u16len(r['text']), 'expected': r['expected']}
            if r['kind'] == 'reply':
                p['formality'] = r.get('formality', 'SIE')
                if r.get('inReplyTo'): p['inReplyTo'] = r['inReplyTo']
                p['companyContacts'] = ['(staff contact, see source)' for _ in r.get('companyContacts', [])]
            p['reason'] = r.get('reason', '')
        o.write(json.dumps(p, ensure_ascii=False) + '\n')
