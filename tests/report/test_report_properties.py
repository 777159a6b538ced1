"""Hypothesis: whatever text a scanned document holds, the reports stay well-formed.

Properties: the HTML report gets no markup from the text (one script, no event handlers, the
evidence is the text of its <mark>); CSV reads back the same cells (formula cells prefixed);
SARIF stays valid against the official schema with any uri and evidence.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.model import DocumentResult, Finding, Locator, Trait
from redline.report import ReportMeta, formatters
from redline.report.csv import COLUMNS

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "data" / "sarif-schema-2.1.0.json")
                    .read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)
URI_REFERENCE = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")

# Markup, quotes, CJK, RTL, zero-width and control characters, surrogate-free.
PIECES = list("<>&\"'`=/\\!-{}[]#%;:@ \t\n\r") + [
    "</script>", "<!--", "-->", "]]>", "javascript:", "onerror=", "\u200b", "\u202e", "\ufeff", "维吾尔", "民族"]
hostile = st.lists(
    st.one_of(st.sampled_from(PIECES), st.characters(blacklist_categories=("Cs",))), max_size=30,
).map("".join)
uris = st.tuples(
    st.sampled_from(["", "/", "http://host.test/", "file:///", "a.zip!/", "C:\\"]),
    st.lists(st.one_of(st.sampled_from(["%", "%2F", "%zz", " ", "#", "?", "\\", "..", "页"]),
                       st.characters(blacklist_categories=("Cs", "Cc"))), min_size=1, max_size=20).map("".join),
).map("".join)


def _result(uri: str, evidence: str, context: str) -> DocumentResult:
    f = Finding(rule="r-1", trait=Trait.RACE_ETHNICITY, evidence=evidence, context=context,
                location=Locator(line=2, column=3, end_line=2, end_column=9, offset=5, length=len(evidence)),
                fingerprint="ab" * 16)
    return DocumentResult(uri=uri, media_type="text/html", findings=(f,))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[str] = []
        self._mark = False

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._mark = True
            self.marks.append("")

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag == "mark":
            self._mark = False

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._mark:
            self.marks[-1] += data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(uri=uris, evidence=hostile.filter(lambda s: s.strip() != ""), before=hostile, after=hostile)
def test_html_text_never_becomes_markup(uri: str, evidence: str, before: str, after: str) -> None:
    buf = io.StringIO()
    formatters.get("html")().write([_result(uri, evidence, before + evidence + after)], buf, ReportMeta())
    p = _Tags()
    p.feed(buf.getvalue())
    p.close()
    names = [t for t, _ in p.tags]
    assert names.count("script") == 1 and names.count("style") == 1
    assert "img" not in names and "iframe" not in names
    for _tag, attrs in p.tags:
        assert not any(a.startswith("on") for a in attrs)
    assert len(p.marks) == 1
    assert p.marks[0] == evidence


@settings(max_examples=60, deadline=None)
@given(uri=uris, evidence=hostile, context=hostile)
def test_csv_reads_back(uri: str, evidence: str, context: str) -> None:
    buf = io.StringIO(newline="")
    formatters.get("csv")().write([_result(uri, evidence, context)], buf, ReportMeta())
    (row,) = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert list(row) == list(COLUMNS)
    for column, value in (("uri", uri), ("evidence", evidence), ("context", context)):
        got = row[column]
        if value.startswith(("=", "+", "-", "@", "\t", "\r")):
            assert got == "'" + value
        else:
            assert got == value


@settings(max_examples=40, deadline=None)
@given(uri=uris, evidence=hostile, context=hostile)
def test_sarif_always_valid(uri: str, evidence: str, context: str) -> None:
    buf = io.StringIO()
    formatters.get("sarif")().write([_result(uri, evidence, context)], buf, ReportMeta(tool_version="0.1.0"))
    log = json.loads(buf.getvalue())
    assert not list(VALIDATOR.iter_errors(log))
    art = log["runs"][0]["artifacts"][0]["location"]["uri"]
    assert URI_REFERENCE.match(art), art  # RFC 3986 characters and well-formed escapes only
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region.get("snippet", {}).get("text", "") == evidence
