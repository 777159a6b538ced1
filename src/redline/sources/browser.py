"""Render pages in headless Chromium (Playwright + the Debian ``chromium`` package).

For JavaScript-heavy documentation portals the words that matter exist only after scripts
ran. ``BrowserRenderer.render_page(url)`` loads the page in Chromium and records:

- every network exchange of the page. Chromium does not touch the network itself: each request
  is intercepted (``page.route``) and fetched by redline's guarded ``HttpFetcher`` (scheme and
  address checks, address pinning, size and decompression caps, rate limit), written to the WARC
  as response + request records exactly as it came over the wire, and handed to Chromium
  decoded. A refused or failed subresource is aborted. As a second fence, Chromium's own host
  resolver maps every name to NOTFOUND, so nothing escapes the interception (service workers
  are blocked too);
- after the load (and network idle, bounded by ``limits.fetch_timeout``), three ``resource``
  records linked to the page's response record: ``urn:dom:<url>`` (the rendered DOM, text/html,
  the document a scan reads), ``urn:screenshot:<url>`` (full-page PNG) and ``urn:pdf:<url>``.

The page itself and its redirect chain are fetched over plain HTTP first (recorded like any
capture); only HTML documents are then rendered, with that response handed to Chromium. Other
documents (PDF, archives) and pages Chromium fails to render keep their HTTP capture. The Playwright sync API is used from the calling thread; one page at a time.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from typing import TYPE_CHECKING, Any

from redline.errors import ConfigError, FetchError, LimitExceeded
from redline.limits import Limits
from redline.sources.http import decode_content

if TYPE_CHECKING:
    from redline.capture import Recorder, _Crawler, _PageOutcome
    from redline.sources.http import Hop

logger = logging.getLogger(__name__)

CHROMIUM = os.environ.get("REDLINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    # Every request is served through page.route; a name Chromium resolves itself is a leak.
    "--host-resolver-rules=MAP * ~NOTFOUND",
)
# Not forwarded from Chromium's request (httpx sets its own, or they are hop-by-hop).
_DROP_REQUEST = frozenset({"host", "content-length", "accept-encoding", "connection", "user-agent"})
# Documents worth rendering; anything else keeps its plain HTTP capture.
_RENDERED = frozenset({"text/html", "application/xhtml+xml", "image/svg+xml"})
# Not handed back to Chromium: the body it gets is already decoded and de-chunked.
_DROP_RESPONSE = frozenset({"content-encoding", "content-length", "transfer-encoding", "connection"})


class BrowserRenderer:
    def __init__(self, *, crawler: _Crawler, recorder: Recorder, limits: Limits) -> None:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ConfigError("--browser needs the playwright package: pip install 'redline[browser]'"
                              ) from exc
        if not os.path.exists(CHROMIUM):
            raise ConfigError(f"--browser needs Chromium at {CHROMIUM} (apt-get install chromium, "
                             "or set REDLINE_CHROMIUM)")
        self.crawler = crawler
        self.recorder = recorder
        self.limits = limits
        self._pw: Any = None
        self._browser: Any = None
        self._context: Any = None

    def _start(self) -> None:
        """Launch Chromium on the first page that needs rendering (not for refused pages)."""
        if self._context is not None:
            return
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        try:
            self._browser = self._pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                     args=list(CHROMIUM_ARGS))
            self._context = self._browser.new_context(
                user_agent=self.crawler.fetcher.user_agent, service_workers="block",
                viewport={"width": 1280, "height": 900}, accept_downloads=False)
        except Exception:
            self._pw.stop()
            self._pw = None
            raise

    def close(self) -> None:
        if self._pw is None:
            return
        try:
            self._context.close()
            self._browser.close()
        finally:
            self._pw.stop()
            self._pw = None

    def render_page(self, url: str, want_links: bool) -> _PageOutcome:
        from playwright.sync_api import Error as PlaywrightError

        from redline.capture import _PageOutcome, html_links

        # The document itself (and its redirect chain) is fetched and recorded over HTTP first:
        # Playwright does not route the requests of a redirect Chromium follows, and a page
        # Chromium would download instead of render is kept as fetched.
        first = self.crawler.fetch_page(url, want_links)
        if (first.page.error or first.hop is None or first.record is None
                or (first.hop.media_type or "") not in _RENDERED):
            return first
        doc_hop, doc_rec, doc_body = first.hop, first.record, first.body
        written: dict[str, tuple[Hop, Any]] = {}
        fetcher = self.crawler.fetcher

        def handle(route: Any) -> None:
            req = route.request
            target = req.url
            if target == doc_hop.url and doc_hop.url not in written:
                written[target] = (doc_hop, doc_rec)
                route.fulfill(status=doc_hop.status, body=doc_body, headers={
                    k: v for k, v in doc_hop.headers if k.lower() not in _DROP_RESPONSE})
                return
            headers = {k: v for k, v in req.headers.items() if k.lower() not in _DROP_REQUEST}
            try:
                if req.method == "GET":
                    # follow redirects here (Chromium's own follow-up would not be routed)
                    res = fetcher.fetch(target)
                    for h in res.hops[:-1]:
                        self.recorder.write_hop(h)
                    if res.error:
                        raise FetchError(res.error)
                    hop, body = res.hops[-1], res.body
                else:
                    hop = fetcher.fetch_hop(target, method=req.method, headers=headers,
                                            content=req.post_data_buffer)
                    body = decode_content(hop.body, hop.header("content-encoding"),
                                          self.limits.max_fetch_bytes)
            except (FetchError, LimitExceeded) as exc:

                logger.info("browser: %s", exc)
                route.abort("blockedbyclient" if "refused" in str(exc) else "failed")
                return
            rec = self.recorder.write_hop(hop)
            written[target] = (hop, rec)
            out_headers = {k: v for k, v in hop.headers if k.lower() not in _DROP_RESPONSE}
            route.fulfill(status=hop.status, headers=out_headers, body=body)

        self._start()
        page = self._context.new_page()
        timeout_ms = self.limits.fetch_timeout * 1000
        page.set_default_timeout(timeout_ms)
        page.route("**/*", handle)
        try:
            try:
                response = page.goto(doc_hop.url, wait_until="load")
            except PlaywrightError as exc:
                # The HTTP capture of the document stands; only the rendering is missing.
                logger.warning("browser: could not render %s: %s", doc_hop.url,
                               str(exc).splitlines()[0])
                return first
            try:
                page.wait_for_load_state("networkidle", timeout=min(timeout_ms, 10_000))
            except PlaywrightError:
                logger.info("browser: %s did not reach network idle; recording it as it is", url)
            if response is None:
                return first
            hop, rec = doc_hop, doc_rec
            dom = page.content().encode("utf-8")
            shot = page.screenshot(full_page=True, type="png")
            pdf = page.pdf(print_background=True)
        finally:
            page.close()
        final_url = hop.url
        dom_rec = self.recorder.write_resource("dom", final_url, dom, "text/html; charset=utf-8",
                                               rec.record_id)
        shot_rec = self.recorder.write_resource("screenshot", final_url, shot, "image/png",
                                                rec.record_id)
        pdf_rec = self.recorder.write_resource("pdf", final_url, pdf, "application/pdf",
                                               rec.record_id)
        captured = dataclasses.replace(
            first.page, screenshot_record_id=shot_rec.record_id, dom_record_id=dom_rec.record_id,
            pdf_record_id=pdf_rec.record_id)
        links = tuple(html_links(dom, final_url, "utf-8")) if want_links else ()
        return _PageOutcome(captured, links, hop, rec, dom)


__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "BrowserRenderer"]
