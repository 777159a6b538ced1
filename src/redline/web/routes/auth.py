"""Login and logout: the login form (with CSRF) and the same for API clients (JSON).

Failed logins are rate limited per client address and per account name. A successful login
starts a new session (no fixation) with a fresh CSRF token. ``POST /api/login`` takes JSON
only: a cross-site page cannot send a JSON body without a CORS preflight this app never
grants, and the guard refuses cross-origin posts anyway, so it needs no prior token.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from redline.store.repo import UserRow
from redline.web.app import session_stamp
from redline.web.deps import current_user, render
from redline.web.schemas import Me
from redline.web.security import burn_verify, csrf_token, verify_password

router = APIRouter()

_NEXT = re.compile(r"/(?!/)[A-Za-z0-9/_\-.?=&%#:~+,;@!$'()*]*")


def _safe_next(value: str | None) -> str:
    """Only a local path: no scheme, no ``//host``, no backslash, no control characters."""
    if value and _NEXT.fullmatch(value):
        return value
    return "/"


@dataclass(frozen=True, slots=True)
class _Outcome:
    user: UserRow | None
    status: int  # 200 ok, 401 wrong, 429 throttled
    message: str = ""
    retry_after: int = 0


def _attempt(request: Request, username: str, password: str) -> _Outcome:
    app = request.app
    repo, limiter = app.state.repo, app.state.limiter
    client = request.client.host if request.client else "unknown"
    keys = (f"ip:{client}", f"user:{username.strip().lower()}")
    wait = limiter.retry_after(keys)
    if wait:
        repo.audit(username[:200], "login-throttled", detail={"client": client})
        return _Outcome(None, 429, f"Too many failed logins. Try again in {wait} s.", wait)
    user = repo.get_user(username.strip())
    ok = False
    if user is None:
        burn_verify(password)  # the same work as for a real account: no enumeration by timing
    else:
        ok = verify_password(user.password_hash, password) and not user.disabled
    if not ok or user is None:
        limiter.failed(keys)
        repo.audit(username[:200], "login-failed", detail={"client": client})
        return _Outcome(None, 401, "Wrong name or password, or the account is disabled.")
    limiter.succeeded(keys)
    request.session.clear()  # a new session at login: no fixation
    request.session["user"] = user.name
    request.session["stamp"] = session_stamp(user)
    request.session["csrf"] = secrets.token_urlsafe(32)
    repo.audit(user.name, "login", detail={"client": client})
    return _Outcome(user, 200)


@router.get("/login", include_in_schema=False)
def login_page(request: Request, next: str | None = None) -> Response:
    if request.state.user is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return render(request, "login.html", {"next": _safe_next(next), "error": None})


@router.post("/login", include_in_schema=False)
def login(request: Request, username: str = Form(..., max_length=200),
          password: str = Form(..., max_length=1024), next: str = Form("/")) -> Response:
    out = _attempt(request, username, password)
    if out.user is None:
        headers = {"Retry-After": str(out.retry_after)} if out.retry_after else None
        return render(request, "login.html", {"next": _safe_next(next), "error": out.message},
                      status_code=out.status, headers=headers)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout", include_in_schema=False)
def logout(request: Request) -> Response:
    user = request.state.user
    if user is not None:
        request.app.state.repo.audit(user.name, "logout")
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


class LoginIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1024)


@router.post("/api/login", response_model=Me, tags=["session"],
             responses={401: {"description": "wrong credentials"}, 429: {"description": "rate limited"}})
def login_api(request: Request, body: LoginIn) -> Response:
    """Start a session (cookie) for an API client; answers the CSRF token to send with every
    state-changing call as ``X-CSRF-Token``."""
    out = _attempt(request, body.username, body.password)
    if out.user is None:
        headers = {"Retry-After": str(out.retry_after)} if out.retry_after else None
        raise HTTPException(status_code=out.status, detail=out.message, headers=headers)
    me = Me(name=out.user.name, role=out.user.role, csrf_token=csrf_token(request.session))
    return JSONResponse(me.model_dump(mode="json"))


@router.post("/api/logout", status_code=204, tags=["session"])
def logout_api(request: Request, user: UserRow = Depends(current_user)) -> Response:
    """End the session."""
    request.app.state.repo.audit(user.name, "logout")
    request.session.clear()
    return Response(status_code=204)
