"""Every report format is registered and copes with an empty scan and with every sample shape."""

from __future__ import annotations

import io

import pytest

from redline.report import ReportMeta, formatters

FORMATS = ["csv", "html", "json", "jsonl", "sarif", "table"]


def test_all_formats_registered() -> None:
    assert set(FORMATS) <= set(formatters.names())
    for name in FORMATS:
        cls = formatters.get(name)
        assert cls.name == name and "/" in cls.media_type


@pytest.mark.parametrize("name", FORMATS)
def test_empty_scan(name: str) -> None:
    buf = io.StringIO()
    formatters.get(name)().write(iter([]), buf, ReportMeta())
    assert buf.getvalue().strip()


@pytest.mark.parametrize("name", FORMATS)
def test_single_pass_over_results(name: str, sample_results, meta) -> None:
    # The CLI hands formatters a generator: a formatter may read it only once.
    buf = io.StringIO()
    formatters.get(name)().write((r for r in sample_results), buf, meta)
    out = buf.getvalue()
    assert "site/products/ev-3.html" in out
