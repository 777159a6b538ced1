"""Triage (confirm / dismiss / needs-second-look with a note), the audit log, and the baseline
of dismissed findings (the watcher does not notify about them; ``redline scan --baseline``
reads the same file)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import RedirectResponse, Response

from redline.store.repo import UserRow
from redline.store.tables import ReviewDecision
from redline.web.deps import current_user, is_htmx, render, require_reviewer
from redline.web.schemas import AuditOut, ReviewIn, ReviewOut

router = APIRouter()

Id = Annotated[int, PathParam(ge=1, le=2**31)]


def record_review(request: Request, finding_id: int, body: ReviewIn, user: UserRow) -> ReviewOut:
    repo = request.app.state.repo
    f = repo.get_finding(finding_id)
    row = repo.add_review(f.fingerprint, body.decision, who=user.name, note=body.note, user_id=user.id)
    repo.audit(user.name, "review", target=f"finding:{f.id}",
               detail={"fingerprint": f.fingerprint, "decision": body.decision.value, "note": body.note,
                       "url": f.url, "evidence": f.evidence[:200]})
    return ReviewOut.of(row)


@router.post("/findings/{finding_id}/review", include_in_schema=False)
def review_form(request: Request, finding_id: Id, decision: ReviewDecision = Form(...),
                note: str = Form("", max_length=4000), user: UserRow = Depends(require_reviewer)) -> Response:
    record_review(request, finding_id, ReviewIn(decision=decision, note=note), user)
    if is_htmx(request):
        from redline.web.views import finding_detail

        st = request.app.state
        d = finding_detail(st.repo, st.evidence, st.rules.get(), finding_id)
        return render(request, "_review_panel.html", {"d": d, "decisions": [x.value for x in ReviewDecision],
                                                      "saved": True})
    return RedirectResponse(f"/findings/{finding_id}#review", status_code=303)


@router.post("/api/findings/{finding_id}/reviews", response_model=ReviewOut, status_code=201, tags=["triage"])
def review_api(request: Request, finding_id: Id, body: ReviewIn,
               user: UserRow = Depends(require_reviewer)) -> ReviewOut:
    """Record a triage decision (reviewer or admin). The latest decision is the current one;
    a dismissal keeps the finding's events from being notified again."""
    return record_review(request, finding_id, body, user)


@router.get("/api/findings/{finding_id}/reviews", response_model=list[ReviewOut], tags=["triage"])
def reviews_api(request: Request, finding_id: Id, user: UserRow = Depends(current_user)) -> list[ReviewOut]:
    """Every decision on this finding, oldest first."""
    repo = request.app.state.repo
    f = repo.get_finding(finding_id)
    return [ReviewOut.of(r) for r in repo.list_reviews(f.fingerprint)]


@router.get("/audit", include_in_schema=False)
def audit_page(request: Request, limit: Annotated[int, Query(ge=1, le=5000)] = 300,
               user: UserRow = Depends(current_user)) -> Response:
    rows = [AuditOut.of(a) for a in request.app.state.repo.list_audit(limit=limit)]
    return render(request, "audit.html", {"rows": rows})


@router.get("/api/audit", response_model=list[AuditOut], tags=["triage"])
def audit_api(request: Request, limit: Annotated[int, Query(ge=1, le=5000)] = 300,
              user: UserRow = Depends(current_user)) -> list[AuditOut]:
    """The audit log, newest first: who did what and when."""
    return [AuditOut.of(a) for a in request.app.state.repo.list_audit(limit=limit)]


@router.get("/api/baseline", tags=["triage"])
def baseline_api(request: Request, user: UserRow = Depends(current_user)) -> dict[str, Any]:
    """The dismissed findings as a redline baseline file (``redline scan --baseline``)."""
    from redline.baseline import Baseline, BaselineEntry

    repo = request.app.state.repo
    dismissed = repo.dismissed_fingerprints()
    entries = {}
    for f in repo.list_findings():
        if f.fingerprint in dismissed and f.fingerprint not in entries:
            entries[f.fingerprint] = BaselineEntry(fingerprint=f.fingerprint, rule=f.rule, trait=f.trait,
                                                   uri=f.url, evidence=f.evidence, severity=f.severity)
    return Baseline(entries=tuple(entries.values()), generated_by="redline web (dismissed in review)").to_dict()
