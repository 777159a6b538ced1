"""The store's schema as SQLAlchemy Core tables (the single source the migrations mirror).

Owns the table definitions and the small enumerations stored in them. Times are stored as
naive UTC and read back as aware UTC (``UtcDateTime``) so SQLite and PostgreSQL behave alike.

Tables
    sources        what is watched: URL, schedule (``next_due_at`` survives restarts), lease
    runs           one capture of one source (WARC file it wrote, outcome)
    snapshots      one page of one run: HTTP status, state, WARC file + offset + digest;
                   ``revisit_of`` points at the snapshot holding the stored copy when the
                   payload digest did not change (stored once)
    findings       one row per (source, fingerprint): lifecycle first/last seen, removed at
    occurrences    a finding seen in a snapshot (evidence text as quoted there)
    events         the timeline: appeared, removed, page-gone, reappeared, changed
    notifiers      stored Apprise / webhook URLs
    notifications  the outbox: one row per (event, notifier), retried until sent
    hosts          per-host politeness shared by every process (next allowed fetch time)
    users, reviews, audit_log   for the web app (issue 6): people, triage decisions, audit
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; stored naive UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use datetime.now(UTC)")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class EventKind(StrEnum):
    APPEARED = "appeared"
    REMOVED = "removed"  # the claim is gone but the page is still there
    PAGE_GONE = "page-gone"  # 404/410, redirect off scope, domain gone
    REAPPEARED = "reappeared"
    CHANGED = "changed"  # same finding, its quoted text changed


class FindingState(StrEnum):
    PRESENT = "present"
    REMOVED = "removed"
    PAGE_GONE = "page-gone"


class PageState(StrEnum):
    OK = "ok"  # fetched, 2xx (or 3xx on scope), scanned
    GONE = "gone"  # 404/410, redirect off scope, domain gone
    ERROR = "error"  # transient: timeout, 5xx, refused; tells nothing about the claim


class ReviewDecision(StrEnum):
    CONFIRM = "confirm"
    DISMISS_FALSE_POSITIVE = "dismiss-false-positive"
    DISMISS_OUT_OF_SCOPE = "dismiss-out-of-scope"
    NEEDS_SECOND_LOOK = "needs-second-look"


class Role(StrEnum):
    ADMIN = "admin"
    REVIEWER = "reviewer"
    VIEWER = "viewer"


def _in(values: type[StrEnum]) -> str:
    return "(" + ", ".join(f"'{v.value}'" for v in values) + ")"


sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("name", Text),
    Column("every_seconds", Integer, nullable=False),
    Column("depth", Integer, nullable=False, default=0),
    Column("scope", String(32), nullable=False, default="same-host"),
    Column("browser", Boolean, nullable=False, default=False),
    Column("allow_private", Boolean, nullable=False, default=False),
    Column("tags", JSON, nullable=False, default=list),
    Column("paused", Boolean, nullable=False, default=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("next_due_at", UtcDateTime, nullable=False, index=True),
    Column("last_run_at", UtcDateTime),
    Column("last_status", String(16)),
    Column("last_error", Text),
    Column("lease_owner", Text),
    Column("lease_until", UtcDateTime),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", ForeignKey("sources.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("started_at", UtcDateTime, nullable=False),
    Column("finished_at", UtcDateTime),
    Column("status", String(16), nullable=False),  # ok | error
    Column("warc_path", Text),  # relative to the archive dir; None when nothing new was stored
    Column("pages", Integer, nullable=False, default=0),
    Column("error", Text),
    Column("owner", Text),
)

snapshots = Table(
    "snapshots", metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", ForeignKey("runs.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("source_id", ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("url", Text, nullable=False),
    Column("final_url", Text),
    Column("status", Integer),
    Column("state", String(16), nullable=False),
    Column("media_type", Text),
    Column("warc_path", Text),
    Column("record_id", Text),
    Column("record_offset", BigInteger),
    Column("record_length", BigInteger),
    Column("payload_digest", Text, index=True),
    Column("fetched_at", UtcDateTime, nullable=False),
    Column("error", Text),
    Column("redirects", JSON, nullable=False, default=list),
    Column("revisit_of", ForeignKey("snapshots.id"), nullable=True),
    Column("findings", Integer, nullable=False, default=0),
    CheckConstraint(f"state IN {_in(PageState)}", name="state"),
    Index("ix_snapshots_source_url", "source_id", "url", "id"),
)

findings = Table(
    "findings", metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("fingerprint", String(64), nullable=False, index=True),
    Column("url", Text, nullable=False),
    Column("rule", Text, nullable=False),
    Column("trait", String(32), nullable=False),
    Column("groups", JSON, nullable=False, default=list),
    Column("modality", String(16)),
    Column("stance", String(16), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("evidence", Text, nullable=False),
    Column("context", Text, nullable=False, default=""),
    Column("state", String(16), nullable=False),
    Column("first_seen_at", UtcDateTime, nullable=False),
    Column("last_seen_at", UtcDateTime, nullable=False),
    Column("removed_at", UtcDateTime),
    Column("last_snapshot_id", ForeignKey("snapshots.id")),
    UniqueConstraint("source_id", "fingerprint"),
    CheckConstraint(f"state IN {_in(FindingState)}", name="state"),
)

occurrences = Table(
    "occurrences", metadata,
    Column("id", Integer, primary_key=True),
    Column("finding_id", ForeignKey("findings.id", ondelete="CASCADE"), nullable=False),
    Column("snapshot_id", ForeignKey("snapshots.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("evidence", Text, nullable=False),
    Column("context", Text, nullable=False, default=""),
    Column("location", JSON, nullable=False, default=dict),
    UniqueConstraint("finding_id", "snapshot_id"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime, nullable=False, index=True),
    Column("kind", String(16), nullable=False, index=True),
    Column("source_id", ForeignKey("sources.id", ondelete="SET NULL"), nullable=True),
    Column("source_name", Text, nullable=False),
    Column("url", Text, nullable=False),
    Column("fingerprint", String(64), index=True),
    Column("finding_id", ForeignKey("findings.id", ondelete="SET NULL")),
    Column("snapshot_id", ForeignKey("snapshots.id", ondelete="SET NULL")),
    Column("prev_snapshot_id", ForeignKey("snapshots.id", ondelete="SET NULL")),
    Column("severity", String(16)),
    Column("rule", Text),
    Column("evidence", Text),
    Column("previous_evidence", Text),
    Column("detail", JSON, nullable=False, default=dict),
    CheckConstraint(f"kind IN {_in(EventKind)}", name="kind"),
)

notifiers = Table(
    "notifiers", metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("name", Text),
    Column("enabled", Boolean, nullable=False, default=True),
    Column("created_at", UtcDateTime, nullable=False),
)

notifications = Table(
    "notifications", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("notifier_id", ForeignKey("notifiers.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(16), nullable=False),  # pending | sent
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("created_at", UtcDateTime, nullable=False),
    Column("next_attempt_at", UtcDateTime, nullable=False, index=True),
    Column("lease_until", UtcDateTime),
    Column("sent_at", UtcDateTime),
    UniqueConstraint("event_id", "notifier_id"),
)

hosts = Table(
    "hosts", metadata,
    Column("host", Text, primary_key=True),
    Column("next_at", Float, nullable=False),  # epoch seconds: the next free fetch slot
)

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text, nullable=False),  # argon2 (argon2-cffi PasswordHasher)
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", UtcDateTime, nullable=False),
    CheckConstraint(f"role IN {_in(Role)}", name="role"),
)

reviews = Table(
    "reviews", metadata,
    Column("id", Integer, primary_key=True),
    Column("fingerprint", String(64), nullable=False, index=True),
    Column("decision", String(32), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("user_id", ForeignKey("users.id", ondelete="SET NULL")),
    Column("who", Text, nullable=False),
    Column("at", UtcDateTime, nullable=False),
    CheckConstraint(f"decision IN {_in(ReviewDecision)}", name="decision"),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime, nullable=False, index=True),
    Column("actor", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("target", Text),
    Column("detail", JSON, nullable=False, default=dict),
)
