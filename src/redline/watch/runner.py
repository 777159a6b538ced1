"""The watch loop: claim a due source, capture it, scan it, diff it, record it, notify.

One ``Watcher`` per process; several processes may share a store. Each source is worked on
under a lease (``Repo.claim_due_source``), renewed by a heartbeat while the capture runs, so
no two processes fetch the same source. Fetches to one host are spaced by a slot booked in
the store (``Repo.reserve_host_slot``), shared by every source and process.

Crash safety (``kill -9`` at any point):
- capture writes into a per-process staging directory; each WARC record is appended whole
  and fsynced by the writer, so a killed capture leaves only complete records, in a file no
  store row points at (cleaned up by the next run once the owner is known to be dead);
- the finished WARC is moved (``os.replace``, then the directory is fsynced) into the archive
  before any store row referring to it is committed; the run, its snapshots, finding
  lifecycle, events and outbox rows are then written in one transaction;
- so a crash loses at most the run in progress, never anything already recorded, and the
  source, whose lease owner is dead, is taken up again by the next ``watch run``.

Stored once: when a page's payload digest equals one already archived for that page, the
snapshot points at the earlier record (``revisit_of``); when a run brought nothing new at
all, its WARC is discarded instead of archived again.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from redline.errors import RedlineError
from redline.limits import Limits
from redline.model import Document, Finding
from redline.notify.base import Notifier, NotifyError, notifier_for
from redline.pipeline import RuleSet, scan_document
from redline.store.repo import (
    EventRow,
    ObservedFinding,
    PageObservation,
    Repo,
    SourceRow,
    utcnow,
)
from redline.store.tables import PageState
from redline.watch.diff import diff_run
from redline.watch.events import build_message
from redline.watch.schedule import is_owner_dead, new_owner_id, next_due, owner_token

logger = logging.getLogger(__name__)

GONE_STATUSES = frozenset({404, 410, 451})
STAGING = ".staging"


@dataclass(frozen=True, slots=True, kw_only=True)
class WatchSettings:
    """How the watcher works; built once by the CLI (or a test) and passed in."""

    archive_dir: Path
    allow_private: bool = False  # grants private addresses to every source (watch run --allow-private)
    respect_robots: bool = True
    user_agent: str | None = None
    rate_per_host: float = 1.0  # fetches per second per host, shared by all sources/processes
    concurrency: int = 2
    retries: int = 2
    lease_seconds: float = 300.0
    retry_after_error_seconds: int = 900
    base_url: str | None = None  # web UI address for links in notifications
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceOutcome:
    source_id: int
    status: str  # ok | error
    pages: int
    events: tuple[EventRow, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RunSummary:
    sources: tuple[SourceOutcome, ...]
    sent: int
    failed: int

    @property
    def events(self) -> tuple[EventRow, ...]:
        return tuple(e for s in self.sources for e in s.events)


CaptureFn = Callable[..., Any]


class Watcher:
    def __init__(
        self, repo: Repo, settings: WatchSettings, ruleset: RuleSet, *,
        owner: str | None = None, clock: Callable[[], datetime] = utcnow,
        capture_fn: CaptureFn | None = None,
        notifier_factory: Callable[[str], Notifier] = notifier_for,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.repo = repo
        self.settings = settings
        self.ruleset = ruleset
        self.owner = owner or new_owner_id()
        self.clock = clock
        if capture_fn is None:
            # Imported here, not per source: a first import after booking a host slot would
            # delay the fetch past its slot.
            from redline.capture import capture

            capture_fn = capture
        self.capture_fn: CaptureFn = capture_fn
        self.notifier_factory = notifier_factory
        self.sleep = sleep
        self.archive_dir = Path(settings.archive_dir)
        self.staging_dir = self.archive_dir / STAGING / owner_token(self.owner)

    # ----------------------------------------------------------------- loop

    def run_once(self, *, all_sources: bool = False) -> RunSummary:
        """Work through every source due now (``all_sources``: every active source), then
        deliver pending notifications."""
        self.recover()
        outcomes: list[SourceOutcome] = []
        done: set[int] = set()
        if all_sources:
            self.repo.make_all_due(now=self.clock())
        while True:
            # ``done``: a source with a short interval may come due again within a long pass;
            # it waits for the next pass.
            source = self.repo.claim_due_source(self.owner, now=self.clock(), exclude=done,
                                                lease_seconds=self.settings.lease_seconds)
            if source is None:
                break
            done.add(source.id)
            outcomes.append(self.process_source(source))
        sent, failed = self.deliver()
        return RunSummary(sources=tuple(outcomes), sent=sent, failed=failed)

    def run_forever(self, stop: threading.Event, *, poll_seconds: float = 30.0) -> None:
        """The daemon: run what is due, sleep until the next due time (at most ``poll_seconds``)."""
        while not stop.is_set():
            self.run_once()
            nxt = self.repo.next_due_at()
            wait = poll_seconds
            if nxt is not None:
                wait = min(poll_seconds, max(1.0, (nxt - self.clock()).total_seconds()))
            stop.wait(wait)

    def recover(self) -> None:
        """Free leases of dead processes on this host and drop their unrecorded staging files."""
        broken = self.repo.break_leases(is_owner_dead, now=self.clock())
        if broken:
            logger.warning("took over %d source lease(s) left by a process that died", broken)
        root = self.archive_dir / STAGING
        if not root.is_dir():
            return
        for d in root.iterdir():
            owner_file = d / "owner"
            if d == self.staging_dir or not owner_file.is_file():
                continue
            owner = owner_file.read_text(encoding="utf-8").strip()
            if is_owner_dead(owner):
                # Nothing in the store points at these files: the run never got recorded.
                logger.warning("removing unrecorded capture of dead watcher %s", owner)
                shutil.rmtree(d, ignore_errors=True)

    # ----------------------------------------------------------------- one source

    def process_source(self, source: SourceRow) -> SourceOutcome:
        started = self.clock()
        stop_beat = threading.Event()
        beat = threading.Thread(target=self._heartbeat, args=(source.id, stop_beat), daemon=True,
                                name=f"lease-{source.id}")
        beat.start()
        try:
            outcome = self._process(source, started)
        except (RedlineError, OSError) as exc:
            logger.error("source %s failed: %s", source.label, exc)
            retry = self.clock() + timedelta(
                seconds=min(source.every_seconds, self.settings.retry_after_error_seconds))
            self.repo.release_source(source.id, self.owner, next_due_at=retry, status="error",
                                     error=str(exc)[:2000], now=self.clock())
            return SourceOutcome(source_id=source.id, status="error", pages=0, error=str(exc))
        finally:
            stop_beat.set()
            beat.join()
        return outcome

    def _heartbeat(self, source_id: int, stop: threading.Event) -> None:
        period = max(1.0, self.settings.lease_seconds / 3)
        while not stop.wait(period):
            if not self.repo.renew_lease(source_id, self.owner, now=self.clock(),
                                         lease_seconds=self.settings.lease_seconds):
                logger.warning("lost the lease on source %s", source_id)
                return

    def _process(self, source: SourceRow, started: datetime) -> SourceOutcome:
        self.staging_dir.mkdir(parents=True, exist_ok=True)
        owner_file = self.staging_dir / "owner"
        if not owner_file.exists():
            owner_file.write_text(self.owner, encoding="utf-8")
        warc_name = f"watch-{source.id}-{started.strftime('%Y%m%dT%H%M%S%fZ')}.warc.gz"
        self._wait_for_host(source.url)  # last thing before fetching: the slot is kept precisely
        result = self.capture_fn(
            [source.url], out_dir=self.staging_dir, depth=source.depth, scope=source.scope,
            browser=source.browser, allow_private=source.allow_private or self.settings.allow_private,
            respect_robots=self.settings.respect_robots, limits=self.settings.limits,
            user_agent=self.settings.user_agent, warc_name=warc_name,
            rate_per_host=self.settings.rate_per_host, concurrency=self.settings.concurrency,
            retries=self.settings.retries,
        )
        staged = Path(result.warc_path)
        pages = [self._observe(source, p, staged) for p in result.pages]
        # Archive the WARC only if it holds something not stored before.
        new_records = any(p.record_offset is not None and p.revisit_of is None
                          and p.warc_path == str(staged) for p in pages)
        rel: str | None = None
        if new_records and staged.exists():
            rel = self._archive(staged, started)
            pages = [replace(p, warc_path=rel) if p.warc_path == str(staged) else p for p in pages]
        elif staged.exists():
            staged.unlink()
        # A page whose record was in a discarded WARC cannot point at it.
        pages = [replace(p, warc_path=None, record_id=None, record_offset=None, record_length=None)
                 if p.warc_path == str(staged) else p for p in pages]
        prior = self.repo.prior_state(source.id)
        drafts = diff_run(prior, pages)
        finished = self.clock()
        errors = [p.error for p in pages if p.state is PageState.ERROR and p.error]
        status = "ok" if not errors or len(errors) < len(pages) else "error"
        rec = self.repo.record_run(source, started_at=started, finished_at=finished, status=status,
                                   warc_path=rel, pages=pages, events=drafts, owner=self.owner,
                                   error="; ".join(errors)[:2000] or None)
        due = next_due(started, source.every_seconds, finished)
        if status == "error":
            due = min(due, finished + timedelta(seconds=self.settings.retry_after_error_seconds))
        self.repo.release_source(source.id, self.owner, next_due_at=due, status=status,
                                 error="; ".join(errors)[:2000] or None, now=finished)
        if status == "error":
            logger.warning("source %s: every page failed: %s", source.label, "; ".join(errors)[:500])
        for e in rec.events:
            logger.info("%s %s %s %s", e.kind.value, e.source_name, e.url, e.fingerprint or "")
        return SourceOutcome(source_id=source.id, status=status, pages=len(pages), events=rec.events,
                             error="; ".join(errors) or None)

    def _wait_for_host(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        if not host or self.settings.rate_per_host <= 0:
            return
        gap = 1.0 / self.settings.rate_per_host
        start = self.repo.reserve_host_slot(host, gap, now=time.time())
        delay = start - time.time()
        if delay > 0:
            self.sleep(delay)

    def _archive(self, staged: Path, started: datetime) -> str:
        """Move a finished WARC into the archive durably; returns its path relative to it."""
        rel = Path(started.strftime("%Y")) / started.strftime("%m") / staged.name
        dest = self.archive_dir / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staged, dest)
        _fsync_dir(dest.parent)
        return rel.as_posix()

    def _observe(self, source: SourceRow, page: Any, staged: Path) -> PageObservation:
        """Classify a captured page, scan it, and find an earlier stored copy of its payload."""
        fetched = _parse_time(page.fetched_at) or self.clock()
        base = dict(url=page.url, final_url=page.final_url, status=page.status, fetched_at=fetched,
                    media_type=page.media_type, redirects=tuple(page.redirects or ()))
        state, reason = classify(source, page)
        rec = dict(warc_path=str(staged) if page.record_offset is not None else None,
                   record_id=page.record_id, record_offset=page.record_offset,
                   record_length=page.record_length, payload_digest=page.payload_digest)
        if page.record_offset is not None and page.payload_digest:
            copy = self.repo.latest_stored_copy(source.id, page.url, page.payload_digest)
            if copy is not None and copy.warc_path and (self.archive_dir / copy.warc_path).exists():
                rec = dict(warc_path=copy.warc_path, record_id=copy.record_id,
                           record_offset=copy.record_offset, record_length=copy.record_length,
                           payload_digest=page.payload_digest)
                base["revisit_of"] = copy.id
        if state is not PageState.OK:
            return PageObservation(state=state, error=reason, **base, **rec)
        findings, scan_error = self._scan(page, staged)
        if scan_error:
            return PageObservation(state=PageState.ERROR, error=scan_error, **base, **rec)
        return PageObservation(state=PageState.OK, findings=findings, **base, **rec)

    def _scan(self, page: Any, staged: Path) -> tuple[tuple[ObservedFinding, ...], str | None]:
        from redline.capture import read_record_payload

        limits = self.settings.limits
        offset = page.record_offset
        record_id = page.record_id
        dom_id = getattr(page, "dom_record_id", None)
        if dom_id:  # browser capture: scan the rendered DOM, where script-made claims live
            found = _record_offset(staged, dom_id)
            if found is not None:
                offset, record_id = found, dom_id
        try:
            headers, body = read_record_payload(staged, offset, limits)
        except RedlineError as exc:
            return (), f"cannot read the archived record: {exc}"
        ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
        media_type, charset = _split_content_type(ctype or page.media_type)
        doc = Document(uri=page.final_url or page.url, data=body, media_type=media_type,
                       charset=charset, record_id=record_id, record_offset=offset,
                       fetched_at=page.fetched_at)
        result = scan_document(doc, self.ruleset, limits)
        if result.error:
            return (), f"scan failed: {result.error}"
        return tuple(_observed(f) for f in result.active_findings), None

    # ----------------------------------------------------------------- notifications

    def deliver(self) -> tuple[int, int]:
        """Send due outbox rows; failures stay pending with a back-off (never lost)."""
        sent = failed = 0
        cache: dict[str, Notifier | NotifyError] = {}
        while True:
            batch = self.repo.claim_notifications(now=self.clock())
            if not batch:
                return sent, failed
            # Findings dismissed in review (web app triage) are the store's baseline: their
            # events stay on the timeline but are not sent.
            dismissed = self.repo.dismissed_fingerprints(
                d.event.fingerprint for d in batch if d.event.fingerprint)
            for d in batch:
                if d.event.fingerprint and d.event.fingerprint in dismissed:
                    self.repo.mark_suppressed(d.notification.id, "finding dismissed in review",
                                              now=self.clock())
                    continue
                msg = build_message(d.event, d.snapshot, archive_dir=self.archive_dir,
                                    base_url=self.settings.base_url)
                try:
                    notifier = cache.get(d.notifier.url)
                    if notifier is None:
                        try:
                            notifier = self.notifier_factory(d.notifier.url)
                        except NotifyError as exc:
                            notifier = exc
                        cache[d.notifier.url] = notifier
                    if isinstance(notifier, NotifyError):
                        raise notifier
                    notifier.send(msg)
                except NotifyError as exc:
                    failed += 1
                    nxt = self.repo.mark_failed(d.notification.id, str(exc), now=self.clock())
                    logger.warning("notification %d (event %d) failed, retry at %s: %s",
                                   d.notification.id, d.event.id, nxt.isoformat(), exc)
                else:
                    sent += 1
                    self.repo.mark_sent(d.notification.id, now=self.clock())


# --------------------------------------------------------------------------- helpers


def classify(source: SourceRow, page: Any) -> tuple[PageState, str | None]:
    """ok / gone / error for a captured page, with the reason."""
    error = page.error
    if error:
        if "cannot resolve" in error:
            return PageState.GONE, f"domain gone: {error}"
        return PageState.ERROR, error
    status = page.status
    if status in GONE_STATUSES:
        return PageState.GONE, f"HTTP {status}"
    if page.final_url and page.final_url != page.url and not _in_scope(source, page.final_url):
        return PageState.GONE, f"redirected off scope to {page.final_url}"
    if status is None or not 200 <= status < 300:
        return PageState.ERROR, f"HTTP {status}"
    return PageState.OK, None


def _in_scope(source: SourceRow, url: str) -> bool:
    from redline.capture import make_scope

    try:
        return bool(make_scope(source.scope, source.url)(url))
    except RedlineError:
        return urlsplit(url).hostname == urlsplit(source.url).hostname


def _observed(f: Finding) -> ObservedFinding:
    return ObservedFinding(
        fingerprint=f.fingerprint, rule=f.rule, trait=f.trait.value, groups=tuple(f.groups),
        modality=f.modality.value if f.modality else None, stance=f.stance.value,
        severity=f.severity.value, confidence=float(f.confidence), evidence=f.evidence,
        context=f.context, location=f.location.to_dict(),
    )


def _split_content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    parts = [p.strip() for p in value.split(";")]
    charset = None
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset":
            charset = v.strip().strip('"') or None
    return parts[0].lower() or None, charset


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _record_offset(warc: Path, record_id: str) -> int | None:
    from warcio.archiveiterator import ArchiveIterator

    with open(warc, "rb") as fh:
        it = ArchiveIterator(fh)
        for rec in it:
            if rec.rec_headers.get_header("WARC-Record-ID") == record_id:
                return int(it.get_record_offset())
    return None


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = ["RunSummary", "SourceOutcome", "WatchSettings", "Watcher", "classify"]
