"""Sources: the list (admin adds, pauses, removes), and each source's timeline of snapshots
with events marked and a text diff between any two snapshots."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from redline.store.repo import AlreadyExists, UserRow
from redline.web.deps import current_user, render, require_admin
from redline.web.schemas import DiffOut, SourceIn, SourceOut, SourcePatch, TimelineOut
from redline.web.views import text_diff, timeline, vendor_of

router = APIRouter()

Id = Annotated[int, PathParam(ge=1, le=2**31)]
SnapId = Annotated[int, Query(ge=1, le=2**31)]


def _sources(request: Request) -> list[SourceOut]:
    repo = request.app.state.repo
    findings = repo.list_findings()
    return [SourceOut.of(s, vendor_of(s), sum(1 for f in findings if f.source_id == s.id and f.state.value == "present"),
                         sum(1 for f in findings if f.source_id == s.id))
            for s in repo.list_sources()]


def _add(request: Request, body: SourceIn, user: UserRow) -> SourceOut:
    repo = request.app.state.repo
    try:
        row = repo.add_source(body.url, name=body.name, every_seconds=body.every_seconds,
                              depth=body.depth, browser=body.browser, tags=body.tags)
    except AlreadyExists as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from None
    repo.audit(user.name, "source-add", target=f"source:{row.id}", detail={"url": row.url})
    return SourceOut.of(row, vendor_of(row))


def _set_paused(request: Request, source_id: int, paused: bool, user: UserRow) -> SourceOut:
    repo = request.app.state.repo
    row = repo.set_paused(source_id, paused)
    repo.audit(user.name, "source-pause" if paused else "source-resume", target=f"source:{row.id}")
    return SourceOut.of(row, vendor_of(row))


# ---------------------------------------------------------------- pages


@router.get("/sources", include_in_schema=False)
def sources_page(request: Request, user: UserRow = Depends(current_user)) -> Response:
    return render(request, "sources.html", {"sources": _sources(request), "error": None})


@router.post("/sources", include_in_schema=False)
def sources_add_form(request: Request, url: str = Form(..., max_length=2000), name: str = Form(""),
                     every_hours: float = Form(6.0, ge=0.02, le=8760), tags: str = Form(""),
                     browser: bool = Form(False), user: UserRow = Depends(require_admin)) -> Response:
    try:
        body = SourceIn(url=url, name=name or None, every_seconds=int(every_hours * 3600),
                        browser=browser, tags=[t for t in tags.replace(",", " ").split() if t])
        _add(request, body, user)
    except (ValidationError, HTTPException) as exc:
        msg = exc.detail if isinstance(exc, HTTPException) else "; ".join(e["msg"] for e in exc.errors())
        return render(request, "sources.html", {"sources": _sources(request), "error": msg}, status_code=400)
    return RedirectResponse("/sources", status_code=303)


@router.post("/sources/{source_id}/pause", include_in_schema=False)
def sources_pause_form(request: Request, source_id: Id, paused: bool = Form(...),
                       user: UserRow = Depends(require_admin)) -> Response:
    _set_paused(request, source_id, paused, user)
    return RedirectResponse("/sources", status_code=303)


@router.post("/sources/{source_id}/remove", include_in_schema=False)
def sources_remove_form(request: Request, source_id: Id, user: UserRow = Depends(require_admin)) -> Response:
    repo = request.app.state.repo
    repo.remove_source(source_id)
    repo.audit(user.name, "source-remove", target=f"source:{source_id}")
    return RedirectResponse("/sources", status_code=303)


@router.get("/sources/{source_id}", include_in_schema=False)
def timeline_page(request: Request, source_id: Id, a: int | None = None, b: int | None = None,
                  user: UserRow = Depends(current_user)) -> Response:
    st = request.app.state
    tl = timeline(st.repo, source_id)
    diff = None
    if a is not None and b is not None:
        diff = text_diff(st.repo, st.evidence, source_id, a, b)
    # Events marked on the snapshot that caused them, one mark per kind with a count.
    marks: dict[int, dict[str, list]] = {}
    for e in tl.events:
        if e.snapshot_id is not None:
            marks.setdefault(e.snapshot_id, {}).setdefault(e.kind, []).append(e)
    return render(request, "timeline.html", {"tl": tl, "diff": diff, "marks": marks, "a": a, "b": b})


# ---------------------------------------------------------------- API


@router.get("/api/sources", response_model=list[SourceOut], tags=["sources"])
def sources_api(request: Request, user: UserRow = Depends(current_user)) -> list[SourceOut]:
    """Every watched source with its last check and finding counts."""
    return _sources(request)


@router.post("/api/sources", response_model=SourceOut, status_code=201, tags=["sources"])
def sources_add_api(request: Request, body: SourceIn, user: UserRow = Depends(require_admin)) -> SourceOut:
    """Watch a new source (admin only)."""
    return _add(request, body, user)


@router.patch("/api/sources/{source_id}", response_model=SourceOut, tags=["sources"])
def sources_patch_api(request: Request, source_id: Id, body: SourcePatch,
                      user: UserRow = Depends(require_admin)) -> SourceOut:
    """Pause or resume a source (admin only)."""
    return _set_paused(request, source_id, body.paused, user)


@router.delete("/api/sources/{source_id}", status_code=204, tags=["sources"])
def sources_delete_api(request: Request, source_id: Id, user: UserRow = Depends(require_admin)) -> Response:
    """Stop watching a source (admin only); its evidence and history are kept."""
    repo = request.app.state.repo
    repo.remove_source(source_id)
    repo.audit(user.name, "source-remove", target=f"source:{source_id}")
    return Response(status_code=204)


@router.get("/api/sources/{source_id}/timeline", response_model=TimelineOut, tags=["sources"])
def timeline_api(request: Request, source_id: Id, user: UserRow = Depends(current_user)) -> TimelineOut:
    """Snapshots (newest first) and events of a source."""
    return timeline(request.app.state.repo, source_id)


@router.get("/api/sources/{source_id}/diff", response_model=DiffOut, tags=["sources"])
def diff_api(request: Request, source_id: Id, a: SnapId, b: SnapId,
             user: UserRow = Depends(current_user)) -> DiffOut:
    """Unified text diff between the page text of snapshots ``a`` and ``b`` of this source."""
    st = request.app.state
    return text_diff(st.repo, st.evidence, source_id, a, b)
