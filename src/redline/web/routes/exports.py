"""Exports of stored findings: CSV, JSON, HTML report, or a WACZ bundle of their evidence.

Selected findings (``ids``), else every finding matching the dashboard filters."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, Response
from starlette.background import BackgroundTask

from redline.store.repo import UserRow
from redline.web.deps import current_user
from redline.web.evidence import stored_copies
from redline.web.exports import render_report, report_csp, to_results
from redline.web.routes.dashboard import filters
from redline.web.views import Filters, select_findings

router = APIRouter()


@router.get("/api/export", tags=["exports"], responses={200: {"content": {
    "text/csv": {}, "application/json": {}, "text/html": {}, "application/wacz": {}}}})
def export_api(request: Request, format: Literal["csv", "json", "html", "wacz"] = "json",
               ids: Annotated[list[int] | None, Query(max_length=5000)] = None,
               flt: Filters = Depends(filters), user: UserRow = Depends(current_user)) -> Response:
    """Export the selected findings (``ids``) or all findings matching the filters."""
    repo = request.app.state.repo
    chosen = select_findings(repo, flt)
    if ids:
        wanted = set(ids)
        chosen = [f for f in chosen if f.id in wanted]
    if not chosen:
        raise HTTPException(status_code=404, detail="no finding matches the selection")
    repo.audit(user.name, "export", detail={"format": format, "findings": len(chosen)})
    stamp = f"{len(chosen)}-findings"
    if format == "wacz":
        snaps = []
        for f in chosen:
            snaps += [o.snapshot for o in repo.finding_occurrences(f.id)]
        snaps = stored_copies(snaps)
        if not snaps:
            raise HTTPException(status_code=404, detail="the selected findings have no archived record")
        tmp = Path(tempfile.mkdtemp(prefix="redline-export-"))
        out, _ = request.app.state.evidence.bundle_wacz(
            snaps, tmp / f"redline-evidence-{stamp}.wacz",
            title=f"redline evidence of {len(chosen)} finding(s)",
            description="Findings: " + "; ".join(f"{f.fingerprint[:16]} {f.url}" for f in chosen[:50]))
        return FileResponse(out, media_type="application/wacz", filename=out.name,
                            background=BackgroundTask(_rmtree, tmp))
    locations = {}
    for f in chosen:
        occ = repo.finding_occurrences(f.id)
        if occ:
            locations[f.id] = occ[-1].location
    dismissed = repo.dismissed_fingerprints(f.fingerprint for f in chosen)
    text, media_type = render_report(to_results(chosen, locations, dismissed), format)
    headers = {"Content-Disposition": f'attachment; filename="redline-{stamp}.{format}"'}
    if format == "html":
        headers["Content-Security-Policy"] = report_csp(text) + "; frame-ancestors 'none'"
    return Response(text, media_type=media_type, headers=headers)


def _rmtree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)
