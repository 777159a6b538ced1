"""Login and logout (form posts with CSRF; failures rate limited per address and account)."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from redline.web.app import session_stamp
from redline.web.deps import render
from redline.web.security import burn_verify, verify_password

router = APIRouter(include_in_schema=False)


def _safe_next(value: str | None) -> str:
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


@router.get("/login")
def login_page(request: Request, next: str | None = None) -> Response:
    if request.state.user is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return render(request, "login.html", {"next": _safe_next(next), "error": None})


@router.post("/login")
def login(request: Request, username: str = Form(..., max_length=200),
          password: str = Form(..., max_length=1024), next: str = Form("/")) -> Response:
    app = request.app
    repo, limiter = app.state.repo, app.state.limiter
    client = request.client.host if request.client else "unknown"
    keys = (f"ip:{client}", f"user:{username.strip().lower()}")
    wait = limiter.retry_after(keys)
    if wait:
        repo.audit(username[:200], "login-throttled", detail={"client": client})
        return render(request, "login.html", {"next": _safe_next(next),
                      "error": f"Too many failed logins. Try again in {wait} s."},
                      status_code=429, headers={"Retry-After": str(wait)})
    user = repo.get_user(username.strip())
    ok = False
    if user is None:
        burn_verify(password)
    else:
        ok = verify_password(user.password_hash, password) and not user.disabled
    if not ok or user is None:
        limiter.failed(keys)
        repo.audit(username[:200], "login-failed", detail={"client": client})
        return render(request, "login.html", {"next": _safe_next(next),
                      "error": "Wrong name or password, or the account is disabled."}, status_code=401)
    limiter.succeeded(keys)
    request.session.clear()  # a new session at login: no fixation
    request.session["user"] = user.name
    request.session["stamp"] = session_stamp(user)
    request.session["csrf"] = secrets.token_urlsafe(32)
    repo.audit(user.name, "login", detail={"client": client})
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request) -> Response:
    user = request.state.user
    if user is not None:
        request.app.state.repo.audit(user.name, "logout")
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
