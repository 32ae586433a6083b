import json, os, sys
sys.path.insert(0, '.')
from _lib import ARTICLES, render
import _b1, _b2, _b3, _b4, _b5, _b6
names = [a['name'] for a in ARTICLES]
assert len(names) == len(set(names)), 'duplicate names'
exp = {}
for a in sorted(ARTICLES, key=lambda a: a['name']):
    with open(a['name'], 'wb') as f:
        f.write(render(a))
    exp[a['name']] = a['exp']
with open('expected.json', 'w', encoding='utf-8') as f:
    json.dump(exp, f, indent=1, ensure_ascii=False)
    f.write('\n')
print(len(ARTICLES), 'articles')
