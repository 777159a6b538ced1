"""HTML report: one self-contained file, hostile text escaped, filters working in Chromium."""

from __future__ import annotations

import base64
import hashlib
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_samples import HOSTILE_CONTEXT, HOSTILE_EVIDENCE, HOSTILE_URI

from redline.report import formatters

CHROMIUM = Path("/usr/bin/chromium")


class _Collect(HTMLParser):
    """Every start tag with its attributes, the text of <script>/<style>, <mark> texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.marks: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in.append(tag)
        if tag == "script":
            self.scripts.append("")
        elif tag == "style":
            self.styles.append("")
        elif tag == "mark":
            self.marks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if "script" in self._in[-1:]:
            self.scripts[-1] += data
        elif "style" in self._in[-1:]:
            self.styles[-1] += data
        elif "mark" in self._in:
            self.marks[-1] += data


def _render(results, meta) -> str:
    buf = io.StringIO()
    formatters.get("html")().write(iter(results), buf, meta)
    return buf.getvalue()


def _parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    p.close()
    return p


def _sha(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_self_contained(sample_results, meta) -> None:
    html = _render(sample_results, meta)
    p = _parse(html)
    for tag, attrs in p.tags:
        for name in ("src", "href"):
            assert not attrs.get(name), f"<{tag} {name}=...> would load something: {attrs}"
        assert tag != "link", "no external stylesheet"
    assert not re.search(r"https?://(?!example\.)", html.split("<footer>")[0].split("<main>")[0]), \
        "no network address in the head"


def test_hostile_text_is_escaped(sample_results, meta) -> None:
    html = _render(sample_results, meta)
    p = _parse(html)
    # Exactly one script element: ours. Nothing from the scanned text became markup.
    assert [t for t, _ in p.tags].count("script") == 1
    assert [t for t, _ in p.tags].count("style") == 1
    assert not any(t == "img" for t, _ in p.tags)
    for tag, attrs in p.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
    assert "alert(" not in p.scripts[0]
    # ... and it is all still there, as text.
    assert HOSTILE_EVIDENCE in p.marks
    assert any(a.get("data-uri") == HOSTILE_URI for _, a in p.tags)
    assert HOSTILE_CONTEXT.split(HOSTILE_EVIDENCE)[0] in html.replace("&lt;", "<").replace("&gt;", ">") \
        .replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&")


def test_csp_allows_only_the_reports_own_script_and_style(sample_results, meta) -> None:
    html = _render(sample_results, meta)
    p = _parse(html)
    csp = next(a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    assert f"script-src '{_sha(p.scripts[0])}'" in csp
    assert f"style-src '{_sha(p.styles[0])}'" in csp


def test_content(sample_results, meta) -> None:
    html = _render(sample_results, meta)
    p = _parse(html)
    text = re.sub(r"\s+", " ", html)
    assert "Uyghur ethnicity detection from faces" in p.marks
    # summary counts: 7 documents, 1 error, 2 suppressed
    assert re.search(r'<div class="n">7</div><div class="l">documents</div>', text)
    assert re.search(r'<div class="card errors"><div class="n">1</div>', text)
    assert re.search(r'<div class="n">2</div><div class="l">suppressed</div>', text)
    # verdicts, locations, rules, errors
    assert "3:" in text and "/components/schemas/Face/properties/race" in text
    assert "named-group-targeting" in text
    assert "truncated PDF (no xref table)" in text
    articles = [a for t, a in p.tags if t == "article"]
    assert len(articles) == sum(len(r.findings) for r in sample_results if not r.error)
    assert {a["data-suppressed"] for a in articles} == {"", "inline", "baseline"}
    assert {a["data-severity"] for a in articles} == {"critical", "high", "medium", "low", "info"}
    # documents with active findings come first, most severe first
    uris = [a["data-uri"] for t, a in p.tags if t == "section" and "data-uri" in a]
    assert uris[0] in {"docs/long.txt", "site/products/ev-3.html"}
    assert uris[-1] == "docs/clean.txt"


def test_evidence_highlight_tolerates_reflowed_context(meta) -> None:
    from redline.model import DocumentResult, Finding, Locator, Trait

    f = Finding(rule="r", trait=Trait.RACE_ETHNICITY, evidence="Asian or\n   Black",
                context="[ ] Asian or Black [ ] White", location=Locator(line=1, column=1))
    html = _render([DocumentResult(uri="a.txt", findings=(f,))], meta)
    p = _parse(html)
    assert p.marks == ["Asian or Black"]
    assert "context:" not in html  # no separate context line needed


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_filters_in_chromium(sample_results, meta, tmp_path) -> None:
    from playwright.sync_api import sync_playwright

    out = tmp_path / "report.html"
    out.write_text(_render(sample_results, meta), encoding="utf-8")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page()
            console: list[str] = []
            page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
            page.on("dialog", lambda d: (console.append("dialog: " + d.message), d.dismiss()))
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(out.as_uri())
            status = page.locator("#filter-status")
            total = sum(len(r.findings) for r in sample_results)
            docs_with = sum(1 for r in sample_results if r.findings and not r.error)
            assert status.text_content() == f"showing {total} finding(s) in {docs_with} document(s)"
            # severity filter
            page.uncheck("input[name=severity][value=critical]")
            assert page.locator("article.finding:visible").count() == total - 2
            page.check("input[name=severity][value=critical]")
            # hide suppressed
            page.uncheck("input[name=suppressed]")
            assert page.locator("article.finding.suppressed:visible").count() == 0
            assert page.locator("article.finding:visible").count() == total - 2
            page.check("input[name=suppressed]")
            # text search (case-insensitive), across evidence
            page.fill("input[name=q]", "UYGUR_FACE")
            assert page.locator("article.finding:visible").count() == 1
            assert page.locator("section.doc:visible .uri").all_text_contents() == ["/abs/path/firmware.bin"]
            page.fill("input[name=q]", "")
            # stance filter works on the document verdict
            page.select_option("select[name=stance]", "reporting")
            assert page.locator("section.doc:visible .uri").all_text_contents() == [HOSTILE_URI]
            page.select_option("select[name=stance]", "")
            # clean documents appear only when asked
            assert page.locator("section.doc.clean:visible").count() == 0
            page.check("input[name=clean]")
            assert page.locator("section.doc.clean:visible").count() == 1
            # The hostile page ran nothing, loaded nothing, and the CSP let our script run.
            assert not [c for c in console if "dialog" in c or "Content Security Policy" in c], console
            assert all(u.startswith("file://") for u in requests), requests
        finally:
            browser.close()
