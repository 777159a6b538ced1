#!/usr/bin/env python3
"""Check eval/heldout/labels.jsonl: every doc has one label, every evidence string occurs verbatim."""
import json, os, sys, collections
here = os.path.dirname(os.path.abspath(__file__))
docs = set(os.listdir(os.path.join(here, "docs")))
labels = [json.loads(l) for l in open(os.path.join(here, "labels.jsonl"), encoding="utf-8") if l.strip()]
bad = 0
seen = collections.Counter(l["file"] for l in labels)
for f in sorted(docs - set(seen)):
    print("unlabelled:", f); bad += 1
for f, n in seen.items():
    if f not in docs: print("label without file:", f); bad += 1
    if n > 1: print("duplicate label:", f); bad += 1
for l in labels:
    if l["file"] not in docs: continue
    text = open(os.path.join(here, "docs", l["file"]), encoding="utf-8").read()
    if not l["evidence"]: print("no evidence:", l["file"]); bad += 1
    for e in l["evidence"]:
        if e not in text:
            print("evidence not found:", l["file"], repr(e)); bad += 1
    if l["stance"] not in ("capability", "reporting", "disclaimer", "none"):
        print("bad stance:", l["file"]); bad += 1
print(len(labels), "labels,", len(docs), "docs,", bad, "problems")
for k in ("stance", "lang"):
    print(k, dict(collections.Counter(l[k] for l in labels)))
print("ext", dict(collections.Counter(os.path.splitext(l["file"])[1] for l in labels)))
sys.exit(1 if bad else 0)
