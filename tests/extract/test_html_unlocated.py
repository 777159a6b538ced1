"""HTML read without positions first: the scan result must be exactly the one of locating first.

``pipeline._scan_bytes`` asks ``HtmlExtractor.extract_unlocated`` for every form a page's texts
may take and skips locating when ``may_fire(relaxed=True)`` says no rule can fire. Checked here
against the same scan with the shortcut off (a rule set without ``may_fire``) on every HTML
document of the labelled corpora and on pages made to sit at the edges: a claim split across
inline tags, table cells, ``<pre><code>``, a list's lead-in, entities and CR LF (verbatim and
collapsed forms differ), a long page.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from redline.extract import extractor_for
from redline.limits import Limits
from redline.model import Document, DocumentResult
from redline.pipeline import scan_document
from redline.rules import CompiledRuleSet
from redline.sniff import sniff

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT.parent / "shared" / "eval" / "dev" / "docs",
           *sorted(p for p in (ROOT / "eval").glob("*/docs") if p.parent.name != "sealed"),
           ROOT / "examples"]


class _Located:
    """The rule set without ``may_fire``: the pipeline locates every page, as before."""

    def __init__(self, inner: CompiledRuleSet) -> None:
        self.inner = inner

    def prefilter(self, data: bytes) -> bool:
        return self.inner.prefilter(data)

    def prefilter_text(self, text: str) -> bool:
        return self.inner.prefilter_text(text)

    def evaluate(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return self.inner.evaluate(*args, **kwargs)


def _comparable(r: DocumentResult) -> DocumentResult:
    return replace(r, stats=tuple((k, v) for k, v in r.stats if not k.startswith("time_ms.")))


def _both(ruleset: CompiledRuleSet, uri: str, data: bytes) -> tuple[DocumentResult, DocumentResult]:
    doc = Document(uri=uri, data=data)
    mt = sniff(data, name=doc.name)
    fast = scan_document(doc, ruleset, Limits(), data=data, media_type=mt)
    slow = scan_document(doc, _Located(ruleset), Limits(), data=data, media_type=mt)  # type: ignore[arg-type]
    return _comparable(fast), _comparable(slow)


def _skipped(ruleset: CompiledRuleSet, data: bytes) -> bool:
    """Does the pipeline decide this page without locating it?"""
    page = extractor_for("text/html").extract_unlocated(Document(uri="x.html", data=data), data, Limits())  # type: ignore[attr-defined]
    return page is not None and not ruleset.may_fire(page.segments, relaxed=True)


def test_corpora_html_results_are_unchanged(ruleset: CompiledRuleSet) -> None:
    pages = []
    for d in CORPORA:
        for p in sorted(d.rglob("*")) if d.is_dir() else ():
            if p.is_file():
                data = p.read_bytes()
                if "html" in sniff(data, name=p.name) and ruleset.prefilter(data):
                    pages.append((p, data))
    assert len(pages) > 40
    with_findings = skipped = 0
    for path, data in pages:
        fast, slow = _both(ruleset, str(path), data)
        assert fast == slow, path.name
        with_findings += bool(slow.findings)
        skipped += _skipped(ruleset, data)
    assert with_findings > 20
    assert skipped > 0  # the shortcut does take some pages: the comparison is not vacuous


_LONG_FILLER = "".join(f"<p>Paragraph {i}: the race to the summit of release {i} was won\n"
                       f"   by the faster team.</p>\n" for i in range(400))

EDGE_PAGES = {
    "inline-tags": "<html><body><p>Our camera <b>detects</b> the <i>ethnicity</i> of "
                   "<span>every face</span> it sees.</p></body></html>",
    "inline-tags-mention": "<html><body><p>The <b>race</b> was <i>close</i>; "
                           "<span>faces</span> in the crowd cheered.</p></body></html>",
    "table": "<html><body><table><tr><th>Face attribute</th><th>Output</th></tr>"
             "<tr><td>race</td><td>Asian, Black, White, Indian</td></tr>"
             "<tr><td>age</td><td>0-100</td></tr><tr><td>gender</td><td>male/female</td></tr>"
             "</table></body></html>",
    "pre-code": "<html><body><pre><code>face = client.detect(image)\n"
                "attrs = face.attributes([\"age\", \"gender\", \"race\"])\n"
                "print(attrs.race)  # Asian / Black / White\n</code></pre></body></html>",
    "lead-in": "<html><body><p>From each face in the stream our algorithms estimate:</p>"
               "<ul><li>age</li><li>gender</li><li>ethnicity (Uyghur, Han, Tibetan)</li></ul>"
               "</body></html>",
    # items written over several source lines: verbatim they are no list items, collapsed they are
    "lead-in-multiline": "<html><body><p>From each face our algorithms estimate:</p>\n<ul>\n"
                         "  <li>age and\n      gender</li>\n  <li>ethnicity\n      (Uyghur, Han)</li>\n"
                         "  <li>skin &amp;\n      tone</li>\n</ul></body></html>",
    "lead-in-far": "<html><body><p>Our product page lists the following:</p>"
                   + "".join(f"<p>item {i}</p>" for i in range(20))
                   + "<ul><li>ethnicity of each face</li></ul></body></html>",
    "entities-and-newlines": "<html><body><p>It&nbsp;detects the\n      race &amp; ethnicity\n"
                             "      of   each face &mdash; in real time.</p>\n"
                             "<p title=\"ethnic  recognition\">Camera &lt;v2&gt;\n   race\n   detection"
                             "</p></body></html>",
    "crlf": "<html>\r\n<body>\r\n<p>The system detects the\r\nethnicity of every\r\nface.</p>\r\n"
            "<p>The race\r\ncondition is fixed.</p>\r\n</body></html>",
    "meta-and-comments": "<html><head><title>Race results</title>"
                         "<meta name=\"description\" content=\"Face   attribute API:\n age, race\">"
                         "</head><body><!-- ethnicity classifier v2 --><p>Horse race results</p>"
                         "<img alt=\"Uyghur face  detection demo\" src=\"a.png\"></body></html>",
    "long-page": "<html><body>" + _LONG_FILLER
                 + "<p>Our face analytics API detects the ethnicity of every face.</p></body></html>",
    "long-page-mention": "<html><body>" + _LONG_FILLER + "</body></html>",
    "jsonld": "<html><head><script type=\"application/ld+json\">{\"description\": "
              "\"Face API that detects race and ethnicity\"}</script></head>"
              "<body><p>Products</p></body></html>",
}


@pytest.mark.parametrize("name", sorted(EDGE_PAGES))
def test_edge_pages_results_are_unchanged(ruleset: CompiledRuleSet, name: str) -> None:
    data = EDGE_PAGES[name].encode()
    assert ruleset.prefilter(data), "the page is meant to reach extraction"
    fast, slow = _both(ruleset, f"{name}.html", data)
    assert fast == slow


def test_edge_pages_exercise_both_paths(ruleset: CompiledRuleSet) -> None:
    fired = {n for n, html in EDGE_PAGES.items() if _both(ruleset, f"{n}.html", html.encode())[1].findings}
    skipped = {n for n, html in EDGE_PAGES.items() if _skipped(ruleset, html.encode())}
    assert {"inline-tags", "long-page"} <= fired
    assert "long-page-mention" in skipped
    assert not fired & skipped


def test_unlocated_page_locates_like_extract() -> None:
    """The located segments of an ``UnlocatedPage`` are those ``extract`` yields, and each has
    a form of its text (and its kind) among the page's unlocated segments."""
    ex = extractor_for("text/html")
    for name, html in EDGE_PAGES.items():
        data = html.encode()
        doc = Document(uri=f"{name}.html", data=data)
        page = ex.extract_unlocated(doc, data, Limits())  # type: ignore[attr-defined]
        assert page is not None
        located = list(page.extract(doc, data, Limits()))
        assert located == list(ex.extract(doc, data, Limits())), name
        assert page.count == len(located), name
        forms = {(s.text, s.kind) for s in page.segments}
        assert all((s.text, s.kind) in forms for s in located if s.text.strip()), name


def test_unknowable_count_falls_back_to_locating(ruleset: CompiledRuleSet) -> None:
    """A blank ``<meta content>`` gives no segment when found and an empty one when not: the
    page is not decided early, and the scan is still the located one."""
    data = b'<html><head><meta name="description" content="   "></head><body><p>race</p></body></html>'
    page = extractor_for("text/html").extract_unlocated(Document(uri="m.html", data=data), data, Limits())  # type: ignore[attr-defined]
    assert page is None
    fast, slow = _both(ruleset, "m.html", data)
    assert fast == slow


def test_relaxed_may_fire_needs_no_positions_on_any_format(ruleset: CompiledRuleSet) -> None:
    """``may_fire(relaxed=True)`` on segments whose locators are erased says True for every
    labelled document (any format: code, JSON, label lists have groups and line windows) that
    the full evaluation gives a finding."""
    from redline.extract import run_extractor
    from redline.model import Locator

    with_findings = 0
    for d in CORPORA:
        for p in sorted(d.rglob("*")) if d.is_dir() else ():
            data = p.read_bytes() if p.is_file() else b""
            if not data or not ruleset.prefilter(data):
                continue
            try:
                segments = list(run_extractor(extractor_for(sniff(data, name=p.name)),
                                              Document(uri=str(p), path=str(p)), data, Limits()))
            except Exception:  # noqa: BLE001 - formats without an extractor here
                continue
            if ruleset.evaluate(segments)[0]:
                with_findings += 1
                bare = [replace(s, locator=Locator()) for s in segments]
                assert ruleset.may_fire(bare, relaxed=True), p.name
    assert with_findings > 100
