#!/usr/bin/env python3
"""Check eval/heldout4 labels: every doc has exactly one label, every evidence string occurs verbatim."""
import json, os, sys
from collections import Counter
here = os.path.dirname(os.path.abspath(__file__))
docs = sorted(os.listdir(os.path.join(here, "docs")))
rows = [json.loads(l) for l in open(os.path.join(here, "labels.jsonl"), encoding="utf-8") if l.strip()]
errors = []
cnt = Counter(r["file"] for r in rows)
for f in docs:
    if cnt[f] != 1:
        errors.append(f"{f}: {cnt[f]} labels")
for f in cnt:
    if f not in docs:
        errors.append(f"{f}: label without document")
STANCES = {"capability", "reporting", "disclaimer", "none"}
TRAITS = {"race", "ethnicity", "religion", "political", "sexual_orientation", "trade_union"}
for r in rows:
    if r["stance"] not in STANCES:
        errors.append(f"{r['file']}: bad stance {r['stance']}")
    if set(r["traits"]) - TRAITS:
        errors.append(f"{r['file']}: bad traits {r['traits']}")
    if r["stance"] != "none" and not r["traits"]:
        errors.append(f"{r['file']}: no traits")
    if not r["evidence"]:
        errors.append(f"{r['file']}: no evidence")
    path = os.path.join(here, "docs", r["file"])
    if os.path.exists(path):
        text = open(path, encoding="utf-8").read()
        for e in r["evidence"]:
            if e not in text:
                errors.append(f"{r['file']}: evidence not found: {e!r}")
for e in errors:
    print("ERROR", e)
print(f"{len(docs)} docs, {len(rows)} labels, {len(errors)} errors")
print("stance:", dict(Counter(r["stance"] for r in rows)))
print("lang:", dict(Counter(r["lang"] for r in rows)))
print("format:", dict(Counter(r["file"].rsplit(".", 1)[-1] for r in rows)))
sys.exit(1 if errors else 0)
