#!/usr/bin/env python3
"""Prints every thread URL used by the pointer files of the real-text sets (one per line)."""
import glob, json, os, re
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
urls = set()
for f in glob.glob(os.path.join(root, 'core', 'src', 'test', 'resources', '**', '*.jsonl'), recursive=True):
    for line in open(f, encoding='utf-8'):
        try:
            r = json.loads(line)
        except ValueError:
            continue
        for k in ('source', 'source_post', 'url'):
            v = r.get(k) if isinstance(r, dict) else None
            if isinstance(v, str) and v.startswith('http'):
                urls.add(re.sub(r'#.*', '', v))
print('\n'.join(sorted(urls)))
