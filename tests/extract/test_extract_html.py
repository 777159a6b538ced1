"""HTML: block text with source positions, metadata, comments, hostile markup."""

from __future__ import annotations

import time

import pytest
from extract_helpers import assert_verbatim, extract

from redline.extract.html import MAX_HTML_DEPTH
from redline.model import SegmentKind
from redline.text.decode import decode_bytes

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Face &amp; body analytics</title>
<meta name="description" content="Camera with ethnicity detection">
<script>var s = "Our camera detects Uyghur faces";</script>
<style>p { color: red }</style></head>
<body><div id="main">
  <h1>Smart camera</h1>
  <p>Our camera detects <b>Uyghur</b> faces in real time.</p>
  <p>Plain paragraph
  on two lines.</p>
  <img src="a.png" alt="minority alarm demo">
  <!-- hidden: race classifier v2 -->
  <noscript>Enable JavaScript</noscript>
  <script type="application/ld+json">{"description": "Face attribute API"}</script>
</div></body></html>
"""


def _segs():
    return extract(PAGE, "text/html", name="page.html")


def test_blocks_headings_and_metadata() -> None:
    segs = _segs()
    by_text = {s.text: s for s in segs}
    assert by_text["Smart camera"].kind is SegmentKind.HEADING
    assert by_text["Face & body analytics"].kind is SegmentKind.HEADING  # title, entity decoded
    assert by_text["Our camera detects Uyghur faces in real time."].kind is SegmentKind.PROSE
    assert by_text["Camera with ethnicity detection"].kind is SegmentKind.METADATA
    assert by_text["minority alarm demo"].kind is SegmentKind.METADATA
    assert by_text["hidden: race classifier v2"].kind is SegmentKind.COMMENT
    assert '{"description": "Face attribute API"}' in by_text


def test_whitespace_between_inline_elements_separates_words() -> None:
    # a whitespace-only text node between two inline elements is a space on screen; dropping it
    # glued "Ethnicity" and "detection" into one word no term matches
    html = ("<html><body><p><b>Ethnicity</b> <i>detection</i> from\n<em>faces</em> </p>"
            "<p>New <code>kz1048</code> <a href='c.html'><span>codecs</span></a></p>\n<div>next</div></body></html>")
    texts = [s.text for s in extract(html, "text/html", name="page.html")]
    assert texts == ["Ethnicity detection from faces", "New kz1048 codecs", "next"], texts


def test_whitespace_gap_makes_a_finding(ruleset) -> None:  # noqa: ANN001
    from redline.limits import Limits
    from redline.model import Document
    from redline.pipeline import scan_document

    html = b"<html><body><p>Our API returns the <b>ethnicity</b> <i>estimated</i> from each <em>face</em>.</p></body></html>"
    r = scan_document(Document(uri="page.html", data=html), ruleset, Limits())
    assert r.findings and r.verdict.stance.value == "capability", r.findings


def test_scripts_styles_noscript_are_dropped() -> None:
    texts = " ".join(s.text for s in _segs())
    assert "var s" not in texts and "color: red" not in texts and "Enable JavaScript" not in texts


def test_locations_lead_back_to_the_source() -> None:
    segs = _segs()
    assert_verbatim(segs, PAGE)
    by_text = {s.text: s for s in segs}
    plain = by_text["Plain paragraph\n  on two lines."]
    assert plain.verbatim and (plain.locator.line, plain.locator.column) == (9, 6)
    # inline markup: not verbatim, but the line and column of its first text
    inline = by_text["Our camera detects Uyghur faces in real time."]
    assert not inline.verbatim
    assert (inline.locator.line, inline.locator.column) == (8, 6)
    # the text inside <script> came first in the source but must not be taken for the <p>
    assert by_text["Smart camera"].locator.line == 7
    title = by_text["Face & body analytics"]
    assert title.locator.line == 2
    assert by_text["minority alarm demo"].verbatim and by_text["minority alarm demo"].locator.line == 11


def test_meta_charset_declares_the_encoding() -> None:
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>' \
           "<body><p>支持维吾尔族人脸识别</p></body></html>"
    segs = extract(html.encode("gbk"), "text/html")
    assert [s.text for s in segs if s.kind is SegmentKind.PROSE] == ["支持维吾尔族人脸识别"]
    assert_verbatim(segs, decode_bytes(html.encode("gbk"), markup=True).text)


@pytest.mark.parametrize("html", [
    "<div>" * 100_000 + "deep text" + "</div>" * 100_000,
    "<span>" * 60_000 + "inline deep",
    "<p title='" + "x" * 2_000_000 + "'>huge attribute</p>",
    "<<<>>><p <b>broken</p></b></i><table><tr><td>cell<td>cell2</table><!-- unterminated",
    "\x00\x01<html>\x02binary junk</html>",
    "<p>" + "&amp;" * 50_000 + "</p>",
    "<p>x</p>" + "<!--" * 50_000,  # unterminated comments: linear, not quadratic
    "<p>x" + "<script>" * 50_000,  # unterminated scripts
    "<p>" + "<a title='" * 20_000,
])
def test_hostile_markup_does_not_crash_and_stays_fast(html: str) -> None:
    t0 = time.perf_counter()
    segs = extract(html, "text/html")
    assert time.perf_counter() - t0 < 10
    assert_verbatim(segs, html)
    assert segs or "<a title=" in html  # all but the unclosed attribute have some text


def test_too_deep_falls_back_to_tag_stripping() -> None:
    html = "<div>" * (MAX_HTML_DEPTH + 10) + "Uyghur detection" + "</div>" * (MAX_HTML_DEPTH + 10)
    segs = extract(html, "text/html")
    assert [s.text for s in segs] == ["Uyghur detection"]
    assert segs[0].verbatim and segs[0].locator.offset == html.index("Uyghur")


def test_line_breaks_end_a_text_run() -> None:
    segs = extract("<p>Face attributes:<br>race<br/>age and <b>gender</b></p>", "text/html")
    assert [s.text for s in segs] == ["Face attributes:", "race", "age and gender"]


def test_escaped_text_does_not_send_the_cursor_past_the_rest_of_the_page() -> None:
    # &#39;normal&#39; is the text 'normal'; a literal search for it lands on the code sample at
    # the end, and every text between would lose its place.
    html = ("<html><body><p>speed(<span>&#39;normal&#39;</span>)</p>\n"
            "<p>Plain text after the quote.</p>\n<p>caf&eacute; &mdash; menu</p>\n"
            + "<p>filler paragraph</p>\n" * 50
            + "<pre>x = 'normal'</pre></body></html>")
    segs = extract(html, "text/html")
    assert_verbatim(segs, html)
    by_text = {s.text: s for s in segs}
    after = by_text["Plain text after the quote."]
    assert after.verbatim and after.locator.line == 2
    cafe = by_text["café — menu"]
    assert not cafe.verbatim and (cafe.locator.line, cafe.locator.column) == (3, 4)
    quoted = by_text["speed('normal')"]
    assert (quoted.locator.line, quoted.locator.column) == (1, 16)
    assert by_text["x = 'normal'"].verbatim and by_text["x = 'normal'"].locator.line == 54


def test_attributes_of_one_element_in_any_order_are_located() -> None:
    html = ('<html><body><button aria-label="Toggle the theme" title="Toggle the theme">x</button>'
            '<img title="A &amp; B chart" alt="chart of sales"></body></html>')
    segs = [s for s in extract(html, "text/html") if s.kind is SegmentKind.METADATA]
    assert_verbatim(segs, html)
    assert [s.text for s in segs].count("Toggle the theme") == 2
    assert all(s.locator.column is not None for s in segs)
    amp = next(s for s in segs if s.text == "A & B chart")
    assert not amp.verbatim and amp.locator.column == html.index("A &amp;") + 1


def test_dropped_elements_nested_in_each_other() -> None:
    html = ("<html><body><noscript><script>var a = 'Uyghur';</script><p>enable js</p>"
            "<style>p{}</style></noscript><template><style>x{}</style><p>tpl</p></template>"
            "<p>kept text</p><script><!-- <noscript>x</noscript> --></script></body></html>")
    texts = [s.text for s in extract(html, "text/html") if s.kind is not SegmentKind.COMMENT]
    assert texts == ["kept text"]


def test_crlf_source_locates_multi_line_text() -> None:
    # The parser turns CR LF into LF inside text; the source keeps CR LF.
    html = ("<html>\r\n<body>\r\n<p>first line\r\nsecond line</p>\r\n"
            "<p>it&#39;s\r\nhere</p>\r\n<p>plain</p>\r\n</body></html>")
    segs = extract(html, "text/html")
    src = decode_bytes(html.encode(), markup=True).text
    assert_verbatim(segs, src)
    where = {s.text: (s.locator.line, s.locator.column) for s in segs}
    assert where["first line second line"] == (3, 4)
    assert where["it's here"] == (5, 4)
    assert where["plain"] == (7, 4)
