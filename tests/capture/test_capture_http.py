"""Capturing the loopback vendor site over HTTP: crawl, robots, redirects, limits, the WARC."""

from __future__ import annotations

import brotli
import gzip
import subprocess
import zstandard
from pathlib import Path

import pytest
from vendor_site import API_EN, BOMB_SIZE, PRODUCT_ZH
from warcio.archiveiterator import ArchiveIterator

from redline import __version__
from redline.archive.verify import verify_path
from redline.capture import capture, make_scope, read_record_payload
from redline.errors import LimitExceeded, UsageError
from redline.limits import Limits
from redline.sources.http import DEFAULT_USER_AGENT, HostRateLimiter, decode_content

ROOT = Path(__file__).resolve().parents[2]
LIMITS = Limits(max_fetch_bytes=2 * 1024**2, fetch_timeout=10)


def _records(path: str) -> list[tuple[str, str, dict[str, str], int | None]]:
    out = []
    with open(path, "rb") as fh:
        for r in ArchiveIterator(fh):
            status = int(r.http_headers.get_statuscode()) if r.rec_type == "response" else None
            out.append((r.rec_type, r.rec_headers.get_header("WARC-Target-URI") or "",
                        dict(r.rec_headers.headers), status))
    return out


@pytest.fixture(scope="module")
def crawl(site, tmp_path_factory):
    out = tmp_path_factory.mktemp("crawl")
    return capture([site.url("/")], out_dir=out, depth=1, allow_private=True, rate_per_host=0,
                   limits=LIMITS, warc_name="crawl.warc.gz")


def test_crawl_follows_links_and_sitemap_in_scope(crawl, site):
    by_url = {p.url: p for p in crawl.pages}
    assert set(by_url) == {site.url(p) for p in (
        "/", "/products/face.html", "/api/attributes.html", "/app.html", "/old", "/missing",
        "/private/internal.html", "/sitemap-only.html")}
    assert by_url[site.url("/sitemap-only.html")].status == 200  # only the sitemap links it
    assert {"/sitemap.xml", "/sitemap-index.xml", "/sitemap-pages.xml"} <= set(site.paths())
    assert not any("elsewhere" in p.url for p in crawl.pages)  # out of scope, never fetched
    assert by_url[site.url("/missing")].status == 404 and by_url[site.url("/missing")].error is None
    face = by_url[site.url("/products/face.html")]
    assert face.media_type == "text/html" and face.payload_digest.startswith("sha256:")
    assert face.fetched_at.endswith("Z") and face.warc_path == crawl.warc_path


def test_robots_txt_is_obeyed_and_recorded(crawl, site):
    private = next(p for p in crawl.pages if p.url.endswith("/private/internal.html"))
    assert private.error and "robots.txt" in private.error and private.record_id is None
    assert "/private/internal.html" not in site.paths()
    assert any(t.endswith("/robots.txt") for k, t, _, _ in _records(crawl.warc_path) if k == "response")


def test_robots_override(site, tmp_path):
    res = capture([site.url("/private/internal.html")], out_dir=tmp_path, allow_private=True,
                  respect_robots=False, rate_per_host=0, limits=LIMITS)
    assert res.pages[0].status == 200 and res.pages[0].error is None


def test_user_agent_is_clear(crawl, site):
    assert DEFAULT_USER_AGENT == f"redline/{__version__} (+evidence capture)"
    assert {ua for _, _, ua in site.requests} == {DEFAULT_USER_AGENT}


def test_redirect_chain_is_kept_hop_by_hop(crawl, site):
    old = next(p for p in crawl.pages if p.url == site.url("/old"))
    assert old.redirects == (site.url("/old"), site.url("/older"))
    assert old.final_url == site.url("/products/face.html") and old.status == 200
    recs = _records(crawl.warc_path)
    statuses = {t: s for k, t, _, s in recs if k == "response"}
    assert statuses[site.url("/old")] == 301 and statuses[site.url("/older")] == 302


def test_warc_records_are_linked_and_digested_and_pass_both_checkers(crawl):
    recs = _records(crawl.warc_path)
    ids = {h["WARC-Record-ID"]: k for k, _, h, _ in recs}
    for kind, _, headers, _ in recs:
        assert headers["WARC-Payload-Digest"].startswith("sha256:")
        assert headers["WARC-Block-Digest"].startswith("sha256:")
        if kind == "request":
            assert ids[headers["WARC-Concurrent-To"]] == "response"
        if kind == "response":
            assert headers["WARC-IP-Address"] == "127.0.0.1"
    assert sum(k == "response" for k, *_ in recs) == sum(k == "request" for k, *_ in recs)
    assert verify_path(crawl.warc_path).ok
    proc = subprocess.run([str(ROOT / ".venv/bin/warcio"), "check", crawl.warc_path],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def test_read_record_payload_gives_back_the_served_page(crawl, site):
    for path, html in (("/products/face.html", PRODUCT_ZH), ("/api/attributes.html", API_EN)):
        page = next(p for p in crawl.pages if p.url == site.url(path))
        headers, body = read_record_payload(page.warc_path, page.record_offset)
        assert body == html.encode("utf-8")
        assert headers["Content-Type"] == "text/html; charset=utf-8"


def test_gzip_bomb_is_refused_with_a_clear_error(site, tmp_path):
    res = capture([site.url("/bomb"), site.url("/api/attributes.html")], out_dir=tmp_path,
                  allow_private=True, rate_per_host=0, limits=LIMITS)
    bomb, api = res.pages
    assert bomb.error and "max_fetch_bytes" in bomb.error and "bomb" in bomb.error
    assert bomb.record_id is None
    assert api.error is None and api.status == 200  # the capture went on
    assert not any(t.endswith("/bomb") for k, t, _, _ in _records(res.warc_path) if k == "response")


def test_body_over_the_size_cap_is_refused(site, tmp_path):
    res = capture([site.url("/api/attributes.html")], out_dir=tmp_path, allow_private=True,
                  rate_per_host=0, limits=Limits(max_fetch_bytes=100))
    assert res.pages[0].error and "max_fetch_bytes" in res.pages[0].error


def test_transient_errors_are_retried(site, tmp_path):
    before = site.paths().count("/flaky")
    res = capture([site.url("/flaky")], out_dir=tmp_path, allow_private=True, rate_per_host=0,
                  limits=LIMITS, retries=2)
    assert res.pages[0].status == 200
    assert site.paths().count("/flaky") - before == 2


def test_capture_appends_to_an_existing_warc(site, tmp_path):
    a = capture([site.url("/api/attributes.html")], out_dir=tmp_path, allow_private=True,
                rate_per_host=0, warc_name="same.warc.gz")
    size = Path(a.warc_path).stat().st_size
    b = capture([site.url("/products/face.html")], out_dir=tmp_path, allow_private=True,
                rate_per_host=0, warc_name="same.warc.gz")
    assert b.warc_path == a.warc_path and b.pages[0].record_offset >= size
    assert verify_path(b.warc_path).ok


@pytest.mark.parametrize("coding", ["gzip", "br", "zstd"])
def test_decompression_bombs_stop_at_the_cap(coding):
    raw = b"\0" * (8 * 1024 * 1024)
    packed = {"gzip": lambda d: gzip.compress(d), "br": brotli.compress,
              "zstd": lambda d: zstandard.ZstdCompressor().compress(d)}[coding](raw)
    assert len(packed) < 64 * 1024
    with pytest.raises(LimitExceeded, match="max_fetch_bytes"):
        decode_content(packed, coding, 1024 * 1024)
    small = b"<p>ethnicity</p>" * 10
    again = {"gzip": gzip.compress, "br": brotli.compress,
             "zstd": zstandard.ZstdCompressor().compress}[coding](small)
    assert decode_content(again, coding, 1024 * 1024) == small
    assert BOMB_SIZE > LIMITS.max_fetch_bytes


def test_scopes():
    same = make_scope("same-host", "http://v.test/docs/a.html")
    assert same("http://v.test/x") and not same("http://w.test/docs/a.html")
    prefix = make_scope("prefix", "http://v.test/docs/a.html")
    assert prefix("http://v.test/docs/b/c.html") and not prefix("http://v.test/other.html")
    rx = make_scope(r"/api/", "http://v.test/")
    assert rx("http://w.test/api/x") and not rx("http://v.test/docs")
    with pytest.raises(UsageError):
        make_scope("[unclosed", "http://v.test/")


def test_rate_limiter_spaces_requests_per_host():
    now = [100.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)

    lim = HostRateLimiter(2.0, clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        lim.wait("a.test")
    lim.wait("b.test")
    assert slept == [0.5, 1.0]  # third request to a.test waits two intervals; b.test does not


def test_max_pages_bounds_the_crawl(site, tmp_path):
    res = capture([site.url("/")], out_dir=tmp_path, depth=2, allow_private=True, rate_per_host=0,
                  limits=LIMITS, max_pages=3)
    assert len(res.pages) == 3 and res.pages[0].url == site.url("/")


def test_chunked_body_is_stored_dechunked_with_the_header_renamed(site, tmp_path, ruleset):
    res = capture([site.url("/chunked")], out_dir=tmp_path, allow_private=True, rate_per_host=0)
    page = res.pages[0]
    headers, body = read_record_payload(page.warc_path, page.record_offset)
    assert body == API_EN.encode("utf-8")
    assert headers.get("X-Archive-Orig-Transfer-Encoding") == "chunked"
    assert not any(k.lower() == "transfer-encoding" for k in headers)
    assert verify_path(page.warc_path).ok
    from redline.model import Document
    from redline.pipeline import scan_tree

    results = [r for r in scan_tree(Document(uri=page.warc_path, path=page.warc_path), ruleset,
                                    Limits()) if r.uri == page.url]
    assert results and results[0].findings and results[0].size == len(body)


def test_unreachable_robots_txt_is_explained(tmp_path):
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens here now: connection refused
    res = capture([f"http://127.0.0.1:{port}/page.html"], out_dir=tmp_path, allow_private=True,
                  rate_per_host=0, retries=0)
    err = res.pages[0].error
    assert err and "robots.txt could not be read" in err and "ConnectError" in err
