"""Nightly sync of visitor attributes from the Lumafold Insight API into the footfall warehouse.

Lumafold's /v2/faces/attributes endpoint returns one object per detected face with the
estimated demographic attributes. We only keep aggregates per store and hour.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3

import requests

LOG = logging.getLogger("footfall.lumafold")
API_BASE = os.environ.get("LUMAFOLD_API", "https://api.lumafold.example/v2")
API_KEY = os.environ.get("LUMAFOLD_KEY", "")

# Lumafold returns race as a lowercase code; map to the labels used on the BI dashboard.
RACE_DISPLAY = {
    "east_asian": "East Asian",
    "south_asian": "South Asian",
    "black": "Black",
    "white": "White",
    "latino": "Latino",
    "middle_eastern": "Middle Eastern",
}


def fetch_batch(store_id: str, since: dt.datetime) -> list[dict]:
    resp = requests.get(
        f"{API_BASE}/faces/attributes",
        params={"store": store_id, "since": since.isoformat(), "fields": "age,gender,race"},
        headers={"Authorization": f"Bearer {API_KEY}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["faces"]


def store_rows(db: sqlite3.Connection, store_id: str, faces: list[dict]) -> int:
    rows = []
    for face in faces:
        attrs = face.get("attributes", {})
        race = attrs.get("race", {})
        rows.append((
            store_id,
            face["captured_at"][:13],
            attrs.get("age", {}).get("value"),
            attrs.get("gender", {}).get("value"),
            RACE_DISPLAY.get(race.get("value"), "Unknown"),
            race.get("confidence"),
        ))
    db.executemany(
        "INSERT INTO visitor_attrs(store_id, hour, age, gender, race, race_confidence) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def main() -> None:
    db = sqlite3.connect(os.environ.get("FOOTFALL_DB", "footfall.db"))
    since = dt.datetime.utcnow() - dt.timedelta(days=1)
    for store_id in os.environ.get("STORES", "S001").split(","):
        n = store_rows(db, store_id, fetch_batch(store_id, since))
        LOG.info("store %s: %d faces synced", store_id, n)
    db.commit()


if __name__ == "__main__":
    main()
