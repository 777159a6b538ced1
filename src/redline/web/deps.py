"""Request dependencies shared by the routes: who is asking, what they may do, CSRF, rendering.

Roles are checked here, on the server, for every route that needs more than a login:
``require_reviewer`` (triage, scans) and ``require_admin`` (users and sources). The templates
hide buttons a role cannot use, but hiding is a courtesy; these checks are the rule.
"""

from __future__ import annotations

from typing import Any

from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from redline.store.repo import Repo, UserRow
from redline.store.tables import Role
from redline.web.security import CSRF_FIELD, CSRF_HEADER, UNSAFE_METHODS, csrf_ok, csrf_token

API_PREFIXES = ("/api/", "/openapi.json")


def is_api_path(path: str) -> bool:
    return path.startswith(API_PREFIXES)


async def csrf_protect(request: Request) -> None:
    """Every state-changing request carries the session's CSRF token (header or form field)."""
    if request.method.upper() not in UNSAFE_METHODS:
        return
    if request.url.path == "/api/login" and request.headers.get("content-type", "").startswith("application/json"):
        return  # no session yet; a JSON body cannot come from another site's form (see auth.py)
    supplied = request.headers.get(CSRF_HEADER)
    if not supplied:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            try:
                form = await request.form()
            except Exception:  # malformed multipart body: no token could be read  # noqa: BLE001
                form = None
            value = form.get(CSRF_FIELD) if form is not None else None
            supplied = value if isinstance(value, str) else None
    if not csrf_ok(request.session, supplied):
        raise HTTPException(status_code=403, detail="missing or invalid CSRF token; reload the page")


def get_repo(request: Request) -> Repo:
    return request.app.state.repo


def current_user(request: Request) -> UserRow:
    user = getattr(request.state, "user", None)
    if user is None:  # the guard middleware already refused; this is a second line
        raise HTTPException(status_code=401, detail="login required")
    return user


def require_reviewer(user: UserRow = Depends(current_user)) -> UserRow:
    if user.role not in (Role.REVIEWER, Role.ADMIN):
        raise HTTPException(status_code=403, detail=f"role {user.role.value} cannot do this (reviewer or admin only)")
    return user


def require_admin(user: UserRow = Depends(current_user)) -> UserRow:
    if user.role is not Role.ADMIN:
        raise HTTPException(status_code=403, detail=f"role {user.role.value} cannot do this (admin only)")
    return user


def can_triage(user: UserRow | None) -> bool:
    return user is not None and user.role in (Role.REVIEWER, Role.ADMIN)


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def render(request: Request, template: str, context: dict[str, Any], *, status_code: int = 200,
           headers: dict[str, str] | None = None) -> HTMLResponse:
    user = getattr(request.state, "user", None)
    ctx = {
        "request": request,
        "user": user,
        "csrf": csrf_token(request.session),
        "can_triage": can_triage(user),
        "is_admin": user is not None and user.role is Role.ADMIN,
        **context,
    }
    templates = request.app.state.templates
    return templates.TemplateResponse(request, template, ctx, status_code=status_code,
                                      headers=headers)


__all__ = [
    "CSRF_FIELD", "can_triage", "csrf_protect", "current_user", "get_repo", "is_api_path",
    "is_htmx", "render", "require_admin", "require_reviewer",
]
