#!/usr/bin/env python3
"""Sanity-check eval/sealed/labels.jsonl against eval/sealed/docs/ (standard library only).

Checks: every label names an existing file, every file has exactly one label, ids are unique,
stance/trait values are known, and every evidence string occurs verbatim in its file.
Usage: python3 eval/sealed/check_labels.py   (exit 1 on any problem)
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
STANCES = {"capability", "reporting", "disclaimer", "none"}
TRAITS = {"race", "ethnicity", "race_ethnicity", "skin_color", "religion", "political",
          "political_opinion", "sexual_orientation", "trade_union"}
REQUIRED = ("id", "file", "source", "lang", "kind", "vendor", "stance", "traits", "groups",
            "modality", "evidence", "notes")


def main():
    errors = []
    rows = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append((n, json.loads(line)))
                except json.JSONDecodeError as e:
                    errors.append(f"line {n}: bad JSON: {e}")
    files = sorted(os.listdir(DOCS))
    per_file = collections.Counter(r["file"] for _, r in rows)
    ids = collections.Counter(r.get("id") for _, r in rows)
    for name in files:
        if per_file[name] != 1:
            errors.append(f"{name}: {per_file[name]} labels (want 1)")
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    for n, r in rows:
        where = f"line {n} ({r.get('file')})"
        for k in REQUIRED:
            if k not in r:
                errors.append(f"{where}: missing field {k}")
        path = os.path.join(DOCS, r.get("file", ""))
        if not os.path.isfile(path):
            errors.append(f"{where}: no such file")
            continue
        if r.get("stance") not in STANCES:
            errors.append(f"{where}: bad stance {r.get('stance')}")
        bad = set(r.get("traits", [])) - TRAITS
        if bad:
            errors.append(f"{where}: unknown traits {sorted(bad)}")
        if r.get("stance") == "capability" and not r.get("traits"):
            errors.append(f"{where}: capability without traits")
        if r.get("stance") == "none" and r.get("traits"):
            errors.append(f"{where}: none-stance with traits")
        text = open(path, encoding="utf-8").read()
        if not r.get("evidence"):
            errors.append(f"{where}: no evidence")
        for ev in r.get("evidence", []):
            if ev not in text:
                errors.append(f"{where}: evidence not found: {ev!r}")
    for e in errors:
        print("ERROR", e)
    st = collections.Counter(r["stance"] for _, r in rows)
    print(f"{len(rows)} labels, {len(files)} files, stances={dict(st)}, errors={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
