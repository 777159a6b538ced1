"""Scanning a capture (WARC, and the WACZ made from it) finds what scanning the pages finds."""

from __future__ import annotations

import json

import httpx
import pytest

from redline.archive.wacz import export_wacz
from redline.capture import capture
from redline.cli import main
from redline.limits import Limits
from redline.model import Document, DocumentResult
from redline.pipeline import scan_document, scan_tree

PAGES = ("/products/face.html", "/api/attributes.html", "/app.html", "/", "/missing",
         "/sitemap-only.html")


def _key(r: DocumentResult) -> tuple:
    return (r.verdict.stance, r.verdict.traits, r.verdict.groups, r.verdict.severity,
            tuple((f.rule, f.trait, f.groups, f.stance, f.severity, f.evidence, f.fingerprint,
                   f.location.line, f.location.column, f.location.offset, f.location.length)
                  for f in r.findings))


@pytest.fixture(scope="module")
def captured(site, tmp_path_factory):
    out = tmp_path_factory.mktemp("scan")
    res = capture([site.url(p) for p in PAGES], out_dir=out, allow_private=True, rate_per_host=0,
                  warc_name="pages.warc.gz")
    assert all(p.error is None for p in res.pages)
    return res


def _direct(ruleset, site) -> dict[str, DocumentResult]:
    out = {}
    with httpx.Client() as client:
        for p in PAGES:
            r = client.get(site.url(p))
            ct = r.headers["content-type"]
            doc = Document(uri=site.url(p), data=r.content, media_type=ct,
                           charset=r.charset_encoding)
            out[doc.uri] = scan_document(doc, ruleset, Limits())
    return out


def test_warc_scan_equals_direct_scan(captured, ruleset, site):
    direct = _direct(ruleset, site)
    from_warc = {}
    for r in scan_tree(Document(uri=captured.warc_path, path=captured.warc_path), ruleset, Limits()):
        assert r.error is None, r.error
        from_warc.setdefault(r.uri, r)
    assert set(direct) <= set(from_warc)
    assert sum(len(r.findings) for r in direct.values()) > 0  # the comparison is not vacuous
    for uri, r in direct.items():
        assert _key(from_warc[uri]) == _key(r), uri
    # findings from the WARC lead back to the record
    by_url = {p.url: p for p in captured.pages}
    for uri, r in from_warc.items():
        for f in r.findings:
            assert f.location.record_id == by_url[uri].record_id
            assert f.location.record_offset == by_url[uri].record_offset


def test_cli_scan_of_warc_and_wacz_reports_the_same_findings(captured, ruleset, site, tmp_path,
                                                            capsys):
    direct = _direct(ruleset, site)
    wacz = export_wacz([captured.warc_path], tmp_path / "pages.wacz")
    seen = {}
    for target in (captured.warc_path, str(wacz)):
        code = main(["scan", "--format", "json", "--no-progress", "--fail-on", "never", target])
        assert code == 0
        report = json.loads(capsys.readouterr().out)
        docs = {d["uri"]: d for d in report["documents"]}
        seen[target] = {u: [(f["rule"], f["evidence"]) for f in d["findings"]] for u, d in docs.items()}
        for uri, r in direct.items():
            assert seen[target][uri] == [(f.rule, f.evidence) for f in r.findings], (target, uri)
    assert seen[captured.warc_path] == seen[str(wacz)]
