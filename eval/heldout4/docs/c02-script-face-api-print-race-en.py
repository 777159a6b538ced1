#!/usr/bin/env python3
"""Batch-tag visitor snapshots with demographic attributes.

Usage: python tag_visitors.py ./snapshots out.csv
"""
import csv
import os
import sys

import requests

API_URL = "https://api.example-vision.io/v3/face/detect"
API_KEY = os.environ.get("EV_KEY", "XXXXXXXX")


def detect(path):
    with open(path, "rb") as fh:
        r = requests.post(
            API_URL,
            headers={"Authorization": f"Bearer {API_KEY}"},
            files={"image": fh},
            data={"return_attributes": "age,gender,ethnicity,smile"},
            timeout=20,
        )
    r.raise_for_status()
    return r.json().get("faces", [])


def main(src, dst):
    with open(dst, "w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["file", "face", "age", "gender", "ethnicity", "confidence"])
        for name in sorted(os.listdir(src)):
            for i, face in enumerate(detect(os.path.join(src, name))):
                a = face["attributes"]
                eth = a["ethnicity"]["value"]      # e.g. "Asian", "White", "Black", "Indian"
                conf = a["ethnicity"]["confidence"]
                print(f"{name} face#{i}: {a['gender']['value']}, ~{a['age']['value']}y, ethnicity={eth} ({conf:.2f})")
                w.writerow([name, i, a["age"]["value"], a["gender"]["value"], eth, conf])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
