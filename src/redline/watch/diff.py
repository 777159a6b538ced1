"""Diff a run against the source's previous state, by finding fingerprint -> events.

Pure: takes what the store knew (``PriorState``) and what this run saw (``PageObservation``s),
returns ``EventDraft``s. Kinds (``tables.EventKind``):

    appeared    a fingerprint never seen on this source
    removed     a present finding is missing while its page was read fine (claim gone, page there)
    page-gone   the page answered 404/410/451, redirected off scope, or its domain is gone:
                one event per finding that was present there, or one without a fingerprint
                when the page had none
    reappeared  a removed or page-gone finding is back
    changed     a present finding's quoted text changed (same fingerprint: case, width,
                whitespace differences the fingerprint normalises away)

Pages whose fetch failed transiently (timeouts, 5xx, refused) tell nothing about the claim and
yield no events.
"""

from __future__ import annotations

from collections.abc import Sequence

from redline.store.repo import EventDraft, FindingRow, PageObservation, PriorState
from redline.store.tables import EventKind, FindingState, PageState


def diff_run(prior: PriorState, pages: Sequence[PageObservation]) -> list[EventDraft]:
    events: list[EventDraft] = []
    by_url: dict[str, list[FindingRow]] = {}
    for known in prior.findings.values():
        by_url.setdefault(known.url, []).append(known)
    for page in pages:
        here = sorted(by_url.get(page.url, ()), key=lambda f: f.id)
        present = [f for f in here if f.state is FindingState.PRESENT]
        if page.state is PageState.ERROR:
            continue
        if page.state is PageState.GONE:
            detail = {"status": page.status, "final_url": page.final_url, "reason": page.error or
                      (f"HTTP {page.status}" if page.status else "gone")}
            for lost in present:
                events.append(EventDraft(kind=EventKind.PAGE_GONE, url=page.url,
                                         fingerprint=lost.fingerprint, finding=lost,
                                         previous_evidence=lost.evidence, detail=detail))
            prev = prior.pages.get(page.url)
            if not present and prev is not None and prev.state is PageState.OK:
                events.append(EventDraft(kind=EventKind.PAGE_GONE, url=page.url, detail=detail))
            continue
        seen: set[str] = set()
        for f in page.findings:
            seen.add(f.fingerprint)
            old = prior.findings.get(f.fingerprint)
            if old is None:
                events.append(EventDraft(kind=EventKind.APPEARED, url=page.url,
                                         fingerprint=f.fingerprint, finding=f))
            elif old.state is not FindingState.PRESENT:
                events.append(EventDraft(
                    kind=EventKind.REAPPEARED, url=page.url, fingerprint=f.fingerprint, finding=f,
                    previous_evidence=old.evidence,
                    detail={"was": old.state.value, "removed_at": old.removed_at.isoformat()
                            if old.removed_at else None}))
            elif old.evidence != f.evidence:
                events.append(EventDraft(kind=EventKind.CHANGED, url=page.url,
                                         fingerprint=f.fingerprint, finding=f,
                                         previous_evidence=old.evidence))
        for gone in present:
            if gone.fingerprint not in seen:
                events.append(EventDraft(kind=EventKind.REMOVED, url=page.url,
                                         fingerprint=gone.fingerprint, finding=gone,
                                         previous_evidence=gone.evidence,
                                         detail={"status": page.status}))
    return events
