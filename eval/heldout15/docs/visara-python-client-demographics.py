"""Client for the Visara Demographics REST API (https://api.visara.example/v1).

Only parses JSON returned by the hosted service; no image processing happens locally.
"""
from __future__ import annotations

import json
import urllib.request
from dataclasses import dataclass, field

BASE_URL = "https://api.visara.example/v1"


@dataclass(frozen=True)
class FaceDemographics:
    face_id: str
    age: float
    gender: str
    race: str  # dominant race label returned by the service
    race_scores: dict[str, float] = field(default_factory=dict)


def parse_response(payload: dict) -> list[FaceDemographics]:
    out = []
    for face in payload.get("faces", []):
        demo = face.get("demographics", {})
        out.append(FaceDemographics(
            face_id=face["id"],
            age=demo.get("age", 0.0),
            gender=demo.get("gender", "unknown"),
            race=demo.get("race", {}).get("dominant", "unknown"),
            race_scores=demo.get("race", {}).get("scores", {}),
        ))
    return out


def analyze_url(image_url: str, api_key: str) -> list[FaceDemographics]:
    body = json.dumps({"url": image_url, "return": ["age", "gender", "race"]}).encode()
    req = urllib.request.Request(f"{BASE_URL}/demographics", data=body,
                                 headers={"Authorization": f"Bearer {api_key}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return parse_response(json.load(resp))
