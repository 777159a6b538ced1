"""HTTP fetching with httpx: one guarded request per hop, size caps, retries, rate limit.

``HttpFetcher.fetch(url)`` follows redirects itself, so every hop is a ``Hop`` (request and
response as they went over the wire) that the capture layer writes to the WARC; every hop goes
through ``netguard.GuardedTransport`` (scheme and address checked, address pinned). Limits:

- ``limits.max_fetch_bytes`` caps the body as transferred *and* the decoded body (gzip, deflate,
  brotli and zstd are decoded incrementally with an output cap, so a compression bomb stops at
  the cap with a ``LimitExceeded`` naming the setting);
- ``limits.fetch_timeout`` is the connect/read timeout and also a deadline for a whole hop;
- ``limits.max_redirects`` bounds the chain.

Transient failures (connection errors, timeouts, 429/502/503/504) are retried ``retries``
times with exponential backoff (a numeric ``Retry-After`` is honoured up to 30 s). A per-host
rate limit (``rate_per_host`` requests per second; 0 = unlimited) spaces requests to one host;
it is shared by the capture workers.
"""

from __future__ import annotations

import io
import logging
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin

import httpx

from redline import __version__
from redline.errors import FetchError, LimitExceeded
from redline.limits import Limits
from redline.netguard import GuardedTransport, NetGuard

logger = logging.getLogger(__name__)

DEFAULT_USER_AGENT = f"redline/{__version__} (+evidence capture)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class Hop:
    """One request/response exchange as it went over the wire (body after transfer decoding)."""

    url: str
    method: str
    request_target: str
    request_headers: tuple[tuple[str, str], ...]
    status: int
    reason: str
    http_version: str
    headers: tuple[tuple[str, str], ...]
    body: bytes  # raw entity body (still content-encoded)
    peer_ip: str | None
    fetched_at: datetime

    def header(self, name: str) -> str | None:
        low = name.lower()
        for k, v in self.headers:
            if k.lower() == low:
                return v
        return None

    @property
    def media_type(self) -> str | None:
        ct = self.header("content-type")
        return ct.split(";", 1)[0].strip().lower() if ct else None

    @property
    def charset(self) -> str | None:
        ct = self.header("content-type") or ""
        for part in ct.split(";")[1:]:
            k, _, v = part.strip().partition("=")
            if k.lower() == "charset" and v:
                return v.strip("\"' ")
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchResult:
    url: str
    hops: tuple[Hop, ...] = ()
    body: bytes = b""  # decoded body of the final hop
    error: str | None = None
    error_kind: str | None = None

    @property
    def final(self) -> Hop | None:
        return self.hops[-1] if self.hops else None


class HostRateLimiter:
    """At most ``rate`` requests per second per host (0 or less: unlimited). Thread safe."""

    def __init__(self, rate: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep

    def wait(self, host: str) -> None:
        if self.interval <= 0:
            return
        with self._lock:
            now = self._clock()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + self.interval
        if slot > now:
            self._sleep(slot - now)


def decode_content(body: bytes, encoding: str | None, max_bytes: int) -> bytes:
    """Undo Content-Encoding (gzip, x-gzip, deflate, br, zstd; stacked) with an output cap."""
    if not encoding:
        return body
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
    data = body
    for coding in reversed(codings):  # the last applied is listed last
        if coding in ("identity", ""):
            continue
        data = _decode_one(data, coding, max_bytes)
    return data


def _too_big(size: int, max_bytes: int, coding: str) -> LimitExceeded:
    exc = LimitExceeded("max_fetch_bytes", size, max_bytes)
    exc.args = (f"decompressed ({coding}) body is larger than max_fetch_bytes={max_bytes:,} "
                "(a compression bomb?); raise it with --limit max_fetch_bytes=N",)
    return exc


def _decode_one(data: bytes, coding: str, max_bytes: int) -> bytes:
    out = io.BytesIO()
    try:
        if coding in ("gzip", "x-gzip", "deflate"):
            if coding == "deflate":
                # RFC 9110 says zlib-wrapped; some servers send raw deflate.
                wbits = zlib.MAX_WBITS if data[:1] == b"\x78" else -zlib.MAX_WBITS
            else:
                wbits = 16 + zlib.MAX_WBITS
            d = zlib.decompressobj(wbits)
            buf = data
            while buf:
                out.write(d.decompress(buf, CHUNK))
                if out.tell() > max_bytes:
                    raise _too_big(out.tell(), max_bytes, coding)
                buf = d.unconsumed_tail
                if d.eof:
                    break
            out.write(d.flush())
        elif coding == "br":
            import brotli

            bd = brotli.Decompressor()
            out.write(bd.process(data, output_buffer_limit=CHUNK))
            while out.tell() <= max_bytes and not bd.is_finished():
                piece = bd.process(b"", output_buffer_limit=CHUNK)
                if not piece:
                    raise FetchError("truncated br body")
                out.write(piece)
        elif coding == "zstd":
            import zstandard

            reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True)
            while out.tell() <= max_bytes:
                piece = reader.read(CHUNK)
                if not piece:
                    break
                out.write(piece)
        else:
            raise FetchError(f"unsupported Content-Encoding {coding!r}")
    except LimitExceeded:
        raise
    except (zlib.error, EOFError) as exc:
        raise FetchError(f"corrupt {coding} body: {exc}") from exc
    except Exception as exc:  # brotli.error / zstd.ZstdError are plain Exception subclasses
        if type(exc).__module__.split(".")[0] in ("brotli", "zstandard", "_brotli", "_zstd"):
            raise FetchError(f"corrupt {coding} body: {exc}") from exc
        raise
    if out.tell() > max_bytes:
        raise _too_big(out.tell(), max_bytes, coding)
    return out.getvalue()


@dataclass
class HttpFetcher:
    """Fetch URLs through a guarded httpx client. Thread safe (one client, shared limiter)."""

    guard: NetGuard = field(default_factory=NetGuard)
    limits: Limits = field(default_factory=Limits)
    user_agent: str = DEFAULT_USER_AGENT
    retries: int = 2
    rate_per_host: float = 1.0
    backoff: float = 0.5
    verify_tls: bool | ssl.SSLContext = True  # an SSLContext to trust a private CA
    sleep: Callable[[float], None] = time.sleep

    def __post_init__(self) -> None:
        self.limiter = HostRateLimiter(self.rate_per_host, sleep=self.sleep)
        timeout = httpx.Timeout(self.limits.fetch_timeout)
        self.client = httpx.Client(
            transport=GuardedTransport(self.guard, verify=self.verify_tls),
            follow_redirects=False, timeout=timeout, trust_env=False,
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate, br, zstd"},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one hop -------------------------------------------------------------------------

    def fetch_hop(self, url: str, *, method: str = "GET", headers: dict[str, str] | None = None,
                  content: bytes | None = None) -> Hop:
        """One request (no redirect following), with retries; raises FetchError/LimitExceeded."""
        self.guard.check_url(url)
        attempt = 0
        while True:
            try:
                hop = self._send(url, method, headers, content)
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                if attempt >= self.retries or isinstance(exc.__context__, ssl.SSLError):
                    # a certificate that failed verification will fail again
                    raise FetchError(f"{url}: {type(exc).__name__}: {exc or 'no detail'} "
                                     f"(after {attempt + 1} attempts)") from exc
                delay = self.backoff * 2 ** attempt
            else:
                if hop.status not in RETRY_STATUSES or attempt >= self.retries:
                    return hop
                delay = self.backoff * 2 ** attempt
                retry_after = hop.header("retry-after")
                if retry_after and retry_after.strip().isdigit():
                    delay = min(30.0, max(delay, float(retry_after)))
            attempt += 1
            logger.info("retrying %s in %.1fs (attempt %d of %d)", url, delay, attempt + 1,
                        self.retries + 1)
            self.sleep(delay)

    def _send(self, url: str, method: str, headers: dict[str, str] | None,
              content: bytes | None) -> Hop:
        request = self.client.build_request(method, url, headers=headers, content=content)
        self.limiter.wait(request.url.host)
        deadline = time.monotonic() + self.limits.fetch_timeout
        cap = self.limits.max_fetch_bytes
        with map_httpx(url):
            response = self.client.send(request, stream=True)
            try:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > cap:
                    raise LimitExceeded("max_fetch_bytes", int(declared), cap)
                buf = io.BytesIO()
                for chunk in response.iter_raw(CHUNK):
                    buf.write(chunk)
                    if buf.tell() > cap:
                        raise LimitExceeded("max_fetch_bytes", buf.tell(), cap)
                    if time.monotonic() > deadline:
                        raise FetchError(f"{url}: body not received within fetch_timeout="
                                         f"{self.limits.fetch_timeout}s")
            finally:
                response.close()
        return Hop(
            url=str(request.url), method=method, request_target=request.url.raw_path.decode("ascii"),
            request_headers=tuple((k.decode("latin-1"), v.decode("latin-1"))
                                  for k, v in request.headers.raw),
            status=response.status_code, reason=response.reason_phrase,
            http_version=response.http_version,
            headers=tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw),
            body=buf.getvalue(), peer_ip=response.extensions.get("peer_ip"),
            fetched_at=datetime.now(UTC),
        )

    # -- a URL with its redirect chain ----------------------------------------------------

    def fetch(self, url: str, *, on_hop: Callable[[Hop], None] | None = None) -> FetchResult:
        """Fetch ``url`` following redirects; never raises for fetch problems.

        ``on_hop`` is called with each hop as soon as it is complete (the capture layer writes
        it to the WARC then, so redirects are kept even if a later hop fails).
        """
        hops: list[Hop] = []
        current = url
        seen: set[str] = set()
        try:
            while True:
                hop = self.fetch_hop(current)
                hops.append(hop)
                if on_hop is not None:
                    on_hop(hop)
                location = hop.header("location")
                if hop.status not in REDIRECT_STATUSES or not location:
                    break
                seen.add(current)
                nxt = urljoin(current, location.strip())
                if nxt in seen:
                    raise FetchError(f"{url}: redirect loop at {nxt}")
                if len(hops) > self.limits.max_redirects:
                    raise LimitExceeded("max_redirects", len(hops), self.limits.max_redirects)
                current = nxt
            body = decode_content(hops[-1].body, hops[-1].header("content-encoding"),
                                  self.limits.max_fetch_bytes)
        except (FetchError, LimitExceeded) as exc:
            return FetchResult(url=url, hops=tuple(hops), error=str(exc),
                               error_kind=getattr(exc, "kind", "fetch"))
        return FetchResult(url=url, hops=tuple(hops), body=body)


class map_httpx:  # noqa: N801 - used as a context manager like errors.map_errors
    """Translate httpx errors that are not retried into FetchError (timeouts pass through)."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> bool:
        if exc is None or not isinstance(exc, httpx.HTTPError):
            return False
        if isinstance(exc, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError):
            return False
        raise FetchError(f"{self.url}: {type(exc).__name__}: {exc}") from exc


__all__ = ["DEFAULT_USER_AGENT", "FetchResult", "Hop", "HostRateLimiter", "HttpFetcher",
           "decode_content"]
