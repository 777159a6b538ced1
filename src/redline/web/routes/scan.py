"""Scan on demand: upload files or give URLs (capture rules apply: private addresses refused),
then read the report (the same formatters as ``redline scan``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import RedirectResponse, Response

from redline.report.base import formatters, summarize
from redline.store.repo import UserRow
from redline.web.deps import current_user, render, require_reviewer
from redline.web.exports import render_report, report_csp
from redline.web.scans import ScanRecord, new_scan_id, scan_uploads, scan_urls
from redline.web.schemas import ScanDocumentOut, ScanOut, ScanSummaryOut

router = APIRouter()

ScanId = Annotated[str, PathParam(pattern=r"^[0-9T]{15}-[0-9a-f]{8}$")]


async def _read_uploads(files: list[UploadFile], cap: int) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    total = 0
    for f in files:
        if not f.filename and not f.size:
            continue
        data = await f.read(cap - total + 1)
        total += len(data)
        if total > cap:
            raise HTTPException(status_code=413, detail=f"uploads exceed {cap} bytes in total")
        name = (f.filename or "upload").replace("\\", "/").rsplit("/", 1)[-1] or "upload"
        out.append((name, data))
    return out


def _run(request: Request, user: UserRow, uploads: list[tuple[str, bytes]], urls: list[str]) -> ScanRecord:
    st = request.app.state
    settings = st.settings
    urls = [u.strip() for u in urls if u.strip()]
    if len(urls) > settings.scan_max_urls:
        raise HTTPException(status_code=413, detail=f"at most {settings.scan_max_urls} URLs per scan")
    if not uploads and not urls:
        raise HTTPException(status_code=400, detail="give at least one file or URL")
    ruleset = st.rules.get()
    scan_id = new_scan_id()
    results = scan_uploads(uploads, ruleset, settings.limits)
    warc = None
    if urls:
        more, warc = scan_urls(urls, ruleset, settings.limits, out_dir=st.scans.directory, scan_id=scan_id,
                               allow_private=settings.scan_allow_private)
        results += more
    rec = ScanRecord(id=scan_id, created_at=datetime.now(UTC), who=user.name, results=tuple(results),
                     warc_path=warc)
    st.scans.add(rec)
    st.repo.audit(user.name, "scan", target=f"scan:{scan_id}",
                  detail={"files": [n for n, _ in uploads], "urls": urls, "documents": len(results)})
    return rec


def _out(rec: ScanRecord) -> ScanOut:
    import json

    text, _ = render_report(rec.results, "json")
    return ScanOut(id=rec.id, created_at=rec.created_at, who=rec.who, report=json.loads(text), documents=[
        ScanDocumentOut(uri=r.uri, error=r.error, stance=r.verdict.stance.value,
                        severity=r.verdict.severity.value, findings=len(r.active_findings))
        for r in rec.results])


def _get(request: Request, scan_id: str) -> ScanRecord:
    rec = request.app.state.scans.get(scan_id)
    if rec is None:
        raise HTTPException(status_code=404, detail=f"no scan {scan_id} (results are kept in memory)")
    return rec


@router.get("/scan", include_in_schema=False)
def scan_page(request: Request, user: UserRow = Depends(current_user)) -> Response:
    scans = request.app.state.scans.list()
    return render(request, "scan.html", {"scans": scans, "error": None,
                                         "allow_private": request.app.state.settings.scan_allow_private})


@router.post("/scan", include_in_schema=False)
async def scan_form(request: Request, files: list[UploadFile] = File(default=[]), urls: str = Form(""),
                    user: UserRow = Depends(require_reviewer)) -> Response:
    from starlette.concurrency import run_in_threadpool

    try:
        uploads = await _read_uploads(files, request.app.state.settings.scan_max_upload_bytes)
        rec = await run_in_threadpool(_run, request, user, uploads, urls.split())
    except HTTPException as exc:
        return render(request, "scan.html", {"scans": request.app.state.scans.list(), "error": exc.detail,
                                             "allow_private": request.app.state.settings.scan_allow_private},
                      status_code=exc.status_code)
    return RedirectResponse(f"/scans/{rec.id}", status_code=303)


@router.get("/scans/{scan_id}", include_in_schema=False)
def scan_result_page(request: Request, scan_id: ScanId, user: UserRow = Depends(current_user)) -> Response:
    rec = _get(request, scan_id)
    return render(request, "scan_result.html", {"rec": rec, "summary": summarize(rec.results),
                                                "formats": formatters.names()})


@router.get("/scans/{scan_id}/report.html", include_in_schema=False)
def scan_report_frame(request: Request, scan_id: ScanId, user: UserRow = Depends(current_user)) -> Response:
    """The HTML report, shown in a sandboxed frame (opaque origin: its script cannot reach the app)."""
    html, _ = render_report(_get(request, scan_id).results, "html")
    csp = report_csp(html) + "; frame-ancestors 'self'; sandbox allow-scripts"
    return Response(html, media_type="text/html; charset=utf-8",
                    headers={"Content-Security-Policy": csp, "X-Frame-Options": "SAMEORIGIN"})


@router.post("/api/scans", response_model=ScanOut, status_code=201, tags=["scan"])
async def scan_api(request: Request, files: list[UploadFile] = File(default=[]),
                   urls: list[str] = Form(default=[]), user: UserRow = Depends(require_reviewer)) -> ScanOut:
    """Scan uploaded files and/or URLs (reviewer or admin). URLs are captured under the capture
    rules: private, loopback and link-local addresses are refused, robots.txt is obeyed."""
    from starlette.concurrency import run_in_threadpool

    uploads = await _read_uploads(files, request.app.state.settings.scan_max_upload_bytes)
    rec = await run_in_threadpool(_run, request, user, uploads, urls)
    return _out(rec)


@router.get("/api/scans", response_model=list[ScanSummaryOut], tags=["scan"])
def scans_api(request: Request, user: UserRow = Depends(current_user)) -> list[ScanSummaryOut]:
    """Recent on-demand scans (kept in memory), newest first."""
    return [ScanSummaryOut(id=r.id, created_at=r.created_at, who=r.who, documents=len(r.results),
                           findings=sum(len(x.active_findings) for x in r.results))
            for r in request.app.state.scans.list()]


@router.get("/api/scans/{scan_id}", response_model=ScanOut, tags=["scan"])
def scan_get_api(request: Request, scan_id: ScanId, user: UserRow = Depends(current_user)) -> ScanOut:
    """One scan's documents and its JSON report."""
    return _out(_get(request, scan_id))


@router.get("/api/scans/{scan_id}/report", tags=["scan"],
            responses={200: {"content": {"text/html": {}, "text/csv": {}, "application/json": {}}}})
def scan_report_api(request: Request, scan_id: ScanId,
                    format: Annotated[str, Query(pattern=r"^[a-z0-9]{1,16}$")] = "json",
                    user: UserRow = Depends(current_user)) -> Response:
    """The scan's report in any ``redline scan --format`` (download)."""
    if format not in formatters:
        raise HTTPException(status_code=400, detail=f"unknown format {format!r}; one of {formatters.names()}")
    text, media_type = render_report(_get(request, scan_id).results, format)
    headers = {"Content-Disposition": f'attachment; filename="redline-scan-{scan_id}.{format}"'}
    if format == "html":
        headers["Content-Security-Policy"] = report_csp(text) + "; frame-ancestors 'none'"
    return Response(text, media_type=media_type, headers=headers)
