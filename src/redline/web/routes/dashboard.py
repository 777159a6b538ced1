"""Dashboard: sources with their last check, counts by severity/stance/review, recent events,
the filtered finding list (filters: tag, vendor, trait, group, stance, severity, state, review)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from redline.store.repo import UserRow
from redline.web.deps import current_user, is_htmx, render
from redline.web.schemas import DashboardOut, EventOut, FindingOut
from redline.web.views import Filters, dashboard, select_findings

router = APIRouter()


def filters(
    tag: Annotated[str | None, Query(max_length=200)] = None,
    vendor: Annotated[str | None, Query(max_length=200)] = None,
    trait: Annotated[str | None, Query(max_length=64)] = None,
    group: Annotated[str | None, Query(max_length=64)] = None,
    stance: Annotated[str | None, Query(max_length=32)] = None,
    severity: Annotated[str | None, Query(max_length=32)] = None,
    state: Annotated[str | None, Query(max_length=32)] = None,
    review: Annotated[str | None, Query(max_length=32)] = None,
    source: Annotated[int | None, Query(ge=0, le=2**31)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> Filters:
    return Filters(tag=tag or None, vendor=vendor or None, trait=trait or None, group=group or None,
                   stance=stance or None, severity=severity or None, state=state or None,
                   review=review or None, source=source, q=q or None)


@router.get("/", include_in_schema=False)
def dashboard_page(request: Request, flt: Filters = Depends(filters),
                   user: UserRow = Depends(current_user)) -> Response:
    data = dashboard(request.app.state.repo, flt)
    ctx = {"data": data, "flt": flt, "params": flt.as_query()}
    if is_htmx(request):
        return render(request, "_dashboard_results.html", ctx)
    return render(request, "dashboard.html", ctx)


@router.get("/api/dashboard", response_model=DashboardOut, tags=["dashboard"])
def dashboard_api(request: Request, flt: Filters = Depends(filters),
                  user: UserRow = Depends(current_user)) -> DashboardOut:
    """Sources, counts, the filtered findings and the recent events."""
    return dashboard(request.app.state.repo, flt)


@router.get("/api/findings", response_model=list[FindingOut], tags=["findings"])
def findings_api(request: Request, flt: Filters = Depends(filters),
                 limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
                 user: UserRow = Depends(current_user)) -> list[FindingOut]:
    """Findings matching the filters, most important first."""
    return select_findings(request.app.state.repo, flt)[:limit]


@router.get("/api/events", response_model=list[EventOut], tags=["events"])
def events_api(request: Request, limit: Annotated[int, Query(ge=1, le=10000)] = 200,
               kind: Annotated[str | None, Query(max_length=32)] = None,
               user: UserRow = Depends(current_user)) -> list[EventOut]:
    """The most recent events, newest first."""
    from redline.store.tables import EventKind

    repo = request.app.state.repo
    if not kind:
        return [EventOut.of(e) for e in repo.recent_events(limit)]
    try:
        kinds = [EventKind(kind).value]
    except ValueError:
        return []
    rows = repo.list_events(kinds=kinds)
    return [EventOut.of(e) for e in rows[::-1][:limit]]
