"""Terminal table: grouped by document, severity colours on terminals, nothing cut off in pipes."""

from __future__ import annotations

import io
import re

from report_samples import LONG_EVIDENCE
from rich.console import Console

from redline.report import formatters
from redline.report.table import TableFormatter, context_window, location_text

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _plain(results, meta) -> str:
    buf = io.StringIO()
    formatters.get("table")().write(iter(results), buf, meta)
    return buf.getvalue()


def test_grouped_by_document_with_verdict(sample_results, meta) -> None:
    out = _plain(sample_results, meta)
    assert not ANSI.search(out), "no colour codes when the output is not a terminal"
    page = out.index("site/products/ev-3.html")
    nxt = out.index("api/openapi with space.json")
    block = out[page:nxt] if page < nxt else out[page:]
    assert "verdict: capability  critical  confidence 0.93" in block
    assert "CRITICAL" in block and "race_ethnicity [uyghur] via face" in block
    assert ">>Uyghur ethnicity detection from faces<<" in block
    assert "named-group-targeting" in block
    f = sample_results[0].findings[0]
    assert f"{f.location.line}:{f.location.column}" in block
    assert "docs/clean.txt" not in out  # clean documents only counted


def test_suppressed_marked_and_errors_listed(sample_results, meta) -> None:
    out = _plain(sample_results, meta)
    assert "[suppressed: inline]" in out and "[suppressed: baseline]" in out
    assert "1 document(s) could not be scanned:" in out
    assert "ERROR docs/broken.pdf (extraction): docs/broken.pdf: truncated PDF (no xref table)" in out
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("7 document(s) scanned, 5 with findings; 6 finding(s) (2 critical, 2 high, 1 low, 1 info)")
    assert "2 suppressed" in summary and "1 error(s)" in summary


def test_long_evidence_not_truncated_or_wrapped(sample_results, meta) -> None:
    out = _plain(sample_results, meta)
    # One line holds the whole evidence, although it is far wider than the 80 columns rich
    # assumes for a non-terminal.
    assert any(LONG_EVIDENCE in line for line in out.splitlines())
    assert len(LONG_EVIDENCE) > 200


def test_hostile_markup_is_printed_not_interpreted(sample_results, meta) -> None:
    out = _plain(sample_results, meta)
    assert "<img src=x onerror=alert(1)>ethnicity detection" in out
    assert 'evil"><script>alert(1)</script>.html' in out


def test_colours_on_a_terminal(sample_results, meta) -> None:
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, color_system="truecolor", width=120, soft_wrap=True)
    TableFormatter(console=console).write(iter(sample_results), buf, meta)
    out = buf.getvalue()
    assert ANSI.search(out)
    assert "Uyghur ethnicity detection from faces" in ANSI.sub("", out)


def test_location_text() -> None:
    from redline.model import Locator

    assert location_text(Locator(line=3, column=5, end_line=3, end_column=9)) == "3:5"
    assert location_text(Locator(line=3, column=5, end_line=4, end_column=2)) == "3:5-4:2"
    assert location_text(Locator(pointer="/a/b")) == "/a/b"
    assert location_text(Locator(page=2, line=7, column=1)) == "p.2 7:1"
    assert location_text(Locator(offset=99)) == "@99"
    assert location_text(Locator()) == "-"


def test_context_window() -> None:
    assert context_window("aa EVID bb", "EVID") == ("aa ", "EVID", " bb")
    assert context_window("x [ ] Asian or\nBlack y", "Asian or Black") == ("x [ ] ", "Asian or\nBlack", " y")
    assert context_window("unrelated", "EVID") == ("", "EVID", "")
    before, ev, after = context_window("a" * 500 + "EVID" + "b" * 500, "EVID", width=40)
    assert ev == "EVID" and before.startswith("…") and after.endswith("…") and len(before) <= 19
