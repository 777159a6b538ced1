"""``create_app(settings, repo)``: the FastAPI app, built from values passed in (no module globals).

Request path, outermost first:
    security headers (every response, errors included)
    -> session cookie (signed; HttpOnly, SameSite=Lax)
    -> guard: refuse cross-site state changes; require a logged-in, enabled account for
       everything except /login (and its JSON twin /api/login), /healthz and /static/
    -> CSRF check (app-wide dependency on every POST/PUT/PATCH/DELETE)
    -> the route (roles checked by its dependencies; see ``deps.py``).

Everything the app holds (settings, repo, templates, rate limiter, archive reader, scan
results, the compiled rule set) lives on ``app.state``, so two apps in one process never share
anything.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from redline import __version__
from redline.store.repo import NotFound, Repo, StoreError
from redline.web import filters as jinja_filters
from redline.web.deps import csrf_protect, is_api_path
from redline.web.evidence import Evidence, EvidenceMissing
from redline.web.scans import ScanStore
from redline.web.security import SECURITY_HEADERS, UNSAFE_METHODS, LoginLimiter, cross_site
from redline.web.settings import WebSettings

logger = logging.getLogger(__name__)

PUBLIC_PREFIXES = ("/static/",)
PUBLIC_PATHS = frozenset({"/login", "/healthz", "/api/login"})
SESSION_COOKIE = "redline_session"


class SecurityHeaders:
    """Pure ASGI middleware adding the security headers (unless a route set its own CSP)."""

    def __init__(self, app: ASGIApp, *, hsts: bool = False) -> None:
        self.app = app
        self.extra = dict(SECURITY_HEADERS)
        if hsts:  # only when served over TLS (``https_only``)
            self.extra["Strict-Transport-Security"] = "max-age=31536000"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.decode("latin-1").lower() for k, _ in headers}
                for k, v in self.extra.items():
                    if k.lower() not in present:
                        headers.append((k.encode("latin-1"), v.encode("latin-1")))
                if "cache-control" not in present:
                    # Pages hold evidence and tokens: never stored. The packaged assets may be.
                    headers.append((b"cache-control", b"public, max-age=3600" if static else b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_wrapper)


class RuleSetHolder:
    """The compiled rule set, given or built once on first use."""

    def __init__(self, ruleset: Any | None, paths: tuple[str, ...]) -> None:
        self._ruleset = ruleset
        self._paths = paths
        self._lock = threading.Lock()

    def get(self) -> Any:
        with self._lock:
            if self._ruleset is None:
                from redline.rules import load_rules

                self._ruleset = load_rules(self._paths)
            return self._ruleset


def _templates() -> Jinja2Templates:
    env = Environment(
        loader=PackageLoader("redline.web", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    jinja_filters.install(env)
    return Jinja2Templates(env=env)


def create_app(settings: WebSettings, repo: Repo, *, ruleset: Any | None = None) -> FastAPI:
    from redline.web.routes import ROUTERS

    app = FastAPI(
        title="redline", version=__version__,
        description="Review evidence together: findings, archived evidence, timelines, triage. "
                    "Every route except /login and /healthz needs a logged-in session; "
                    "state-changing calls need the session's CSRF token in X-CSRF-Token.",
        docs_url=None, redoc_url=None, openapi_url=None,  # /openapi.json is served behind login
        dependencies=[Depends(csrf_protect)],
    )
    app.state.settings = settings
    app.state.repo = repo
    app.state.templates = _templates()
    app.state.limiter = LoginLimiter(settings.login_max_failures, settings.login_window_seconds)
    app.state.evidence = Evidence(settings.archive_dir, settings.limits)
    app.state.scans = ScanStore(settings.data_dir / "scans")
    app.state.rules = RuleSetHolder(ruleset, settings.rule_paths)

    for router in ROUTERS:
        app.include_router(router)
    from importlib.resources import files

    app.mount("/static", StaticFiles(directory=str(files("redline.web") / "static")), name="static")

    max_body = settings.scan_max_upload_bytes + 1024 * 1024

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        host = request.headers.get("host", "")
        why = cross_site(request.method, request.headers, request.url.scheme, host)
        if why:
            logger.warning("refused %s %s: %s", request.method, request.url.path, why)
            return JSONResponse({"detail": f"refused: {why}"}, status_code=403)
        if request.method.upper() in UNSAFE_METHODS:
            # Bodies are bounded before anything parses them (uploads are the largest).
            length = request.headers.get("content-length")
            if length is None and request.headers.get("transfer-encoding"):
                return JSONResponse({"detail": "send a Content-Length"}, status_code=411)
            if length is not None and (not length.isdigit() or int(length) > max_body):
                return JSONResponse({"detail": f"request body over {max_body} bytes"}, status_code=413)
        path = request.url.path
        request.state.user = None
        name = request.session.get("user")
        if isinstance(name, str):
            user = await run_in_threadpool(repo.get_user, name)  # a DB read: off the event loop
            if user is None or user.disabled or request.session.get("stamp") != _stamp(user):
                request.session.clear()
            else:
                request.state.user = user
        if path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES):
            return await call_next(request)
        if request.state.user is None:
            if is_api_path(path):
                return JSONResponse({"detail": "login required"}, status_code=401,
                                    headers={"WWW-Authenticate": 'Cookie realm="redline"'})
            nxt = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            from urllib.parse import quote

            return RedirectResponse(f"/login?next={quote(nxt, safe='')}", status_code=303)
        return await call_next(request)

    app.add_middleware(SessionMiddleware, secret_key=settings.secret_key,
                       session_cookie=SESSION_COOKIE, max_age=settings.session_max_age,
                       same_site="lax", https_only=settings.https_only)
    app.add_middleware(SecurityHeaders, hsts=settings.https_only)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(EvidenceMissing)
    async def missing(request: Request, exc: EvidenceMissing) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if is_api_path(request.url.path):
            from fastapi.encoders import jsonable_encoder

            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        return _error(request, 422, "; ".join(
            f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()))

    return app


def _stamp(user: Any) -> str:
    """Binds a session to the account's password hash: a password change logs out everywhere."""
    import hashlib

    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def session_stamp(user: Any) -> str:
    return _stamp(user)


def _error(request: Request, status: int, detail: str, headers: dict[str, str] | None = None) -> Response:
    if is_api_path(request.url.path) or request.headers.get("accept", "").startswith("application/json"):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    from redline.web.deps import render

    return render(request, "error.html", {"status": status, "detail": detail}, status_code=status,
                  headers=headers)


__all__ = ["create_app", "session_stamp"]
