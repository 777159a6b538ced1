"""Notification delivery: failures are recorded and retried, never lost; real receivers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from watch_site import Receiver

from redline.notify.base import Message, NotifyError, notifier_for, redact
from redline.rules import load_rules
from redline.store.repo import EventDraft, ObservedFinding, PageObservation, Repo
from redline.store.tables import EventKind, PageState
from redline.watch.runner import Watcher, WatchSettings

T0 = datetime(2026, 4, 1, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _one_event(repo: Repo) -> int:
    src = repo.add_source("http://127.0.0.1:9/p", name="Vendor Y", now=T0)
    f = ObservedFinding(fingerprint="f" * 32, rule="r", trait="race_ethnicity", severity="critical",
                        evidence="支持识别维族、汉族")
    page = PageObservation(url=src.url, final_url=src.url, status=200, state=PageState.OK,
                           fetched_at=T0, findings=(f,))
    rec = repo.record_run(src, started_at=T0, finished_at=T0, status="ok", warc_path=None, pages=[page],
                          events=[EventDraft(kind=EventKind.APPEARED, url=src.url, fingerprint=f.fingerprint, finding=f)])
    return rec.events[0].id


def test_failed_deliveries_are_retried_with_backoff_and_recorded(
    repo: Repo, receiver: Receiver, tmp_path: Path,
) -> None:
    good = repo.add_notifier(f"webhook+http://{receiver.base}/hook", now=T0)
    bad = repo.add_notifier("json://127.0.0.1:1/closed-port", now=T0)  # nothing listens there
    event_id = _one_event(repo)
    receiver.fail_next = 1
    clock = Clock()
    w = Watcher(repo, WatchSettings(archive_dir=tmp_path), load_rules(), clock=clock)
    assert w.deliver() == (0, 2)
    rows = {n.notifier_id: n for n in repo.list_notifications()}
    assert rows[good.id].status == "pending" and rows[good.id].attempts == 1
    assert "HTTP 500" in (rows[good.id].last_error or "")
    assert rows[bad.id].last_error and rows[bad.id].attempts == 1
    assert rows[good.id].next_attempt_at == T0 + timedelta(seconds=60)
    assert w.deliver() == (0, 0)  # backing off: nothing due yet
    clock.now = T0 + timedelta(seconds=61)
    assert w.deliver() == (1, 1)
    rows = {n.notifier_id: n for n in repo.list_notifications()}
    assert rows[good.id].status == "sent" and rows[good.id].attempts == 2
    assert rows[bad.id].status == "pending" and rows[bad.id].attempts == 2
    assert rows[bad.id].next_attempt_at == clock.now + timedelta(seconds=300)  # longer back-off
    [hook] = receiver.bodies("/hook")
    assert hook["event_id"] == event_id and hook["kind"] == "appeared"
    assert hook["severity"] == "critical" and hook["diff"] == "+ 支持识别维族、汉族"
    assert hook["source"] == "Vendor Y"


def test_notifier_urls() -> None:
    with pytest.raises(NotifyError):
        notifier_for("nonsense-scheme-xyz://foo")
    with pytest.raises(NotifyError):
        notifier_for("webhook+ftp://127.0.0.1/x")
    assert redact("mailto://user:secret@mail.example/to") == "mailto://***@mail.example/…"
    assert "secret" not in redact("slack://Token/secret/other")


def test_webhook_refused_connection_is_a_notify_error() -> None:
    n = notifier_for("webhook+http://127.0.0.1:1/x", timeout=2)
    with pytest.raises(NotifyError, match="webhook POST failed"):
        n.send(Message(title="t", body="b", kind="appeared", severity="high", source="s", url="u"))
