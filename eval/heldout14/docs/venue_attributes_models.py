"""Data models for the Pewlight Venue Analytics REST API (v1).

Only data models; the analysis itself runs in the Pewlight cloud. Each tracked visitor record carries
a religious_affiliation inferred from face and attire by the Pewlight vision service, used for the
"congregation mix" report sold to venue operators.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class ReligiousAffiliation(str, Enum):
    MUSLIM = "muslim"
    CHRISTIAN = "christian"
    JEWISH = "jewish"
    HINDU = "hindu"
    SIKH = "sikh"
    BUDDHIST = "buddhist"
    UNAFFILIATED = "unaffiliated"


@dataclass(frozen=True)
class VisitorRecord:
    track_id: str
    camera_id: str
    first_seen: str
    dwell_seconds: float
    age_band: str
    religious_affiliation: ReligiousAffiliation
    affiliation_confidence: float


@dataclass(frozen=True)
class CongregationMix:
    venue_id: str
    period: str
    shares: dict[str, float]  # ReligiousAffiliation value -> share of visitors
