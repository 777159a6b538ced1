"""--browser: real Chromium renders the vendor site; DOM, screenshot and PDF are kept as evidence."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from redline.archive.verify import verify_path
from redline.archive.wacz import export_wacz
from redline.capture import capture, read_record_payload
from redline.limits import Limits
from redline.model import Document
from redline.pipeline import scan_tree
from redline.sources.browser import CHROMIUM
from redline.sources.http import DEFAULT_USER_AGENT

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"needs Chromium at {CHROMIUM}"),
]

ROOT = Path(__file__).resolve().parents[2]
LIMITS = Limits(fetch_timeout=20)
PAGES = ("/app.html", "/old", "/missing")


@pytest.fixture(scope="module")
def rendered(site, tmp_path_factory):
    out = tmp_path_factory.mktemp("browser")
    res = capture([site.url(p) for p in PAGES], out_dir=out, browser=True, allow_private=True,
                  rate_per_host=0, limits=LIMITS, warc_name="browser.warc.gz")
    return res


@pytest.fixture(scope="module")
def plain(site, tmp_path_factory):
    out = tmp_path_factory.mktemp("plain")
    return capture([site.url("/app.html")], out_dir=out, allow_private=True, rate_per_host=0,
                   limits=LIMITS, warc_name="plain.warc.gz")


def _records(path: str) -> list:
    out = []
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for r in it:
            out.append((r.rec_type, r.rec_headers.get_header("WARC-Target-URI"),
                        dict(r.rec_headers.headers), r.content_stream().read()))
    return out


def _findings_by_uri(path: str, ruleset) -> dict[str, list]:
    results = scan_tree(Document(uri=path, path=path), ruleset, Limits())
    return {r.uri: [f.evidence for f in r.findings] for r in results}


def test_pages_get_dom_screenshot_and_pdf_linked_to_the_response(rendered, site):
    app, old, missing = rendered.pages
    assert all(p.error is None for p in rendered.pages)
    recs = _records(rendered.warc_path)
    by_id = {h["WARC-Record-ID"]: (k, u, h, body) for k, u, h, body in recs}
    for page in rendered.pages:
        for kind, rid, ctype in (("dom", page.dom_record_id, "text/html"),
                                 ("screenshot", page.screenshot_record_id, "image/png"),
                                 ("pdf", page.pdf_record_id, "application/pdf")):
            k, uri, headers, body = by_id[rid]
            assert k == "resource" and uri == f"urn:{kind}:{page.final_url}"
            assert headers["Content-Type"].startswith(ctype)
            assert headers["WARC-Concurrent-To"] == page.record_id
            assert headers["WARC-Refers-To"] == page.record_id
            assert body
        assert by_id[page.pdf_record_id][3].startswith(b"%PDF-")
    assert old.redirects == (site.url("/old"), site.url("/older"))
    assert old.final_url == site.url("/products/face.html")
    assert missing.status == 404


def test_screenshot_decodes_and_is_not_blank(rendered):
    from PIL import Image

    page = rendered.pages[0]
    recs = {h["WARC-Record-ID"]: body for _, _, h, body in _records(rendered.warc_path)}
    img = Image.open(io.BytesIO(recs[page.screenshot_record_id]))
    img.load()
    assert img.format == "PNG" and img.width == 1280 and img.height >= 300
    gray = img.convert("L")
    lo, hi = gray.getextrema()
    assert lo < 80 and hi > 200  # dark text on a light page
    dark = sum(gray.histogram()[:128])
    assert 0.001 < dark / (img.width * img.height) < 0.5


def test_js_only_claim_is_found_only_with_browser(rendered, plain, ruleset, site):
    app_url = site.url("/app.html")
    without = _findings_by_uri(plain.warc_path, ruleset)
    assert without[app_url] == []
    assert not any(without.values())  # nothing anywhere in the plain capture
    with_browser = _findings_by_uri(rendered.warc_path, ruleset)
    assert with_browser[f"urn:dom:{app_url}"], with_browser
    assert with_browser[app_url] == []  # the served HTML itself has no claim
    # the claim is not in any raw network response either: only the rendered DOM holds it
    for kind, uri, _, body in _records(rendered.warc_path):
        if kind == "response":
            assert b"ethnicity" not in body.lower(), uri
    headers, dom = read_record_payload(rendered.warc_path, _offset_of(rendered, rendered.pages[0].dom_record_id))
    assert headers["Content-Type"].startswith("text/html")
    assert b"ethnicity of each face (Uyghur or Han)" in dom


def _offset_of(res, record_id: str) -> int:
    with open(res.warc_path, "rb") as fh:
        it = ArchiveIterator(fh)
        for r in it:
            if r.rec_headers.get_header("WARC-Record-ID") == record_id:
                return it.get_record_offset()
    raise AssertionError(record_id)


def test_every_browser_request_went_through_the_guarded_fetcher(rendered, site):
    recs = _records(rendered.warc_path)
    targets = {u for k, u, _, _ in recs if k == "response"}
    for sub in ("/static/app.js", "/api/claim.json"):
        assert site.url(sub) in targets
    assert {ua for _, p, ua in site.requests if p in ("/static/app.js", "/api/claim.json")} == {DEFAULT_USER_AGENT}


def test_browser_capture_passes_archive_check_warcio_and_wacz_validate(rendered, tmp_path):
    report = verify_path(rendered.warc_path)
    assert report.ok and report.records > 20
    proc = subprocess.run([str(ROOT / ".venv/bin/warcio"), "check", rendered.warc_path],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout
    wacz = export_wacz([rendered.warc_path], tmp_path / "browser.wacz")
    proc = subprocess.run([str(ROOT / ".venv/bin/wacz"), "validate", "-f", str(wacz)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert verify_path(wacz).ok


def test_refused_subresources_are_never_sent(site, tmp_path, caplog):
    import logging

    caplog.set_level(logging.INFO, logger="redline.sources.browser")
    res = capture([site.url("/leaky.html")], out_dir=tmp_path, browser=True, allow_private=True,
                  rate_per_host=0, limits=LIMITS)
    page = res.pages[0]
    assert page.error is None and page.dom_record_id
    assert "cloud metadata address" in caplog.text  # refused by the guard inside the route
    targets = {u for k, u, _, _ in _records(res.warc_path) if k == "response"}
    assert not any("169.254" in t or t.startswith("file:") for t in targets)


def test_refused_pages_do_not_start_chromium(site, tmp_path):
    res = capture([site.url("/app.html")], out_dir=tmp_path, browser=True, rate_per_host=0,
                  limits=LIMITS)  # no allow_private: loopback is refused before rendering
    assert res.pages[0].error and "loopback" in res.pages[0].error
