"""Capture web pages as evidence: fetch (or render) URLs and crawl in scope into a WARC file.

Public API (the watcher builds on it; keep the shape):

    capture(urls, *, out_dir, depth=0, scope="same-host", browser=False, ...) -> CaptureResult
    read_record_payload(warc_path, record_offset) -> (http headers, decoded body)

What ends up in the WARC (``out_dir/<warc_name>``, appended to if it exists):

- a ``warcinfo`` record when the file is new;
- for every HTTP exchange, including each hop of a redirect chain and every ``robots.txt`` and
  sitemap read: a ``response`` record (target URI, ``WARC-IP-Address`` of the pinned peer,
  status line, headers and the body as transferred) and a ``request`` record linked to it with
  ``WARC-Concurrent-To``;
- with ``browser=True``, the page's network responses the same way (Chromium's requests are
  served through the same guarded fetcher), plus three ``resource`` records linked to the page's
  response record with ``WARC-Concurrent-To`` and ``WARC-Refers-To``:
  ``urn:dom:<url>`` (``text/html``, the rendered DOM after scripts ran: this is the record a
  scan reads to find claims that only exist after JavaScript), ``urn:screenshot:<url>``
  (full-page PNG) and ``urn:pdf:<url>`` (``application/pdf`` print).

Pages that are refused (scheme, private address, robots.txt), fail, or exceed a limit get a
``CapturedPage`` with ``error`` set; their completed redirect hops stay in the WARC, but no
response record is written for a body that was cut off or refused to decode.

Robots: ``respect_robots=True`` reads ``/robots.txt`` per host (RFC 9309 with protego, for our
User-Agent; unreachable or 5xx means disallow all, 4xx means allow all) for every page URL.
Crawling (``depth > 0``): links (``a[href]``, ``iframe[src]``) of HTML pages and the URLs of the
host's sitemaps (robots.txt ``Sitemap:`` lines and ``/sitemap.xml``) are followed while in
``scope``: ``same-host`` (the seed's host), ``prefix`` (the seed URL up to its last ``/``) or a
regular expression matched against the URL.
"""

from __future__ import annotations

import io
import logging
import re
import threading
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

from redline.archive.writer import WarcWriter, WrittenRecord, http_request_block, http_response_block
from redline.errors import ArchiveFormatError, FetchError, LimitExceeded, UsageError
from redline.limits import Limits
from redline.netguard import NetGuard, RefusedURL
from redline.sources.http import DEFAULT_USER_AGENT, FetchResult, Hop, HttpFetcher, decode_content

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class CapturedPage:
    url: str
    final_url: str
    status: int | None
    media_type: str | None
    warc_path: str
    record_id: str | None
    record_offset: int | None
    record_length: int | None
    payload_digest: str | None  # "sha256:<hex>"
    fetched_at: str  # ISO 8601 UTC
    redirects: tuple[str, ...] = ()
    error: str | None = None  # refused (robots/private address/scheme), fetch failed, too big
    screenshot_record_id: str | None = None
    dom_record_id: str | None = None
    pdf_record_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CaptureResult:
    warc_path: str
    pages: tuple[CapturedPage, ...]


# --- scope ----------------------------------------------------------------------------------


def make_scope(scope: str, seed: str) -> Callable[[str], bool]:
    """A predicate telling whether a discovered URL is in scope of ``seed``."""
    if scope == "same-host":
        host = (urlsplit(seed).hostname or "").lower()
        return lambda url: (urlsplit(url).hostname or "").lower() == host
    if scope == "prefix":
        base = seed.rsplit("/", 1)[0] + "/" if urlsplit(seed).path.count("/") >= 1 else seed
        return lambda url: url.startswith(base)
    try:
        rx = re.compile(scope)
    except re.error as exc:
        raise UsageError(f"--scope {scope!r}: not same-host, prefix or a valid regular "
                         f"expression ({exc})") from None
    return lambda url: rx.search(url) is not None


def normalize_url(url: str) -> str:
    return urldefrag(url.strip())[0]


# --- robots and sitemaps --------------------------------------------------------------------


class RobotsPolicy:
    """robots.txt per host (fetched once, recorded in the WARC); thread safe."""

    def __init__(self, fetch: Callable[[str], FetchResult], user_agent: str) -> None:
        self._fetch = fetch
        self._ua = user_agent.split("/", 1)[0]
        self._cache: dict[str, tuple[object | None, bool, tuple[str, ...]]] = {}
        self._lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self.unreachable: dict[str, str] = {}  # origin -> why its robots.txt could not be read

    def _load(self, url: str) -> tuple[object | None, bool, tuple[str, ...]]:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            lock = self._host_locks.setdefault(origin, threading.Lock())
        with lock:
            if origin in self._cache:
                return self._cache[origin]
            from protego import Protego

            res = self._fetch(origin + "/robots.txt")
            if res.error_kind == "refused":
                # the host itself is refused by the network guard: say so, not "robots"
                raise RefusedURL(res.error or f"refused {origin}")
            final = res.final
            if res.error or final is None or final.status >= 500:
                # RFC 9309: an unreachable robots.txt means "disallow all" for now
                why = res.error or (f"HTTP {final.status}" if final else "no response")
                self.unreachable[origin] = why
                entry: tuple[object | None, bool, tuple[str, ...]] = (None, False, ())
            elif final.status >= 400:
                entry = (None, True, ())
            else:
                parser = Protego.parse(res.body.decode("utf-8", "replace"))
                entry = (parser, True, tuple(parser.sitemaps))
            self._cache[origin] = entry
            return entry

    def allowed(self, url: str) -> bool:
        parser, default, _ = self._load(url)
        if parser is None:
            return default
        return bool(parser.can_fetch(url, self._ua))  # type: ignore[attr-defined]

    def sitemaps(self, url: str) -> tuple[str, ...]:
        return self._load(url)[2]


_LOC = re.compile(rb"<loc>\s*([^<\s]+)\s*</loc>", re.I)


def sitemap_urls(body: bytes) -> list[str]:
    """URLs listed in a sitemap or sitemap index (regex, so no XML entity expansion)."""
    import html

    return [html.unescape(m.group(1).decode("utf-8", "replace")) for m in _LOC.finditer(body)]


def html_links(body: bytes, base_url: str, charset: str | None = None) -> list[str]:
    """Absolute http(s) links of an HTML page (a[href], iframe[src]; <base href> honoured)."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    text = body.decode(charset or "utf-8", "replace") if charset else body.decode("utf-8", "replace")
    tree = HTMLParser(text)
    base = base_url
    base_node = tree.css_first("base[href]")
    if base_node is not None and base_node.attributes.get("href"):
        base = urljoin(base_url, base_node.attributes["href"] or "")
    out: list[str] = []
    for node in tree.css("a[href], area[href], iframe[src]"):
        ref = node.attributes.get("href") or node.attributes.get("src")
        if not ref:
            continue
        url = normalize_url(urljoin(base, ref.strip()))
        if urlsplit(url).scheme in ("http", "https") and url not in out:
            out.append(url)
    return out


# --- recording ------------------------------------------------------------------------------


class Recorder:
    """Writes hops and browser artefacts to the WARC (one writer shared by all workers)."""

    def __init__(self, writer: WarcWriter) -> None:
        self.writer = writer

    def write_hop(self, hop: Hop, *, body: bytes | None = None,
                  headers: Sequence[tuple[str, str]] | None = None) -> WrittenRecord:
        """A response record and its request record. ``body``/``headers`` override what is
        stored (the browser path stores what Chromium received)."""
        stored_headers = [(_ARCHIVED.get(k.lower(), k), v) for k, v in (headers or hop.headers)]
        block, off = http_response_block(hop.status, hop.reason, stored_headers,
                                         hop.body if body is None else body, hop.http_version)
        extra = {"WARC-IP-Address": hop.peer_ip} if hop.peer_ip else {}
        resp = self.writer.write_record(
            "response", block, target_uri=hop.url, content_type="application/http; msgtype=response",
            payload_offset=off, headers=extra, date=hop.fetched_at)
        req_block, req_off = http_request_block(hop.method, hop.request_target, hop.request_headers,
                                                http_version=hop.http_version)
        self.writer.write_record(
            "request", req_block, target_uri=hop.url, content_type="application/http; msgtype=request",
            payload_offset=req_off, headers={"WARC-Concurrent-To": resp.record_id},
            date=hop.fetched_at)
        return resp

    def write_resource(self, kind: str, url: str, data: bytes, content_type: str,
                       refers_to: str | None) -> WrittenRecord:
        headers: dict[str, str] = {}
        if refers_to:
            headers["WARC-Concurrent-To"] = refers_to
            headers["WARC-Refers-To"] = refers_to
            headers["WARC-Refers-To-Target-URI"] = url
        return self.writer.write_record("resource", data, target_uri=f"urn:{kind}:{url}",
                                        content_type=content_type, headers=headers)


# Transfer-Encoding is undone by the HTTP client, so the stored body is not chunked; the header
# is kept under a name that replay tools and readers do not act on (pywb's convention).
_ARCHIVED = {"transfer-encoding": "X-Archive-Orig-Transfer-Encoding"}


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _now() -> str:
    return _iso(datetime.now(UTC))


# --- the crawl ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _PageOutcome:
    page: CapturedPage
    links: tuple[str, ...] = ()
    # for the browser path: the final hop, its record and its decoded body
    hop: Hop | None = None
    record: WrittenRecord | None = None
    body: bytes = b""


class _Crawler:
    def __init__(self, *, fetcher: HttpFetcher, recorder: Recorder, warc_path: str,
                 respect_robots: bool, limits: Limits) -> None:
        self.fetcher = fetcher
        self.recorder = recorder
        self.warc_path = warc_path
        self.limits = limits
        self.robots = RobotsPolicy(self._fetch_recorded, fetcher.user_agent) if respect_robots else None

    def _fetch_recorded(self, url: str) -> FetchResult:
        return self.fetcher.fetch(url, on_hop=self.recorder.write_hop)

    def error_page(self, url: str, error: str, *, final_url: str | None = None,
                   status: int | None = None, redirects: tuple[str, ...] = ()) -> CapturedPage:
        return CapturedPage(url=url, final_url=final_url or url, status=status, media_type=None,
                            warc_path=self.warc_path, record_id=None, record_offset=None,
                            record_length=None, payload_digest=None, fetched_at=_now(),
                            redirects=redirects, error=error)

    def precheck(self, url: str) -> str | None:
        """Why ``url`` must not be fetched (scheme, robots), or None."""
        try:
            self.fetcher.guard.check_url(url)
        except FetchError as exc:
            return str(exc)
        if self.robots is not None:
            try:
                if not self.robots.allowed(url):
                    parts = urlsplit(url)
                    why = self.robots.unreachable.get(f"{parts.scheme}://{parts.netloc}")
                    if why:
                        return (f"refused {url}: robots.txt could not be read ({why}), which "
                                "means disallow all (use --ignore-robots to override)")
                    return f"refused {url}: disallowed by robots.txt (use --ignore-robots to override)"
            except FetchError as exc:
                return str(exc)
        return None

    def fetch_page(self, url: str, want_links: bool) -> _PageOutcome:
        refused = self.precheck(url)
        if refused:
            return _PageOutcome(self.error_page(url, refused))
        written: list[tuple[Hop, WrittenRecord]] = []
        res = self.fetcher.fetch(url)
        # The final hop is written only if its body decoded within the limits; redirect hops
        # always are (they are complete exchanges).
        for i, hop in enumerate(res.hops):
            is_final = i == len(res.hops) - 1
            if is_final and res.error and hop.status not in (301, 302, 303, 307, 308):
                continue
            written.append((hop, self.recorder.write_hop(hop)))
        redirects = tuple(h.url for h in res.hops[:-1])
        final = res.final
        if res.error:
            return _PageOutcome(self.error_page(
                url, res.error, final_url=final.url if final else url,
                status=final.status if final else None, redirects=redirects))
        assert final is not None
        rec = written[-1][1]
        page = CapturedPage(
            url=url, final_url=final.url, status=final.status, media_type=final.media_type,
            warc_path=self.warc_path, record_id=rec.record_id, record_offset=rec.offset,
            record_length=rec.length, payload_digest=rec.payload_digest,
            fetched_at=_iso(final.fetched_at), redirects=redirects)
        links: tuple[str, ...] = ()
        if want_links and final.status < 400 and (final.media_type or "").endswith("html"):
            links = tuple(html_links(res.body, final.url, final.charset))
        return _PageOutcome(page, links, final, rec, res.body)

    def sitemap_links(self, seed: str) -> list[str]:
        found: list[str] = []
        parts = urlsplit(seed)
        candidates = list(self.robots.sitemaps(seed)) if self.robots is not None else []
        default = f"{parts.scheme}://{parts.netloc}/sitemap.xml"
        if default not in candidates:
            candidates.append(default)
        seen: set[str] = set()
        while candidates and len(seen) < 20:  # a sitemap index lists further sitemaps
            sm = candidates.pop(0)
            if sm in seen:
                continue
            seen.add(sm)
            try:
                self.fetcher.guard.check_url(sm)
            except FetchError:
                continue
            res = self._fetch_recorded(sm)
            if res.error or res.final is None or res.final.status >= 400:
                continue
            urls = [normalize_url(u) for u in sitemap_urls(res.body)[:10_000]]
            if b"<sitemapindex" in res.body[:4096]:
                candidates.extend(u for u in urls if urlsplit(u).netloc == parts.netloc)
            else:
                found.extend(urls)
        return found


def capture(
    urls: Sequence[str],
    *,
    out_dir: str | Path,
    depth: int = 0,
    scope: str = "same-host",
    browser: bool = False,
    allow_private: bool = False,
    respect_robots: bool = True,
    limits: Limits | None = None,
    user_agent: str | None = None,
    warc_name: str | None = None,
    rate_per_host: float = 1.0,
    concurrency: int = 4,
    retries: int = 2,
    max_pages: int = 1000,
) -> CaptureResult:
    """Fetch ``urls`` (and in-scope links up to ``depth``) into one WARC file in ``out_dir``.

    Never raises for a bad URL or a failed fetch (the page gets ``error``); raises
    ``UsageError`` for a bad ``scope`` and ``ConfigError`` when ``browser`` is asked for but
    Playwright or Chromium is missing. Discovered links stop being queued once ``max_pages``
    pages are planned (seeds are always fetched).
    """
    limits = limits or Limits()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if warc_name is None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        warc_name = f"redline-{stamp}-{uuid.uuid4().hex[:8]}.warc.gz"
    warc_path = out / warc_name
    seeds = [normalize_url(u) for u in urls]
    scopes = {s: make_scope(scope, s) for s in seeds}
    guard = NetGuard(allow_private=allow_private)
    ua = user_agent or DEFAULT_USER_AGENT
    from redline import __version__

    pages: list[CapturedPage] = []
    with HttpFetcher(guard=guard, limits=limits, user_agent=ua, retries=retries,
                     rate_per_host=rate_per_host) as fetcher, \
            WarcWriter(warc_path, software=f"redline/{__version__}",
                       info={"robots": "obey" if respect_robots else "ignore",
                             "http-header-user-agent": ua}) as writer:
        recorder = Recorder(writer)
        crawler = _Crawler(fetcher=fetcher, recorder=recorder, warc_path=str(warc_path),
                           respect_robots=respect_robots, limits=limits)
        renderer = None
        if browser:
            from redline.sources.browser import BrowserRenderer

            renderer = BrowserRenderer(crawler=crawler, recorder=recorder, limits=limits)
        try:
            seen: set[str] = set()
            frontier: list[tuple[str, str]] = []  # (url, seed)
            for s in seeds:
                if s not in seen:
                    seen.add(s)
                    frontier.append((s, s))
            for level in range(depth + 1):
                if not frontier:
                    break
                want_links = level < depth
                if renderer is not None:
                    outcomes = [renderer.render_page(u, want_links) for u, _ in frontier]
                else:
                    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
                        outcomes = list(pool.map(lambda item: crawler.fetch_page(item[0], want_links),
                                                 frontier))
                nxt: list[tuple[str, str]] = []

                def enqueue(link: str, seed: str) -> None:
                    if link not in seen and len(seen) < max_pages and scopes[seed](link):
                        seen.add(link)
                        nxt.append((link, seed))

                for (_, seed), outcome in zip(frontier, outcomes, strict=True):
                    pages.append(outcome.page)
                    seen.add(outcome.page.final_url)  # a redirect target is not fetched again
                    for link in outcome.links:
                        enqueue(link, seed)
                if level == 0 and depth > 0:
                    for seed in seeds:
                        if crawler.precheck(seed) is not None:
                            continue
                        for link in crawler.sitemap_links(seed):
                            enqueue(link, seed)
                if len(seen) >= max_pages:
                    logger.warning("capture stopped queueing links at max_pages=%d", max_pages)
                frontier = nxt
        finally:
            if renderer is not None:
                renderer.close()
    logger.info("captured %d pages (%d errors) into %s", len(pages),
                sum(1 for p in pages if p.error), warc_path)
    return CaptureResult(warc_path=str(warc_path), pages=tuple(pages))


# --- reading back ---------------------------------------------------------------------------


def read_record_payload(warc_path: str | Path, record_offset: int,
                        limits: Limits | None = None) -> tuple[dict[str, str], bytes]:
    """HTTP headers and decoded body of the record at ``record_offset`` of a ``.warc.gz``.

    For ``response`` records: the response's HTTP headers (names as stored, the last value
    wins for repeated names) and the entity body with Content-Encoding undone (under
    ``limits.max_fetch_bytes``). For ``resource`` records (e.g. ``urn:dom:``): ``Content-Type``
    from the WARC header and the block. Raises ``ArchiveFormatError`` for anything else.
    """
    from warcio.archiveiterator import ArchiveIterator

    limits = limits or Limits()
    with open(warc_path, "rb") as fh:
        fh.seek(record_offset)
        try:
            record = next(iter(ArchiveIterator(fh)))
        except StopIteration:
            raise ArchiveFormatError(f"{warc_path}: no record at offset {record_offset}") from None
        except Exception as exc:  # warcio raises ArchiveLoadFailed and friends
            raise ArchiveFormatError(f"{warc_path}@{record_offset}: {exc}") from exc
        if record.rec_type == "response" and record.http_headers is not None:
            headers = {k: v for k, v in record.http_headers.headers}
            raw = _read_capped(record.raw_stream, limits.max_fetch_bytes)
            enc = next((v for k, v in headers.items() if k.lower() == "content-encoding"), None)
            return headers, decode_content(raw, enc, limits.max_fetch_bytes)
        if record.rec_type in ("resource", "metadata"):
            ct = record.rec_headers.get_header("Content-Type") or "application/octet-stream"
            return {"Content-Type": ct}, _read_capped(record.raw_stream, limits.max_document_bytes)
        raise ArchiveFormatError(f"{warc_path}@{record_offset}: a {record.rec_type} record, "
                                 "not a response or resource")


def _read_capped(stream: io.RawIOBase | object, cap: int) -> bytes:
    buf = io.BytesIO()
    while True:
        piece = stream.read(65536)  # type: ignore[attr-defined]
        if not piece:
            break
        buf.write(piece)
        if buf.tell() > cap:
            raise LimitExceeded("max_fetch_bytes", buf.tell(), cap)
    return buf.getvalue()


__all__ = ["CaptureResult", "CapturedPage", "capture", "make_scope", "read_record_payload"]
