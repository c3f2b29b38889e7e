#!/usr/bin/env python3
import json,sys,glob
ids=set(sys.argv[2].split(','))
for f in sys.argv[1].split(','):
  for l in open(f):
    if not l.strip(): continue
    r=json.loads(l)
    if r['id'] in ids:
      print('=====',r['id'],r.get('kind'),r.get('lang'),json.dumps(r.get('expected'),ensure_ascii=False),'|',r.get('reason'))
      print(r['text'][:700])
