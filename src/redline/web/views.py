"""What the pages and the JSON API show, computed once for both (filters, counts, detail).

Filters (all optional, combined with AND): ``tag`` (a source tag), ``vendor`` (the source's
``vendor:`` tag, else its name, else its host), ``trait``, ``group``, ``stance``, ``severity``,
``state`` (present / removed / page-gone), ``review`` (unreviewed, a decision, or ``dismissed``
for either dismissal), ``source`` (id) and ``q`` (text in the evidence, URL or rule).
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from redline.model import Severity
from redline.store.repo import FindingRow, Repo, ReviewRow, SourceRow
from redline.store.tables import ReviewDecision
from redline.web.schemas import (
    Counts,
    DashboardOut,
    DiffLine,
    DiffOut,
    EventOut,
    FilterChoices,
    FindingDetailOut,
    FindingOut,
    OccurrenceOut,
    ReviewOut,
    SnapshotOut,
    SourceOut,
    TimelineOut,
)

STANCES = ("capability", "reporting", "disclaimer", "none")
SEVERITIES = tuple(s.value for s in Severity)
REVIEW_STATES = ("unreviewed", "dismissed", *(d.value for d in ReviewDecision))
DISMISSALS = frozenset({ReviewDecision.DISMISS_FALSE_POSITIVE, ReviewDecision.DISMISS_OUT_OF_SCOPE})
MAX_DIFF_LINES = 4000


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    tag: str | None = None
    vendor: str | None = None
    trait: str | None = None
    group: str | None = None
    stance: str | None = None
    severity: str | None = None
    state: str | None = None
    review: str | None = None
    source: int | None = None
    q: str | None = None

    def as_query(self) -> dict[str, str]:
        return {k: str(getattr(self, k)) for k in self.__slots__ if getattr(self, k) not in (None, "")}


def vendor_of(source: SourceRow | None) -> str:
    if source is None:
        return ""
    for t in source.tags:
        if t.startswith("vendor:") and len(t) > 7:
            return t[7:]
    return source.name or (urlsplit(source.url).hostname or source.url)


def review_state(review: ReviewRow | None) -> str:
    return review.decision.value if review is not None else "unreviewed"


def _keep(f: FindingRow, src: SourceRow | None, review: ReviewRow | None, flt: Filters) -> bool:
    if flt.source is not None and f.source_id != flt.source:
        return False
    if flt.tag and (src is None or flt.tag not in src.tags):
        return False
    if flt.vendor and vendor_of(src) != flt.vendor:
        return False
    if flt.trait and f.trait != flt.trait:
        return False
    if flt.group and flt.group not in f.groups:
        return False
    if flt.stance and f.stance != flt.stance:
        return False
    if flt.severity and f.severity != flt.severity:
        return False
    if flt.state and f.state.value != flt.state:
        return False
    if flt.review:
        state = review_state(review)
        if flt.review == "dismissed":
            if review is None or review.decision not in DISMISSALS:
                return False
        elif state != flt.review:
            return False
    if flt.q:
        needle = flt.q.casefold()
        hay = " ".join((f.evidence, f.url, f.rule, f.context)).casefold()
        if needle not in hay:
            return False
    return True


def select_findings(repo: Repo, flt: Filters) -> list[FindingOut]:
    sources = {s.id: s for s in repo.list_sources()}
    reviews = repo.latest_reviews()
    out = []
    sev_rank = {s: i for i, s in enumerate(SEVERITIES)}
    for f in repo.list_findings():
        src = sources.get(f.source_id)
        rev = reviews.get(f.fingerprint)
        if _keep(f, src, rev, flt):
            out.append(FindingOut.of(f, src, vendor_of(src), rev))
    out.sort(key=lambda f: (f.state != "present", sev_rank.get(f.severity, 9), -f.last_seen_at.timestamp(), f.id))
    return out


def dashboard(repo: Repo, flt: Filters, *, limit: int = 200, events: int = 25) -> DashboardOut:
    sources = repo.list_sources()
    all_findings = repo.list_findings()
    present = Counter(f.source_id for f in all_findings if f.state.value == "present")
    total = Counter(f.source_id for f in all_findings)
    findings = select_findings(repo, flt)
    counts = Counts(
        findings=len(findings),
        by_severity={s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES},
        by_stance={s: sum(1 for f in findings if f.stance == s) for s in STANCES},
        by_review={s: sum(1 for f in findings if f.review_state == s) for s in REVIEW_STATES if s != "dismissed"},
        by_state=dict(Counter(f.state for f in findings)),
    )
    recent = repo.recent_events(events)
    by_id = {s.id: s for s in sources}
    choices = FilterChoices(
        tags=sorted({t for s in sources for t in s.tags}),
        vendors=sorted({vendor_of(s) for s in sources}),
        traits=sorted({f.trait for f in all_findings}),
        groups=sorted({g for f in all_findings for g in f.groups}),
        stances=list(STANCES),
        reviews=list(REVIEW_STATES),
    )
    shown_sources = [s for s in sources if s.last_status != "removed" or total[s.id]]
    if flt.tag:
        shown_sources = [s for s in shown_sources if flt.tag in s.tags]
    if flt.vendor:
        shown_sources = [s for s in shown_sources if vendor_of(s) == flt.vendor]
    return DashboardOut(
        sources=[SourceOut.of(s, vendor_of(s), present[s.id], total[s.id]) for s in shown_sources],
        counts=counts, findings=findings[:limit],
        events=[EventOut.of(e) for e in recent if e.source_id is None or e.source_id in by_id],
        choices=choices,
    )


def finding_detail(repo: Repo, evidence: Any, ruleset: Any, finding_id: int) -> FindingDetailOut:
    f = repo.get_finding(finding_id)
    try:
        src: SourceRow | None = repo.get_source(f.source_id)
    except Exception:  # noqa: BLE001  (a source row is never deleted once it has findings)
        src = None
    reviews = repo.list_reviews(f.fingerprint)
    latest = reviews[-1] if reviews else None
    occ = repo.finding_occurrences(f.id)
    descriptions = {rid: desc for rid, _sev, desc in getattr(ruleset, "rule_descriptions", ())}
    why: str | None = None
    surrounding: str | None = None
    verdict: dict[str, Any] | None = None
    evidence_snap = None
    for o in reversed(occ):
        if o.snapshot.warc_path and o.snapshot.record_offset is not None:
            try:
                evidence.path_of(o.snapshot)
            except Exception:  # noqa: BLE001  (the file is gone: offer no download)
                continue
            evidence_snap = o.snapshot
            break
    if evidence_snap is not None:
        try:
            result = evidence.rescan(evidence_snap, ruleset)
        except Exception:  # noqa: BLE001  (the archive may be gone; the page still shows the store)
            result = None
        if result is not None and not result.error:
            v = result.verdict
            verdict = {"stance": v.stance.value, "traits": [t.value for t in v.traits],
                       "groups": list(v.groups), "severity": v.severity.value,
                       "confidence": round(v.confidence, 3)}
            for nf in result.findings:
                if nf.fingerprint == f.fingerprint:
                    why = nf.message or None
                    break
        surrounding = _surrounding(evidence, evidence_snap, f.evidence)
    shot = None
    for o in reversed(occ):
        if evidence.has_screenshot(o.snapshot):
            shot = o.snapshot.id
            break
    return FindingDetailOut(
        finding=FindingOut.of(f, src, vendor_of(src), latest),
        rule_description=descriptions.get(f.rule), why=why, verdict=verdict, surrounding=surrounding,
        occurrences=[OccurrenceOut(snapshot=SnapshotOut.of(o.snapshot), evidence=o.evidence,
                                   context=o.context, location=dict(o.location)) for o in occ],
        events=[EventOut.of(e) for e in repo.list_events(fingerprint=f.fingerprint)
                if e.source_id in (None, f.source_id)],
        reviews=[ReviewOut.of(r) for r in reviews],
        screenshot_snapshot_id=shot,
        evidence_snapshot_id=evidence_snap.id if evidence_snap else None,
    )


def _surrounding(evidence: Any, snap: Any, quote: str, width: int = 700) -> str | None:
    """The archived page's text around the quote (None when it cannot be found there)."""
    from redline.report.table import context_window

    try:
        text = evidence.page_text(snap)
    except Exception:  # noqa: BLE001  (missing archive: the page shows the stored context)
        return None
    before, ev, after = context_window(text, quote, width)
    if not before and not after:
        return None
    return before + ev + after


def timeline(repo: Repo, source_id: int) -> TimelineOut:
    src = repo.get_source(source_id)
    findings = repo.list_findings(source_id=source_id)
    snaps = repo.list_snapshots(source_id)
    return TimelineOut(
        source=SourceOut.of(src, vendor_of(src), sum(1 for f in findings if f.state.value == "present"),
                            len(findings)),
        snapshots=[SnapshotOut.of(s) for s in snaps][::-1],
        events=[EventOut.of(e) for e in repo.list_events(source_id=source_id)][::-1],
    )


def text_diff(repo: Repo, evidence: Any, source_id: int, a: int, b: int) -> DiffOut:
    from redline.store.repo import NotFound

    sa, sb = repo.get_snapshot(a), repo.get_snapshot(b)
    if sa.source_id != source_id or sb.source_id != source_id:
        raise NotFound(f"snapshots {a} and {b} are not both of source {source_id}")
    ta = evidence.page_text(sa) if sa.record_offset is not None and sa.warc_path else ""
    tb = evidence.page_text(sb) if sb.record_offset is not None and sb.warc_path else ""
    lines: list[DiffLine] = []
    added = removed = 0
    for line in difflib.unified_diff(ta.splitlines(), tb.splitlines(), lineterm="", n=3):
        if line.startswith(("---", "+++")):
            continue
        op = line[:1] if line[:1] in ("+", "-", " ") else "@"
        if op == "+":
            added += 1
        elif op == "-":
            removed += 1
        lines.append(DiffLine(op=op, text=line[1:] if op != "@" else line))  # type: ignore[arg-type]
        if len(lines) >= MAX_DIFF_LINES:
            lines.append(DiffLine(op="@", text=f"… diff cut at {MAX_DIFF_LINES} lines"))
            break
    return DiffOut(a=SnapshotOut.of(sa), b=SnapshotOut.of(sb), added=added, removed=removed, lines=lines)


__all__ = ["Filters", "dashboard", "finding_detail", "select_findings", "text_diff", "timeline", "vendor_of"]
