"""Load ACS 5-year table B02001 (Race) for all counties and write tidy parquet.

The Census Bureau's race categories are self-identified by respondents.
"""
from __future__ import annotations

import pathlib

import pandas as pd

RAW = pathlib.Path("data/raw/ACSDT5Y2023.B02001-Data.csv")
OUT = pathlib.Path("data/tidy/acs_race_county_2023.parquet")

COLUMNS = {
    "B02001_001E": "total",
    "B02001_002E": "white_alone",
    "B02001_003E": "black_alone",
    "B02001_004E": "aian_alone",
    "B02001_005E": "asian_alone",
    "B02001_006E": "nhpi_alone",
    "B02001_007E": "some_other_race_alone",
    "B02001_008E": "two_or_more_races",
}


def load(path: pathlib.Path = RAW) -> pd.DataFrame:
    df = pd.read_csv(path, skiprows=[1], dtype=str)
    df = df.rename(columns={"GEO_ID": "geo_id", "NAME": "name", **COLUMNS})
    keep = ["geo_id", "name", *COLUMNS.values()]
    df = df[keep]
    for col in COLUMNS.values():
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
    return df


def tidy(df: pd.DataFrame) -> pd.DataFrame:
    long = df.melt(id_vars=["geo_id", "name", "total"], var_name="race", value_name="count")
    long["share"] = (long["count"] / long["total"]).round(4)
    return long.sort_values(["geo_id", "race"])


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tidy(load()).to_parquet(OUT, index=False)
    print(f"wrote {OUT}")
