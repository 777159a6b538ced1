"""Health check (no login), the OpenAPI document (login), and who am I."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from redline import __version__
from redline.store.repo import UserRow
from redline.web.deps import current_user
from redline.web.schemas import Health, Me
from redline.web.security import csrf_token

router = APIRouter()


@router.get("/healthz", response_model=Health, tags=["meta"])
def healthz() -> Health:
    """Answers 200 without login (for monitoring)."""
    return Health(status="ok", version=__version__)


@router.get("/openapi.json", include_in_schema=False)
def openapi(request: Request, user: UserRow = Depends(current_user)) -> dict[str, Any]:
    return request.app.openapi()


@router.get("/api/me", response_model=Me, tags=["meta"])
def me(request: Request, user: UserRow = Depends(current_user)) -> Me:
    """The logged-in account and the CSRF token to send in X-CSRF-Token."""
    return Me(name=user.name, role=user.role, csrf_token=csrf_token(request.session))
