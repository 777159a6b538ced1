"""Accounts, sessions, CSRF, login rate limiting, cross-site refusal and security headers.

- Passwords: argon2id hashes (argon2-cffi ``PasswordHasher``); the store only sees hashes.
- Sessions: Starlette's ``SessionMiddleware`` (a cookie signed with itsdangerous; HttpOnly,
  SameSite=Lax, Secure behind TLS) holding the user name, a CSRF token and a login stamp. The
  user is re-read from the store on every request, so disabling an account or changing its
  role takes effect at once.
- CSRF: a session-bound token (rotated at login) must come with every POST/PUT/PATCH/DELETE,
  in the ``X-CSRF-Token`` header or the ``csrf_token`` form field, compared in constant time.
  Independently, a state-changing request whose ``Origin`` is not this site, or whose
  ``Sec-Fetch-Site`` says ``cross-site``, is refused before anything else runs.
- Login rate limiting: failures are counted per client address and per account name in a
  sliding window; past the limit the login answers 429 with ``Retry-After``.
- Headers on every response: a CSP without inline scripts or styles, ``frame-ancestors
  'none'`` and ``X-Frame-Options: DENY``, ``nosniff``, ``Referrer-Policy: same-origin``.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Mapping, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-src 'self'; frame-ancestors 'none'")

SECURITY_HEADERS: Mapping[str, str] = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}

_hasher = PasswordHasher()  # stateless parameters object; safe to share


def hash_password(password: str) -> str:
    if not password:
        raise ValueError("empty password")
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# A hash to verify against when the account does not exist, so a login for an unknown name
# takes as long as one for a known name (no user enumeration by timing).
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def burn_verify(password: str) -> None:
    verify_password(_DUMMY_HASH, password)


# --------------------------------------------------------------------------- CSRF


def csrf_token(session: MutableMapping[str, Any]) -> str:
    """The session's CSRF token, created if missing."""
    tok = session.get("csrf")
    if not isinstance(tok, str) or len(tok) < 20:
        tok = secrets.token_urlsafe(32)
        session["csrf"] = tok
    return tok


def csrf_ok(session: Mapping[str, Any], supplied: str | None) -> bool:
    expected = session.get("csrf")
    if not isinstance(expected, str) or not supplied:
        return False
    return hmac.compare_digest(expected.encode(), supplied.encode())


def cross_site(method: str, headers: Mapping[str, str], scheme: str, host: str) -> str | None:
    """Why a state-changing request comes from another site (None if it does not)."""
    if method.upper() not in UNSAFE_METHODS:
        return None
    sfs = headers.get("sec-fetch-site")
    if sfs == "cross-site":
        return "cross-site request (Sec-Fetch-Site)"
    origin = headers.get("origin")
    if origin and origin != "null":
        parts = urlsplit(origin)
        if f"{parts.scheme}://{parts.netloc}".lower() != f"{scheme}://{host}".lower():
            return f"cross-origin request from {origin}"
    elif origin == "null":
        return "request from an opaque origin"
    return None


# --------------------------------------------------------------------------- rate limiting


class LoginLimiter:
    """Failed logins per key (client address, account name) in a sliding window."""

    def __init__(self, max_failures: int, window_seconds: float) -> None:
        self.max_failures = max_failures
        self.window = window_seconds
        self._fails: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _prune(self, key: str, now: float) -> deque[float]:
        q = self._fails.setdefault(key, deque())
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def retry_after(self, keys: tuple[str, ...], now: float | None = None) -> int:
        """Seconds until a login for these keys may be tried again (0: now)."""
        now = time.monotonic() if now is None else now
        wait = 0.0
        with self._lock:
            for k in keys:
                q = self._prune(k, now)
                if len(q) >= self.max_failures:
                    wait = max(wait, q[0] + self.window - now)
        return int(wait) + (1 if wait > 0 else 0)

    def failed(self, keys: tuple[str, ...], now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            for k in keys:
                self._prune(k, now).append(now)
            if len(self._fails) > 10_000:  # bound memory: drop keys with no recent failure
                for k in [k for k, q in self._fails.items() if not q]:
                    del self._fails[k]

    def succeeded(self, keys: tuple[str, ...]) -> None:
        with self._lock:
            for k in keys:
                if k.startswith("user:"):
                    self._fails.pop(k, None)


__all__ = [
    "CSP",
    "CSRF_FIELD",
    "CSRF_HEADER",
    "SECURITY_HEADERS",
    "UNSAFE_METHODS",
    "LoginLimiter",
    "burn_verify",
    "cross_site",
    "csrf_ok",
    "csrf_token",
    "hash_password",
    "verify_password",
]
