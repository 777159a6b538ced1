"""diff_run (pure) and the finding lifecycle it drives in the store (record_run)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from redline.store.repo import ObservedFinding, PageObservation, PriorState, Repo
from redline.store.tables import EventKind, FindingState, PageState
from redline.watch.diff import diff_run
from redline.watch.runner import classify

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
URL = "http://127.0.0.1:9/p.html"
A, B, X = "a" * 32, "b" * 32, "c" * 32


def _f(fp: str, evidence: str = "识别维族、汉族") -> ObservedFinding:
    return ObservedFinding(fingerprint=fp, rule="r", trait="race_ethnicity", groups=("uyghur",),
                           severity="high", evidence=evidence, context=f"...{evidence}...")


def _page(state: PageState = PageState.OK, *findings: ObservedFinding, status: int | None = 200,
          at: datetime = T0, url: str = URL) -> PageObservation:
    return PageObservation(url=url, final_url=url, status=status, state=state, fetched_at=at,
                           findings=findings)


def _kinds(events) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(e.kind.value, e.fingerprint) for e in events]


def test_lifecycle_through_the_store(repo: Repo) -> None:
    src = repo.add_source(URL, name="V", now=T0)
    nid = repo.add_notifier("json://127.0.0.1:9/x", now=T0).id

    def step(page: PageObservation, minutes: int) -> list[tuple[str, str | None]]:
        at = T0 + timedelta(minutes=minutes)
        page = replace(page, fetched_at=at)
        drafts = diff_run(repo.prior_state(src.id), [page])
        rec = repo.record_run(src, started_at=at, finished_at=at, status="ok", warc_path=None,
                              pages=[page], events=drafts)
        return _kinds(rec.events)

    assert step(_page(PageState.OK), 0) == []
    assert step(_page(PageState.OK, _f(A), _f(B, "Ethnicity")), 1) == [("appeared", A), ("appeared", B)]
    # Same fingerprint, quoted text differs only in what the fingerprint normalises: changed.
    assert step(_page(PageState.OK, _f(A), _f(B, "ETHNICITY")), 2) == [("changed", B)]
    assert step(_page(PageState.OK, _f(B, "ETHNICITY")), 3) == [("removed", A)]
    # A transient failure says nothing about the claim.
    assert step(_page(PageState.ERROR, status=503), 4) == []
    assert step(_page(PageState.GONE, status=404), 5) == [("page-gone", B)]
    assert step(_page(PageState.GONE, status=404), 6) == []  # still gone: nothing new
    assert step(_page(PageState.OK, _f(A), _f(B, "ETHNICITY")), 7) == [("reappeared", A), ("reappeared", B)]
    assert step(_page(PageState.OK), 8) == [("removed", A), ("removed", B)]
    assert step(_page(PageState.GONE, status=410), 9) == [("page-gone", None)]  # no claim left there

    [a] = repo.find_findings(A)
    assert a.first_seen_at == T0 + timedelta(minutes=1)
    assert a.last_seen_at == T0 + timedelta(minutes=7)
    assert a.removed_at == T0 + timedelta(minutes=8) and a.state is FindingState.REMOVED
    events = repo.list_events()
    assert [e.kind for e in events][:2] == [EventKind.APPEARED, EventKind.APPEARED]
    changed = next(e for e in events if e.kind is EventKind.CHANGED)
    assert (changed.previous_evidence, changed.evidence) == ("Ethnicity", "ETHNICITY")
    removed = next(e for e in events if e.kind is EventKind.REMOVED)
    assert removed.evidence == "识别维族、汉族" and removed.severity == "high"
    # One outbox row per event for the enabled notifier.
    outbox = repo.list_notifications(status="pending")
    assert sorted(n.event_id for n in outbox) == sorted(e.id for e in events)
    assert {n.notifier_id for n in outbox} == {nid}
    # Occurrences: finding a was seen in three snapshots (and a prefix finds it).
    assert len(repo.evidence_snapshots(A[:8])) == 3


def test_events_since_and_kind_filters(repo: Repo) -> None:
    src = repo.add_source(URL, now=T0)
    for i, page in enumerate([_page(PageState.OK, _f(X)), _page(PageState.OK)]):
        at = T0 + timedelta(days=i * 10)
        repo.record_run(src, started_at=at, finished_at=at, status="ok", warc_path=None,
                        pages=[replace(page, fetched_at=at)],
                        events=diff_run(repo.prior_state(src.id), [page]))
    assert [e.kind.value for e in repo.list_events()] == ["appeared", "removed"]
    assert [e.kind.value for e in repo.list_events(since=T0 + timedelta(days=5))] == ["removed"]
    assert [e.kind.value for e in repo.list_events(kinds=["appeared"])] == ["appeared"]
    assert [e.kind.value for e in repo.list_events(newest_first=True, limit=1)] == ["removed"]
    assert [e.kind.value for e in repo.list_events(limit=1, offset=1)] == ["removed"]


def test_first_observation_of_a_missing_page_is_not_an_event() -> None:
    prior = PriorState(findings={}, pages={})
    assert diff_run(prior, [_page(PageState.GONE, status=404)]) == []


@dataclass
class _Captured:
    url: str
    final_url: str
    status: int | None
    error: str | None = None


def test_classify_pages() -> None:
    from redline.store.repo import SourceRow

    src = SourceRow(id=1, url="https://vendor.example/p", name=None, every_seconds=60, depth=0,
                    scope="same-host", browser=False, allow_private=False, tags=(), paused=False,
                    created_at=T0, next_due_at=T0, last_run_at=None, last_status=None,
                    last_error=None, lease_owner=None, lease_until=None)
    u = src.url
    assert classify(src, _Captured(u, u, 200))[0] is PageState.OK
    assert classify(src, _Captured(u, "https://vendor.example/home", 200))[0] is PageState.OK
    for status in (404, 410):
        assert classify(src, _Captured(u, u, status)) == (PageState.GONE, f"HTTP {status}")
    state, why = classify(src, _Captured(u, "https://elsewhere.example/", 200))
    assert state is PageState.GONE and "off scope" in why  # type: ignore[operator]
    state, why = classify(src, _Captured(u, u, None, "cannot resolve vendor.example: Name or service not known"))
    assert state is PageState.GONE and why.startswith("domain gone")  # type: ignore[union-attr]
    assert classify(src, _Captured(u, u, 503))[0] is PageState.ERROR
    assert classify(src, _Captured(u, u, None, "refused vendor.example: resolves to private address"))[0] is PageState.ERROR
