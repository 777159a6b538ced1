"""Pydantic models of the JSON API (the edge: they describe /openapi.json and validate input).

Store rows are converted here (``*.of(row)``); nothing below the web layer sees these models.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from redline.store.repo import (
    AuditRow,
    EventRow,
    FindingRow,
    ReviewRow,
    SnapshotRow,
    SourceRow,
    UserRow,
)
from redline.store.tables import ReviewDecision, Role

ReviewState = Literal["unreviewed", "confirm", "dismiss-false-positive", "dismiss-out-of-scope",
                      "needs-second-look", "dismissed"]


class SourceOut(BaseModel):
    id: int
    url: str
    name: str | None
    label: str
    vendor: str
    tags: list[str]
    every_seconds: int
    paused: bool
    last_run_at: datetime | None
    last_status: str | None
    last_error: str | None
    next_due_at: datetime
    findings_present: int = 0
    findings_total: int = 0

    @classmethod
    def of(cls, s: SourceRow, vendor: str, present: int = 0, total: int = 0) -> SourceOut:
        return cls(id=s.id, url=s.url, name=s.name, label=s.label, vendor=vendor, tags=list(s.tags),
                   every_seconds=s.every_seconds, paused=s.paused, last_run_at=s.last_run_at,
                   last_status=s.last_status, last_error=s.last_error, next_due_at=s.next_due_at,
                   findings_present=present, findings_total=total)


class ReviewOut(BaseModel):
    id: int
    fingerprint: str
    decision: ReviewDecision
    note: str
    who: str
    at: datetime

    @classmethod
    def of(cls, r: ReviewRow) -> ReviewOut:
        return cls(id=r.id, fingerprint=r.fingerprint, decision=r.decision, note=r.note, who=r.who, at=r.at)


class FindingOut(BaseModel):
    id: int
    source_id: int
    source: str
    vendor: str
    fingerprint: str
    url: str
    rule: str
    trait: str
    groups: list[str]
    modality: str | None
    stance: str
    severity: str
    confidence: float
    evidence: str
    context: str
    state: str
    first_seen_at: datetime
    last_seen_at: datetime
    removed_at: datetime | None
    last_snapshot_id: int | None
    review_state: ReviewState
    review: ReviewOut | None = None

    @classmethod
    def of(cls, f: FindingRow, source: SourceRow | None, vendor: str, review: ReviewRow | None) -> FindingOut:
        return cls(id=f.id, source_id=f.source_id, source=source.label if source else "", vendor=vendor,
                   fingerprint=f.fingerprint, url=f.url, rule=f.rule, trait=f.trait,
                   groups=list(f.groups), modality=f.modality, stance=f.stance, severity=f.severity,
                   confidence=f.confidence, evidence=f.evidence, context=f.context,
                   state=f.state.value, first_seen_at=f.first_seen_at, last_seen_at=f.last_seen_at,
                   removed_at=f.removed_at, last_snapshot_id=f.last_snapshot_id,
                   review_state=review.decision.value if review else "unreviewed",
                   review=ReviewOut.of(review) if review else None)


class EventOut(BaseModel):
    id: int
    at: datetime
    kind: str
    source_id: int | None
    source: str
    url: str
    fingerprint: str | None
    finding_id: int | None
    snapshot_id: int | None
    severity: str | None
    rule: str | None
    evidence: str | None
    previous_evidence: str | None
    detail: dict[str, Any]

    @classmethod
    def of(cls, e: EventRow) -> EventOut:
        return cls(id=e.id, at=e.at, kind=e.kind.value, source_id=e.source_id, source=e.source_name,
                   url=e.url, fingerprint=e.fingerprint, finding_id=e.finding_id,
                   snapshot_id=e.snapshot_id, severity=e.severity, rule=e.rule, evidence=e.evidence,
                   previous_evidence=e.previous_evidence, detail=dict(e.detail))


class SnapshotOut(BaseModel):
    id: int
    run_id: int
    url: str
    final_url: str | None
    status: int | None
    state: str
    media_type: str | None
    fetched_at: datetime
    error: str | None
    payload_digest: str | None
    record_id: str | None
    archived: bool
    revisit_of: int | None
    findings: int

    @classmethod
    def of(cls, s: SnapshotRow) -> SnapshotOut:
        return cls(id=s.id, run_id=s.run_id, url=s.url, final_url=s.final_url, status=s.status,
                   state=s.state.value, media_type=s.media_type, fetched_at=s.fetched_at,
                   error=s.error, payload_digest=s.payload_digest, record_id=s.record_id,
                   archived=bool(s.warc_path and s.record_offset is not None),
                   revisit_of=s.revisit_of, findings=s.findings)


class OccurrenceOut(BaseModel):
    snapshot: SnapshotOut
    evidence: str
    context: str
    location: dict[str, Any]


class AuditOut(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    target: str | None
    detail: dict[str, Any]

    @classmethod
    def of(cls, a: AuditRow) -> AuditOut:
        return cls(id=a.id, at=a.at, actor=a.actor, action=a.action, target=a.target, detail=dict(a.detail))


class UserOut(BaseModel):
    id: int
    name: str
    role: Role
    disabled: bool
    created_at: datetime

    @classmethod
    def of(cls, u: UserRow) -> UserOut:
        return cls(id=u.id, name=u.name, role=u.role, disabled=u.disabled, created_at=u.created_at)


class Counts(BaseModel):
    findings: int
    by_severity: dict[str, int]
    by_stance: dict[str, int]
    by_review: dict[str, int]
    by_state: dict[str, int]


class FilterChoices(BaseModel):
    tags: list[str]
    vendors: list[str]
    traits: list[str]
    groups: list[str]
    stances: list[str]
    reviews: list[str]


class DashboardOut(BaseModel):
    sources: list[SourceOut]
    counts: Counts
    findings: list[FindingOut]
    events: list[EventOut]
    choices: FilterChoices


class FindingDetailOut(BaseModel):
    finding: FindingOut
    rule_description: str | None
    why: str | None = Field(description="the rule's explanation, from scanning the archived page again")
    surrounding: str | None = Field(default=None, description="the archived page's text around the evidence")
    verdict: dict[str, Any] | None = Field(description="the page's verdict (stance, traits, groups, severity)")
    occurrences: list[OccurrenceOut]
    events: list[EventOut]
    reviews: list[ReviewOut]
    screenshot_snapshot_id: int | None
    evidence_snapshot_id: int | None


class TimelineOut(BaseModel):
    source: SourceOut
    snapshots: list[SnapshotOut]
    events: list[EventOut]


class DiffLine(BaseModel):
    op: Literal[" ", "+", "-", "@"]
    text: str


class DiffOut(BaseModel):
    a: SnapshotOut
    b: SnapshotOut
    added: int
    removed: int
    lines: list[DiffLine]


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    decision: ReviewDecision
    note: str = Field(default="", max_length=4000)


class UserIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.@-]+$")
    role: Role
    password: str = Field(min_length=8, max_length=1024)


class UserPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Role | None = None
    disabled: bool | None = None
    password: str | None = Field(default=None, min_length=8, max_length=1024)


class SourceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(min_length=1, max_length=2000)
    name: str | None = Field(default=None, max_length=200)
    every_seconds: int = Field(default=6 * 3600, ge=60, le=365 * 86400)
    depth: int = Field(default=0, ge=0, le=3)
    browser: bool = False
    tags: list[str] = Field(default_factory=list, max_length=20)

    @field_validator("url")
    @classmethod
    def _http(cls, v: str) -> str:
        from urllib.parse import urlsplit

        v = v.strip()
        parts = urlsplit(v)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("an http:// or https:// URL with a host")
        return v

    @field_validator("tags")
    @classmethod
    def _tags(cls, v: list[str]) -> list[str]:
        out = []
        for t in v:
            t = t.strip()
            if not t or len(t) > 64:
                raise ValueError("tags are 1-64 characters")
            out.append(t)
        return out


class SourcePatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    paused: bool


class ScanDocumentOut(BaseModel):
    uri: str
    error: str | None
    stance: str
    severity: str
    findings: int


class ScanOut(BaseModel):
    id: str
    created_at: datetime
    who: str
    documents: list[ScanDocumentOut]
    report: dict[str, Any] = Field(description="the redline JSON report (version 1)")


class ScanSummaryOut(BaseModel):
    id: str
    created_at: datetime
    who: str
    documents: int
    findings: int


class Health(BaseModel):
    status: Literal["ok"]
    version: str


class Me(BaseModel):
    name: str
    role: Role
    csrf_token: str
