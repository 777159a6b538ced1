"""The store's API: every read and write of the watch database goes through ``Repo``.

Owns the queries over the tables of ``tables.py``. It imports nothing from ``web/``, ``cli/``
or ``watch/``, does no I/O other than the database, raises typed errors (``StoreError``
subclasses) and returns frozen dataclasses, never live rows.

Concurrency: every write is one short transaction (``db.write_tx``; SQLite: ``BEGIN IMMEDIATE`` in WAL mode;
PostgreSQL: row locks). Work that can take long (fetching, scanning, sending) happens outside
transactions, protected by *leases*: a row is claimed with a compare-and-swap
``UPDATE ... WHERE lease_until IS NULL OR lease_until < now RETURNING`` (plus
``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL), so two ``watch run`` processes never
work on the same source or send the same notification twice.

Open one with ``Repo.open(url)`` (creates the engine and runs the migrations), or
``Repo(engine)`` when the schema is known to be current.

Main entry points, by user:
    watcher   claim_due_source, renew_lease, release_source, reserve_host_slot,
              prior_state, record_run, claim_notifications, mark_sent, mark_failed
    cli       add_source, upsert_source, list_sources, get_source, remove_source, set_paused,
              list_events, evidence_snapshots, find_findings, add_notifier, list_notifiers
    web app   list_findings, add_user, get_user, list_users, set_user_disabled,
              set_user_password, add_review, list_reviews, latest_reviews, audit, list_audit
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Row, and_, case, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from redline.errors import RedlineError
from redline.store import tables as t
from redline.store.db import write_tx
from redline.store.tables import EventKind, FindingState, PageState, ReviewDecision, Role

logger = logging.getLogger(__name__)


class StoreError(RedlineError):
    """A store operation could not be done as asked."""


class NotFound(StoreError):
    pass


class AlreadyExists(StoreError):
    pass


def utcnow() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- value types


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceRow:
    id: int
    url: str
    name: str | None
    every_seconds: int
    depth: int
    scope: str
    browser: bool
    allow_private: bool
    tags: tuple[str, ...]
    paused: bool
    created_at: datetime
    next_due_at: datetime
    last_run_at: datetime | None
    last_status: str | None
    last_error: str | None
    lease_owner: str | None
    lease_until: datetime | None

    @property
    def label(self) -> str:
        return self.name or self.url


@dataclass(frozen=True, slots=True, kw_only=True)
class SnapshotRow:
    id: int
    run_id: int
    source_id: int
    url: str
    final_url: str | None
    status: int | None
    state: PageState
    media_type: str | None
    warc_path: str | None
    record_id: str | None
    record_offset: int | None
    record_length: int | None
    payload_digest: str | None
    fetched_at: datetime
    error: str | None
    redirects: tuple[str, ...]
    revisit_of: int | None
    findings: int


@dataclass(frozen=True, slots=True, kw_only=True)
class FindingRow:
    id: int
    source_id: int
    fingerprint: str
    url: str
    rule: str
    trait: str
    groups: tuple[str, ...]
    modality: str | None
    stance: str
    severity: str
    confidence: float
    evidence: str
    context: str
    state: FindingState
    first_seen_at: datetime
    last_seen_at: datetime
    removed_at: datetime | None
    last_snapshot_id: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRow:
    id: int
    at: datetime
    kind: EventKind
    source_id: int | None
    source_name: str
    url: str
    fingerprint: str | None
    finding_id: int | None
    snapshot_id: int | None
    prev_snapshot_id: int | None
    severity: str | None
    rule: str | None
    evidence: str | None
    previous_evidence: str | None
    detail: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The ``redline events --format json`` shape."""
        return {
            "id": self.id, "kind": self.kind.value, "source": self.source_name,
            "source_id": self.source_id, "url": self.url, "fingerprint": self.fingerprint,
            "at": self.at.isoformat().replace("+00:00", "Z"), "severity": self.severity,
            "rule": self.rule, "evidence": self.evidence, "previous_evidence": self.previous_evidence,
            "snapshot_id": self.snapshot_id, "detail": dict(self.detail),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class NotifierRow:
    id: int
    url: str
    name: str | None
    enabled: bool
    created_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class NotificationRow:
    id: int
    event_id: int
    notifier_id: int
    status: str
    attempts: int
    last_error: str | None
    next_attempt_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Delivery:
    """A claimed outbox row with what is needed to send it."""

    notification: NotificationRow
    event: EventRow
    notifier: NotifierRow
    snapshot: SnapshotRow | None


@dataclass(frozen=True, slots=True, kw_only=True)
class UserRow:
    id: int
    name: str
    role: Role
    password_hash: str
    disabled: bool
    created_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewRow:
    id: int
    fingerprint: str
    decision: ReviewDecision
    note: str
    user_id: int | None
    who: str
    at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    target: str | None
    detail: Mapping[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class OccurrenceRow:
    """A finding seen in one snapshot (``Repo.finding_occurrences``)."""

    snapshot: SnapshotRow
    evidence: str
    context: str
    location: Mapping[str, Any]


# Inputs of record_run (built by the watcher, see watch/diff.py).


@dataclass(frozen=True, slots=True, kw_only=True)
class ObservedFinding:
    fingerprint: str
    rule: str
    trait: str
    groups: tuple[str, ...] = ()
    modality: str | None = None
    stance: str = "capability"
    severity: str = "medium"
    confidence: float = 0.0
    evidence: str = ""
    context: str = ""
    location: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class PageObservation:
    """One page of one run, as captured and scanned (``url`` is the page's identity)."""

    url: str
    final_url: str | None
    status: int | None
    state: PageState
    fetched_at: datetime
    media_type: str | None = None
    warc_path: str | None = None
    record_id: str | None = None
    record_offset: int | None = None
    record_length: int | None = None
    payload_digest: str | None = None
    error: str | None = None
    redirects: tuple[str, ...] = ()
    revisit_of: int | None = None  # snapshot holding the identical payload already stored
    findings: tuple[ObservedFinding, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDraft:
    """An event decided by the diff, written by ``record_run``."""

    kind: EventKind
    url: str
    fingerprint: str | None = None
    finding: ObservedFinding | FindingRow | None = None
    previous_evidence: str | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class PriorState:
    """What the store knew about a source before this run."""

    findings: Mapping[str, FindingRow]  # by fingerprint
    pages: Mapping[str, SnapshotRow]  # latest snapshot per page url


@dataclass(frozen=True, slots=True, kw_only=True)
class RunRecord:
    run_id: int
    snapshots: Mapping[str, int]  # page url -> snapshot id
    events: tuple[EventRow, ...]


# --------------------------------------------------------------------------- row converters


def _source(r: Row[Any]) -> SourceRow:
    m = r._mapping
    return SourceRow(
        id=m["id"], url=m["url"], name=m["name"], every_seconds=m["every_seconds"], depth=m["depth"],
        scope=m["scope"], browser=bool(m["browser"]), allow_private=bool(m["allow_private"]),
        tags=tuple(m["tags"] or ()), paused=bool(m["paused"]), created_at=m["created_at"],
        next_due_at=m["next_due_at"], last_run_at=m["last_run_at"], last_status=m["last_status"],
        last_error=m["last_error"], lease_owner=m["lease_owner"], lease_until=m["lease_until"],
    )


def _snapshot(r: Row[Any]) -> SnapshotRow:
    m = r._mapping
    return SnapshotRow(
        id=m["id"], run_id=m["run_id"], source_id=m["source_id"], url=m["url"],
        final_url=m["final_url"], status=m["status"], state=PageState(m["state"]),
        media_type=m["media_type"], warc_path=m["warc_path"], record_id=m["record_id"],
        record_offset=m["record_offset"], record_length=m["record_length"],
        payload_digest=m["payload_digest"], fetched_at=m["fetched_at"], error=m["error"],
        redirects=tuple(m["redirects"] or ()), revisit_of=m["revisit_of"], findings=m["findings"],
    )


def _finding(r: Row[Any]) -> FindingRow:
    m = r._mapping
    return FindingRow(
        id=m["id"], source_id=m["source_id"], fingerprint=m["fingerprint"], url=m["url"],
        rule=m["rule"], trait=m["trait"], groups=tuple(m["groups"] or ()), modality=m["modality"],
        stance=m["stance"], severity=m["severity"], confidence=m["confidence"],
        evidence=m["evidence"], context=m["context"], state=FindingState(m["state"]),
        first_seen_at=m["first_seen_at"], last_seen_at=m["last_seen_at"],
        removed_at=m["removed_at"], last_snapshot_id=m["last_snapshot_id"],
    )


def _event(r: Row[Any]) -> EventRow:
    m = r._mapping
    return EventRow(
        id=m["id"], at=m["at"], kind=EventKind(m["kind"]), source_id=m["source_id"],
        source_name=m["source_name"], url=m["url"], fingerprint=m["fingerprint"],
        finding_id=m["finding_id"], snapshot_id=m["snapshot_id"],
        prev_snapshot_id=m["prev_snapshot_id"], severity=m["severity"], rule=m["rule"],
        evidence=m["evidence"], previous_evidence=m["previous_evidence"], detail=m["detail"] or {},
    )


def _notifier(r: Row[Any]) -> NotifierRow:
    m = r._mapping
    return NotifierRow(id=m["id"], url=m["url"], name=m["name"], enabled=bool(m["enabled"]),
                       created_at=m["created_at"])


def _notification(r: Row[Any]) -> NotificationRow:
    m = r._mapping
    return NotificationRow(id=m["id"], event_id=m["event_id"], notifier_id=m["notifier_id"],
                           status=m["status"], attempts=m["attempts"], last_error=m["last_error"],
                           next_attempt_at=m["next_attempt_at"], sent_at=m["sent_at"])


def _user(r: Row[Any]) -> UserRow:
    m = r._mapping
    return UserRow(id=m["id"], name=m["name"], role=Role(m["role"]), password_hash=m["password_hash"],
                   disabled=bool(m["disabled"]), created_at=m["created_at"])


def _review(r: Row[Any]) -> ReviewRow:
    m = r._mapping
    return ReviewRow(id=m["id"], fingerprint=m["fingerprint"], decision=ReviewDecision(m["decision"]),
                     note=m["note"], user_id=m["user_id"], who=m["who"], at=m["at"])


def _audit(r: Row[Any]) -> AuditRow:
    m = r._mapping
    return AuditRow(id=m["id"], at=m["at"], actor=m["actor"], action=m["action"],
                    target=m["target"], detail=m["detail"] or {})


_NOTIFY_BACKOFF = (60, 300, 900, 3600)  # seconds before retry n; the last value repeats


# --------------------------------------------------------------------------- the API


class Repo:
    """All reads and writes of the store. Thread-safe (one engine, short transactions)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._pg = engine.dialect.name == "postgresql"

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Repo:
        """Engine for ``url`` (default: ``db.database_url()``), migrated to the latest schema."""
        from redline.store import db

        engine = db.make_engine(url or db.database_url())
        if migrate:
            db.upgrade(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    # ----------------------------------------------------------------- sources

    def add_source(
        self, url: str, *, name: str | None = None, every_seconds: int = 6 * 3600, depth: int = 0,
        scope: str = "same-host", browser: bool = False, allow_private: bool = False,
        tags: Sequence[str] = (), now: datetime | None = None,
    ) -> SourceRow:
        """Add a source, due at once. ``AlreadyExists`` if its URL is already watched."""
        now = now or utcnow()
        values = dict(url=url, name=name, every_seconds=int(every_seconds), depth=int(depth),
                      scope=scope, browser=browser, allow_private=allow_private, tags=list(tags),
                      paused=False, created_at=now, next_due_at=now)
        try:
            with write_tx(self.engine) as conn:
                row = conn.execute(insert(t.sources).values(**values).returning(t.sources)).one()
        except IntegrityError:
            # A removed source is watched again with the new settings; its history stays.
            values.pop("created_at")
            with write_tx(self.engine) as conn:
                again = conn.execute(update(t.sources).where(
                    t.sources.c.url == url, t.sources.c.last_status == "removed"
                ).values(last_status=None, **values).returning(t.sources)).first()
            if again is None:
                raise AlreadyExists(f"{url} is already watched (use `redline watch list`)") from None
            return _source(again)
        return _source(row)

    def upsert_source(self, url: str, **fields: Any) -> tuple[SourceRow, bool]:
        """Add, or update the settings of, the source with this URL; returns (row, created).

        The schedule, lease and history of an existing source are kept.
        """
        try:
            return self.add_source(url, **fields), True
        except AlreadyExists:
            pass
        fields.pop("now", None)
        allowed = {"name", "every_seconds", "depth", "scope", "browser", "allow_private", "tags"}
        values = {k: (list(v) if k == "tags" else v) for k, v in fields.items() if k in allowed}
        with write_tx(self.engine) as conn:
            row = conn.execute(update(t.sources).where(t.sources.c.url == url).values(**values)
                               .returning(t.sources)).one()
        return _source(row), False

    def get_source(self, ref: int | str) -> SourceRow:
        """A source by id, URL or name."""
        c = t.sources.c
        if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
            cond = c.id == int(ref)
        else:
            cond = or_(c.url == ref, c.name == ref)
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.sources).where(cond).order_by(c.id)).all()
        if not rows:
            raise NotFound(f"no watched source {ref!r} (see `redline watch list`)")
        if len(rows) > 1:
            raise StoreError(f"{ref!r} names {len(rows)} sources; use the id")
        return _source(rows[0])

    def list_sources(self, *, tag: str | None = None) -> list[SourceRow]:
        with self.engine.connect() as conn:
            rows = [_source(r) for r in conn.execute(select(t.sources).order_by(t.sources.c.id))]
        return [s for s in rows if tag is None or tag in s.tags]

    def remove_source(self, source_id: int) -> None:
        """Stop watching a source. Evidence is never deleted: a source with history keeps its
        row, marked ``removed`` (never due again), so its snapshots, findings and events stay
        queryable; a source that never ran is deleted."""
        with write_tx(self.engine) as conn:
            has_history = conn.execute(select(func.count()).select_from(t.runs)
                                       .where(t.runs.c.source_id == source_id)).scalar_one()
            if has_history:
                n = conn.execute(update(t.sources).where(t.sources.c.id == source_id)
                                 .values(paused=True, last_status="removed")).rowcount
            else:
                n = conn.execute(delete(t.sources).where(t.sources.c.id == source_id)).rowcount
        if not n:
            raise NotFound(f"no watched source with id {source_id}")

    def set_paused(self, source_id: int, paused: bool, *, now: datetime | None = None) -> SourceRow:
        c = t.sources.c
        with write_tx(self.engine) as conn:
            row = conn.execute(update(t.sources).where(c.id == source_id).values(paused=paused)
                               .returning(t.sources)).first()
        if row is None:
            raise NotFound(f"no watched source with id {source_id}")
        return _source(row)

    # ----------------------------------------------------------------- scheduling and leases

    def claim_due_source(self, owner: str, *, now: datetime | None = None,
                         lease_seconds: float = 300.0,
                         exclude: Collection[int] = ()) -> SourceRow | None:
        """Lease the most overdue unpaused source whose lease is free; None when none is due.

        ``exclude`` skips sources this caller already handled in the current pass.
        """
        now = now or utcnow()
        c = t.sources.c
        free = or_(c.lease_until.is_(None), c.lease_until < now)
        due = and_(c.paused.is_(False), c.next_due_at <= now, free,
                   or_(c.last_status.is_(None), c.last_status != "removed"))
        if exclude:
            due = and_(due, c.id.not_in(list(exclude)))
        for _ in range(5):
            with write_tx(self.engine) as conn:
                q = select(c.id).where(due).order_by(c.next_due_at, c.id).limit(1)
                if self._pg:
                    q = q.with_for_update(skip_locked=True)
                sid = conn.execute(q).scalar()
                if sid is None:
                    return None
                row = conn.execute(
                    update(t.sources).where(c.id == sid, free)
                    .values(lease_owner=owner, lease_until=now + timedelta(seconds=lease_seconds))
                    .returning(t.sources)
                ).first()
            if row is not None:
                return _source(row)
        return None

    def make_all_due(self, *, now: datetime | None = None) -> int:
        """Make every active source due now (``watch run --once --all``)."""
        now = now or utcnow()
        c = t.sources.c
        with write_tx(self.engine) as conn:
            return int(conn.execute(update(t.sources).where(
                c.paused.is_(False), c.next_due_at > now,
                or_(c.last_status.is_(None), c.last_status != "removed"),
            ).values(next_due_at=now)).rowcount)

    def renew_lease(self, source_id: int, owner: str, *, now: datetime | None = None,
                    lease_seconds: float = 300.0) -> bool:
        now = now or utcnow()
        c = t.sources.c
        with write_tx(self.engine) as conn:
            n = conn.execute(update(t.sources).where(c.id == source_id, c.lease_owner == owner)
                             .values(lease_until=now + timedelta(seconds=lease_seconds))).rowcount
        return bool(n)

    def release_source(self, source_id: int, owner: str, *, next_due_at: datetime,
                       status: str, error: str | None = None, now: datetime | None = None) -> None:
        """Give the lease back and schedule the next run (this is what survives restarts)."""
        now = now or utcnow()
        c = t.sources.c
        with write_tx(self.engine) as conn:
            conn.execute(update(t.sources).where(c.id == source_id, c.lease_owner == owner)
                         .values(lease_owner=None, lease_until=None, next_due_at=next_due_at,
                                 last_run_at=now, last_error=error,
                                 last_status=case((c.last_status == "removed", "removed"), else_=status)))

    def break_leases(self, is_dead: Callable[[str], bool], *, now: datetime | None = None) -> int:
        """Free leases whose owner ``is_dead`` (e.g. a killed process on this host)."""
        now = now or utcnow()
        c = t.sources.c
        broken = 0
        with write_tx(self.engine) as conn:
            held = conn.execute(select(c.id, c.lease_owner).where(c.lease_until >= now)).all()
            for sid, owner in held:
                if owner and is_dead(owner):
                    broken += conn.execute(update(t.sources).where(c.id == sid, c.lease_owner == owner)
                                           .values(lease_owner=None, lease_until=None)).rowcount
        return broken

    def next_due_at(self) -> datetime | None:
        c = t.sources.c
        with self.engine.connect() as conn:
            return conn.execute(select(func.min(c.next_due_at)).where(
                c.paused.is_(False), or_(c.last_status.is_(None), c.last_status != "removed"))).scalar()

    def reserve_host_slot(self, host: str, gap_seconds: float, *, now: float) -> float:
        """Book the next fetch slot for ``host`` (epoch seconds); shared by all processes.

        Returns when the caller may start: ``now`` if the host is idle, else the end of the
        previously booked slot.
        """
        c = t.hosts.c
        for _ in range(3):
            try:
                with write_tx(self.engine) as conn:
                    r = conn.execute(
                        update(t.hosts).where(c.host == host)
                        .values(next_at=case((c.next_at > now, c.next_at + gap_seconds), else_=now + gap_seconds))
                        .returning(c.next_at)
                    ).first()
                    if r is not None:
                        return float(r[0]) - gap_seconds
                    conn.execute(insert(t.hosts).values(host=host, next_at=now + gap_seconds))
                    return now
            except IntegrityError:  # another process inserted the host row first
                continue
        return now

    # ----------------------------------------------------------------- runs and lifecycle

    def prior_state(self, source_id: int) -> PriorState:
        """Findings of a source and the latest snapshot of each of its pages."""
        with self.engine.connect() as conn:
            fnd = {r.fingerprint: r for r in map(_finding, conn.execute(
                select(t.findings).where(t.findings.c.source_id == source_id)))}
            s = t.snapshots.c
            latest = (select(func.max(s.id)).where(s.source_id == source_id).group_by(s.url)
                      .scalar_subquery())
            pages = {r.url: r for r in map(_snapshot, conn.execute(
                select(t.snapshots).where(s.id.in_(latest))))}
        return PriorState(findings=fnd, pages=pages)

    def latest_stored_copy(self, source_id: int, url: str, payload_digest: str) -> SnapshotRow | None:
        """The earliest snapshot of this page whose record holds this payload (digest dedup)."""
        s = t.snapshots.c
        with self.engine.connect() as conn:
            r = conn.execute(select(t.snapshots).where(
                s.source_id == source_id, s.url == url, s.payload_digest == payload_digest,
                s.revisit_of.is_(None), s.warc_path.is_not(None)).order_by(s.id).limit(1)).first()
        return _snapshot(r) if r is not None else None

    def record_run(
        self, source: SourceRow, *, started_at: datetime, finished_at: datetime, status: str,
        warc_path: str | None, pages: Sequence[PageObservation], events: Sequence[EventDraft],
        owner: str | None = None, error: str | None = None,
    ) -> RunRecord:
        """Write one run in one transaction: run, snapshots, finding lifecycle, occurrences,
        events, and one outbox row per (event, enabled notifier). Call only after the WARC
        records it points at are on disk."""
        now = finished_at
        with write_tx(self.engine) as conn:
            run_id = conn.execute(insert(t.runs).values(
                source_id=source.id, started_at=started_at, finished_at=finished_at, status=status,
                warc_path=warc_path, pages=len(pages), error=error, owner=owner,
            ).returning(t.runs.c.id)).scalar_one()
            snap_ids: dict[str, int] = {}
            for p in pages:
                snap_ids[p.url] = conn.execute(insert(t.snapshots).values(
                    run_id=run_id, source_id=source.id, url=p.url, final_url=p.final_url,
                    status=p.status, state=p.state.value, media_type=p.media_type,
                    warc_path=p.warc_path, record_id=p.record_id, record_offset=p.record_offset,
                    record_length=p.record_length, payload_digest=p.payload_digest,
                    fetched_at=p.fetched_at, error=p.error, redirects=list(p.redirects),
                    revisit_of=p.revisit_of, findings=len(p.findings),
                ).returning(t.snapshots.c.id)).scalar_one()
            fc = t.findings.c
            existing = {r.fingerprint: r for r in map(_finding, conn.execute(
                select(t.findings).where(fc.source_id == source.id)))}
            finding_ids: dict[str, int] = {k: v.id for k, v in existing.items()}
            prev_snap: dict[str, int | None] = {k: v.last_snapshot_id for k, v in existing.items()}
            # Lifecycle: everything seen on a page that was read is present now.
            for p in pages:
                if p.state is not PageState.OK:
                    continue
                sid = snap_ids[p.url]
                for f in p.findings:
                    vals = dict(url=p.url, rule=f.rule, trait=f.trait, groups=list(f.groups),
                                modality=f.modality, stance=f.stance, severity=f.severity,
                                confidence=f.confidence, evidence=f.evidence, context=f.context,
                                state=FindingState.PRESENT.value, last_seen_at=p.fetched_at,
                                removed_at=None, last_snapshot_id=sid)
                    if f.fingerprint in finding_ids:
                        conn.execute(update(t.findings).where(fc.id == finding_ids[f.fingerprint])
                                     .values(**vals))
                    else:
                        finding_ids[f.fingerprint] = conn.execute(insert(t.findings).values(
                            source_id=source.id, fingerprint=f.fingerprint,
                            first_seen_at=p.fetched_at, **vals).returning(fc.id)).scalar_one()
                    conn.execute(insert(t.occurrences).values(
                        finding_id=finding_ids[f.fingerprint], snapshot_id=sid, evidence=f.evidence,
                        context=f.context, location=dict(f.location)))
            for e in events:
                if e.kind in (EventKind.REMOVED, EventKind.PAGE_GONE) and e.fingerprint in finding_ids:
                    state = FindingState.REMOVED if e.kind is EventKind.REMOVED else FindingState.PAGE_GONE
                    conn.execute(update(t.findings).where(fc.id == finding_ids[e.fingerprint])
                                 .values(state=state.value, removed_at=now))
            enabled = conn.execute(select(t.notifiers.c.id).where(t.notifiers.c.enabled.is_(True))).scalars().all()
            written: list[EventRow] = []
            for e in events:
                fnd = e.finding
                row = conn.execute(insert(t.events).values(
                    at=now, kind=e.kind.value, source_id=source.id, source_name=source.label,
                    url=e.url, fingerprint=e.fingerprint,
                    finding_id=finding_ids.get(e.fingerprint) if e.fingerprint else None,
                    snapshot_id=snap_ids.get(e.url),
                    prev_snapshot_id=prev_snap.get(e.fingerprint) if e.fingerprint else None,
                    severity=getattr(fnd, "severity", None), rule=getattr(fnd, "rule", None),
                    evidence=getattr(fnd, "evidence", None), previous_evidence=e.previous_evidence,
                    detail=dict(e.detail),
                ).returning(t.events)).one()
                ev = _event(row)
                written.append(ev)
                for nid in enabled:
                    conn.execute(insert(t.notifications).values(
                        event_id=ev.id, notifier_id=nid, status="pending", attempts=0,
                        created_at=now, next_attempt_at=now))
        return RunRecord(run_id=run_id, snapshots=snap_ids, events=tuple(written))

    # ----------------------------------------------------------------- queries

    def list_events(self, *, since: datetime | None = None, kinds: Iterable[str] | None = None,
                    source_id: int | None = None, fingerprint: str | None = None,
                    limit: int | None = None, offset: int = 0,
                    newest_first: bool = False) -> list[EventRow]:
        """Events, oldest first (``newest_first`` for a web timeline); ``limit``/``offset`` page."""
        c = t.events.c
        q = select(t.events).order_by(*((c.at.desc(), c.id.desc()) if newest_first else (c.at, c.id)))
        if since is not None:
            q = q.where(c.at >= since)
        if kinds:
            q = q.where(c.kind.in_([EventKind(k).value for k in kinds]))
        if source_id is not None:
            q = q.where(c.source_id == source_id)
        if fingerprint is not None:
            q = q.where(c.fingerprint == fingerprint)
        if limit is not None:
            q = q.limit(limit)
        if offset:
            q = q.offset(offset)
        with self.engine.connect() as conn:
            return [_event(r) for r in conn.execute(q)]

    def find_findings(self, fingerprint: str) -> list[FindingRow]:
        """Findings with this fingerprint (a unique prefix of at least 8 hex digits works too)."""
        c = t.findings.c
        cond = c.fingerprint == fingerprint
        if len(fingerprint) < 32:
            if len(fingerprint) < 8:
                raise StoreError("give at least 8 characters of the fingerprint")
            cond = c.fingerprint.startswith(fingerprint, autoescape=True)
        with self.engine.connect() as conn:
            rows = [_finding(r) for r in conn.execute(select(t.findings).where(cond).order_by(c.id))]
        if len({r.fingerprint for r in rows}) > 1:
            raise StoreError(f"fingerprint prefix {fingerprint!r} is ambiguous; give more digits")
        return rows

    def list_findings(self, *, source_id: int | None = None, state: str | None = None,
                      limit: int | None = None, offset: int = 0) -> list[FindingRow]:
        """Findings, most recently seen first; ``limit``/``offset`` page."""
        c = t.findings.c
        q = select(t.findings).order_by(c.last_seen_at.desc(), c.id)
        if source_id is not None:
            q = q.where(c.source_id == source_id)
        if state is not None:
            q = q.where(c.state == FindingState(state).value)
        if limit is not None:
            q = q.limit(limit)
        if offset:
            q = q.offset(offset)
        with self.engine.connect() as conn:
            return [_finding(r) for r in conn.execute(q)]

    def evidence_snapshots(self, fingerprint: str) -> list[SnapshotRow]:
        """Every snapshot in which a finding with this fingerprint occurs (oldest first).

        Revisit snapshots point (``warc_path``/``record_offset``) at the stored copy."""
        fids = [f.id for f in self.find_findings(fingerprint)]
        if not fids:
            return []
        s, o = t.snapshots.c, t.occurrences.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.snapshots).join(t.occurrences, o.snapshot_id == s.id)
                                .where(o.finding_id.in_(fids)).order_by(s.id)).all()
        return [_snapshot(r) for r in rows]

    def get_snapshot(self, snapshot_id: int) -> SnapshotRow:
        with self.engine.connect() as conn:
            r = conn.execute(select(t.snapshots).where(t.snapshots.c.id == snapshot_id)).first()
        if r is None:
            raise NotFound(f"no snapshot {snapshot_id}")
        return _snapshot(r)

    def list_snapshots(self, source_id: int) -> list[SnapshotRow]:
        s = t.snapshots.c
        with self.engine.connect() as conn:
            return [_snapshot(r) for r in conn.execute(
                select(t.snapshots).where(s.source_id == source_id).order_by(s.id))]

    def referenced_warcs(self) -> set[str]:
        """Every WARC path a run or snapshot points at."""
        with self.engine.connect() as conn:
            a = conn.execute(select(t.snapshots.c.warc_path).distinct()).scalars().all()
            b = conn.execute(select(t.runs.c.warc_path).distinct()).scalars().all()
        return {p for p in (*a, *b) if p}

    # ----------------------------------------------------------------- notifiers and outbox

    def add_notifier(self, url: str, *, name: str | None = None,
                     now: datetime | None = None) -> NotifierRow:
        try:
            with write_tx(self.engine) as conn:
                row = conn.execute(insert(t.notifiers).values(
                    url=url, name=name, enabled=True, created_at=now or utcnow()
                ).returning(t.notifiers)).one()
        except IntegrityError:
            raise AlreadyExists("this notifier URL is already stored") from None
        return _notifier(row)

    def list_notifiers(self) -> list[NotifierRow]:
        with self.engine.connect() as conn:
            return [_notifier(r) for r in conn.execute(select(t.notifiers).order_by(t.notifiers.c.id))]

    def remove_notifier(self, notifier_id: int) -> None:
        with write_tx(self.engine) as conn:
            n = conn.execute(update(t.notifiers).where(t.notifiers.c.id == notifier_id)
                             .values(enabled=False)).rowcount
        if not n:
            raise NotFound(f"no notifier {notifier_id}")

    def claim_notifications(self, *, now: datetime | None = None, lease_seconds: float = 120.0,
                            limit: int = 50) -> list[Delivery]:
        """Lease due outbox rows (pending, next attempt reached, lease free)."""
        now = now or utcnow()
        n = t.notifications.c
        free = or_(n.lease_until.is_(None), n.lease_until < now)
        out: list[Delivery] = []
        with write_tx(self.engine) as conn:
            q = (select(n.id).where(n.status == "pending", n.next_attempt_at <= now, free)
                 .order_by(n.id).limit(limit))
            if self._pg:
                q = q.with_for_update(skip_locked=True)
            ids = conn.execute(q).scalars().all()
            if not ids:
                return []
            claimed = conn.execute(update(t.notifications).where(n.id.in_(ids), free)
                                   .values(lease_until=now + timedelta(seconds=lease_seconds))
                                   .returning(t.notifications)).all()
            for r in sorted(claimed, key=lambda r: r._mapping["id"]):
                note = _notification(r)
                ev = _event(conn.execute(select(t.events).where(t.events.c.id == note.event_id)).one())
                nf = _notifier(conn.execute(select(t.notifiers).where(t.notifiers.c.id == note.notifier_id)).one())
                snap = None
                if ev.snapshot_id is not None:
                    sr = conn.execute(select(t.snapshots).where(t.snapshots.c.id == ev.snapshot_id)).first()
                    snap = _snapshot(sr) if sr is not None else None
                out.append(Delivery(notification=note, event=ev, notifier=nf, snapshot=snap))
        return out

    def mark_sent(self, notification_id: int, *, now: datetime | None = None) -> None:
        n = t.notifications.c
        with write_tx(self.engine) as conn:
            conn.execute(update(t.notifications).where(n.id == notification_id).values(
                status="sent", sent_at=now or utcnow(), attempts=n.attempts + 1, lease_until=None,
                last_error=None))

    def mark_failed(self, notification_id: int, error: str, *, now: datetime | None = None) -> datetime:
        """Record a failed attempt; the row stays pending and is retried after a back-off."""
        now = now or utcnow()
        n = t.notifications.c
        with write_tx(self.engine) as conn:
            attempts = conn.execute(select(n.attempts).where(n.id == notification_id)).scalar_one()
            delay = _NOTIFY_BACKOFF[min(attempts, len(_NOTIFY_BACKOFF) - 1)]
            nxt = now + timedelta(seconds=delay)
            conn.execute(update(t.notifications).where(n.id == notification_id).values(
                attempts=attempts + 1, last_error=error[:2000], next_attempt_at=nxt, lease_until=None))
        return nxt

    def list_notifications(self, *, status: str | None = None) -> list[NotificationRow]:
        n = t.notifications.c
        q = select(t.notifications).order_by(n.id)
        if status is not None:
            q = q.where(n.status == status)
        with self.engine.connect() as conn:
            return [_notification(r) for r in conn.execute(q)]

    # ----------------------------------------------------------------- users, reviews, audit

    def add_user(self, name: str, role: Role | str, password_hash: str, *,
                 now: datetime | None = None) -> UserRow:
        """``password_hash`` is an argon2 hash (argon2-cffi); the store never sees passwords."""
        try:
            with write_tx(self.engine) as conn:
                row = conn.execute(insert(t.users).values(
                    name=name, role=Role(role).value, password_hash=password_hash, disabled=False,
                    created_at=now or utcnow()).returning(t.users)).one()
        except IntegrityError:
            raise AlreadyExists(f"user {name!r} exists") from None
        return _user(row)

    def get_user(self, name: str) -> UserRow | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(t.users).where(t.users.c.name == name)).first()
        return _user(r) if r is not None else None

    def list_users(self) -> list[UserRow]:
        with self.engine.connect() as conn:
            return [_user(r) for r in conn.execute(select(t.users).order_by(t.users.c.id))]

    def set_user_disabled(self, name: str, disabled: bool) -> None:
        with write_tx(self.engine) as conn:
            if not conn.execute(update(t.users).where(t.users.c.name == name)
                                .values(disabled=disabled)).rowcount:
                raise NotFound(f"no user {name!r}")

    def set_user_password(self, name: str, password_hash: str) -> None:
        with write_tx(self.engine) as conn:
            if not conn.execute(update(t.users).where(t.users.c.name == name)
                                .values(password_hash=password_hash)).rowcount:
                raise NotFound(f"no user {name!r}")

    def set_user_role(self, name: str, role: Role | str) -> None:
        with write_tx(self.engine) as conn:
            if not conn.execute(update(t.users).where(t.users.c.name == name)
                                .values(role=Role(role).value)).rowcount:
                raise NotFound(f"no user {name!r}")

    def add_review(self, fingerprint: str, decision: ReviewDecision | str, *, who: str,
                   note: str = "", user_id: int | None = None, now: datetime | None = None) -> ReviewRow:
        """Record a triage decision. Reviews are append-only: the latest one per fingerprint
        is the current decision, earlier ones are its history."""
        with write_tx(self.engine) as conn:
            row = conn.execute(insert(t.reviews).values(
                fingerprint=fingerprint, decision=ReviewDecision(decision).value, note=note,
                user_id=user_id, who=who, at=now or utcnow()).returning(t.reviews)).one()
        return _review(row)

    def list_reviews(self, fingerprint: str | None = None) -> list[ReviewRow]:
        c = t.reviews.c
        q = select(t.reviews).order_by(c.at, c.id)
        if fingerprint is not None:
            q = q.where(c.fingerprint == fingerprint)
        with self.engine.connect() as conn:
            return [_review(r) for r in conn.execute(q)]

    def latest_reviews(self) -> dict[str, ReviewRow]:
        """The current decision per fingerprint."""
        out: dict[str, ReviewRow] = {}
        for r in self.list_reviews():
            out[r.fingerprint] = r
        return out

    def audit(self, actor: str, action: str, *, target: str | None = None,
              detail: Mapping[str, Any] | None = None, now: datetime | None = None) -> None:
        with write_tx(self.engine) as conn:
            conn.execute(insert(t.audit_log).values(at=now or utcnow(), actor=actor, action=action,
                                                    target=target, detail=dict(detail or {})))

    def list_audit(self, *, limit: int = 200) -> list[AuditRow]:
        c = t.audit_log.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.audit_log).order_by(c.id.desc()).limit(limit)).all()
        return [_audit(r) for r in rows]

    # ----------------------------------------------------------------- web app (issue 6)

    def get_finding(self, finding_id: int) -> FindingRow:
        with self.engine.connect() as conn:
            r = conn.execute(select(t.findings).where(t.findings.c.id == finding_id)).first()
        if r is None:
            raise NotFound(f"no finding {finding_id}")
        return _finding(r)

    def finding_occurrences(self, finding_id: int) -> list[OccurrenceRow]:
        """Every snapshot in which this finding occurs, oldest first, with the quote there."""
        s, o = t.snapshots.c, t.occurrences.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.snapshots, o.evidence.label("occ_evidence"),
                                       o.context.label("occ_context"),
                                       o.location.label("occ_location"))
                                .join(t.occurrences, o.snapshot_id == s.id)
                                .where(o.finding_id == finding_id).order_by(s.id)).all()
        return [OccurrenceRow(snapshot=_snapshot(r), evidence=r._mapping["occ_evidence"],
                              context=r._mapping["occ_context"] or "",
                              location=r._mapping["occ_location"] or {}) for r in rows]

    def dismissed_fingerprints(self, fingerprints: Iterable[str] | None = None) -> set[str]:
        """Fingerprints whose current (latest) review dismisses them (false positive or out of
        scope): the store's baseline. The watcher asks this before notifying."""
        c = t.reviews.c
        latest = select(func.max(c.id)).group_by(c.fingerprint)
        if fingerprints is not None:
            fps = list(set(fingerprints))
            if not fps:
                return set()
            latest = latest.where(c.fingerprint.in_(fps))
        dismissed = (ReviewDecision.DISMISS_FALSE_POSITIVE.value,
                     ReviewDecision.DISMISS_OUT_OF_SCOPE.value)
        with self.engine.connect() as conn:
            return set(conn.execute(select(c.fingerprint).where(
                c.id.in_(latest.scalar_subquery()), c.decision.in_(dismissed))).scalars())

    def recent_events(self, limit: int = 25) -> list[EventRow]:
        """The newest events, newest first."""
        c = t.events.c
        with self.engine.connect() as conn:
            return [_event(r) for r in conn.execute(
                select(t.events).order_by(c.at.desc(), c.id.desc()).limit(limit))]

    def mark_suppressed(self, notification_id: int, reason: str, *, now: datetime | None = None) -> None:
        """Close an outbox row without sending it (its finding was dismissed in review)."""
        n = t.notifications.c
        with write_tx(self.engine) as conn:
            conn.execute(update(t.notifications).where(n.id == notification_id).values(
                status="suppressed", lease_until=None, last_error=reason[:2000],
                sent_at=now or utcnow()))


__all__ = [
    "AlreadyExists", "AuditRow", "Delivery", "EventDraft", "EventKind", "EventRow", "FindingRow",
    "FindingState", "NotFound", "NotificationRow", "NotifierRow", "ObservedFinding", "OccurrenceRow",
    "PageObservation", "PageState", "PriorState", "Repo", "ReviewDecision", "ReviewRow", "Role",
    "RunRecord", "SnapshotRow", "SourceRow", "StoreError", "UserRow", "utcnow",
]
