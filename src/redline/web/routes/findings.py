"""Finding page: evidence in its context, rule and why it fired, verdict, screenshot, lifecycle,
every snapshot where it occurs; downloads of the archived record and a WACZ of a snapshot."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, Response
from starlette.background import BackgroundTask

from redline.store.repo import UserRow
from redline.web.deps import current_user, render
from redline.web.schemas import FindingDetailOut
from redline.web.views import finding_detail

router = APIRouter()

Id = Annotated[int, PathParam(ge=1, le=2**31)]


def _detail(request: Request, finding_id: int) -> FindingDetailOut:
    st = request.app.state
    return finding_detail(st.repo, st.evidence, st.rules.get(), finding_id)


@router.get("/findings/{ref}", include_in_schema=False)
def finding_page(request: Request, ref: Annotated[str, PathParam(pattern=r"^[0-9a-f]{1,64}$")],
                 user: UserRow = Depends(current_user)) -> Response:
    """By id, or by fingerprint (the links in notifications): redirected to the id."""
    from fastapi.responses import RedirectResponse

    from redline.store.tables import ReviewDecision

    if len(ref) > 10 or not ref.isdigit():
        rows = request.app.state.repo.find_findings(ref)
        if not rows:
            from redline.store.repo import NotFound

            raise NotFound(f"no finding with fingerprint {ref}")
        return RedirectResponse(f"/findings/{rows[0].id}", status_code=303)
    finding_id = int(ref)
    return render(request, "finding.html", {"d": _detail(request, finding_id),
                                            "decisions": [d.value for d in ReviewDecision]})


@router.get("/api/findings/{finding_id}", response_model=FindingDetailOut, tags=["findings"])
def finding_api(request: Request, finding_id: Id, user: UserRow = Depends(current_user)) -> FindingDetailOut:
    """One finding with its explanation, verdict, occurrences, events and reviews."""
    return _detail(request, finding_id)


@router.get("/api/snapshots/{snapshot_id}/record", tags=["evidence"],
            responses={200: {"content": {"application/warc": {}}}, 404: {"description": "not archived"}})
def snapshot_record(request: Request, snapshot_id: Id, user: UserRow = Depends(current_user)) -> Response:
    """The snapshot's WARC response record exactly as archived (one gzip member; digests verify)."""
    st = request.app.state
    snap = st.repo.get_snapshot(snapshot_id)
    data = st.evidence.record_bytes(snap)
    st.repo.audit(user.name, "download-record", target=f"snapshot:{snap.id}")
    return Response(data, media_type="application/warc", headers={
        "Content-Disposition": f'attachment; filename="redline-snapshot-{snap.id}.warc.gz"'})


@router.get("/api/snapshots/{snapshot_id}/wacz", tags=["evidence"],
            responses={200: {"content": {"application/wacz": {}}}, 404: {"description": "not archived"}})
def snapshot_wacz(request: Request, snapshot_id: Id, user: UserRow = Depends(current_user)) -> Response:
    """A WACZ bundle of the snapshot's record and the records linked to it."""
    st = request.app.state
    snap = st.repo.get_snapshot(snapshot_id)
    tmp = Path(tempfile.mkdtemp(prefix="redline-wacz-"))
    out, _ = st.evidence.bundle_wacz([snap], tmp / f"redline-snapshot-{snap.id}.wacz",
                                     title=f"redline snapshot {snap.id}: {snap.url}",
                                     description=f"Fetched {snap.fetched_at.isoformat()} from {snap.url}")
    st.repo.audit(user.name, "download-wacz", target=f"snapshot:{snap.id}")
    return FileResponse(out, media_type="application/wacz", filename=out.name,
                        background=BackgroundTask(_rmtree, tmp))


@router.get("/api/snapshots/{snapshot_id}/screenshot", tags=["evidence"],
            responses={200: {"content": {"image/png": {}}}, 404: {"description": "no screenshot"}})
def snapshot_screenshot(request: Request, snapshot_id: Id, user: UserRow = Depends(current_user)) -> Response:
    """The full-page screenshot a browser capture archived with the page (urn:screenshot:)."""
    from fastapi import HTTPException

    st = request.app.state
    snap = st.repo.get_snapshot(snapshot_id)
    png = st.evidence.screenshot_png(snap)
    if png is None:
        raise HTTPException(status_code=404, detail=f"snapshot {snap.id} has no screenshot")
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


def _rmtree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)
