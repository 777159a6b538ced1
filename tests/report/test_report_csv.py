"""CSV report: stable columns, one row per finding, clean documents kept, formulas defused."""

from __future__ import annotations

import csv
import io

from redline.report import formatters
from redline.report.csv import COLUMNS


def _rows(results, meta) -> list[dict[str, str]]:
    buf = io.StringIO(newline="")
    formatters.get("csv")().write(iter(results), buf, meta)
    text = buf.getvalue()
    assert text.startswith(",".join(COLUMNS) + "\r\n")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_columns_are_stable() -> None:
    # Appending is fine; reordering or renaming breaks every spreadsheet built on the report.
    assert COLUMNS[:10] == ("uri", "media_type", "sha256", "error", "verdict_stance", "verdict_severity",
                            "verdict_confidence", "verdict_traits", "verdict_groups", "rule")
    assert len(COLUMNS) == len(set(COLUMNS))


def test_one_row_per_finding_and_per_clean_document(sample_results, meta) -> None:
    rows = _rows(sample_results, meta)
    expected = sum(max(1, len(r.findings)) for r in sample_results)
    assert len(rows) == expected
    clean = [r for r in rows if r["uri"] == "docs/clean.txt"]
    assert len(clean) == 1 and clean[0]["rule"] == "" and clean[0]["verdict_stance"] == "none"
    broken = [r for r in rows if r["uri"] == "docs/broken.pdf"]
    assert broken[0]["error"] == "docs/broken.pdf: truncated PDF (no xref table)"


def test_finding_fields(sample_results, meta) -> None:
    rows = _rows(sample_results, meta)
    row = next(r for r in rows if r["fingerprint"] == "0123456789abcdef0123456789abcdef")
    f = sample_results[0].findings[0]
    assert row["evidence"] == f.evidence
    assert row["groups"] == "uyghur" and row["modality"] == "face" and row["severity"] == "critical"
    assert (row["line"], row["column"], row["offset"], row["length"]) == (
        "3", str(f.location.column), "120", str(f.location.length))
    assert row["confidence"] == "0.930"
    assert row["suppressed"] == ""
    sup = {r["fingerprint"]: r["suppressed"] for r in rows if r["suppressed"]}
    assert sup == {"11111111111111111111111111111111": "inline", "22222222222222222222222222222222": "baseline"}
    ptr = next(r for r in rows if r["fingerprint"] == "33333333333333333333333333333333")
    assert ptr["pointer"] == "/components/schemas/Face/properties/race" and ptr["line"] == ""


def test_formula_cells_are_defused_other_text_exact(sample_results, meta) -> None:
    rows = _rows(sample_results, meta)
    formula = next(r for r in rows if r["fingerprint"] == "66666666666666666666666666666666")
    assert formula["evidence"].startswith("'=HYPERLINK(")
    assert formula["evidence"][1:] == sample_results[5].findings[1].evidence
    hostile = next(r for r in rows if r["fingerprint"] == "55555555555555555555555555555555")
    assert hostile["evidence"] == sample_results[5].findings[0].evidence  # not a formula: untouched
    assert hostile["uri"] == sample_results[5].uri


def test_multiline_evidence_round_trips(meta) -> None:
    from redline.model import DocumentResult, Finding, Trait

    f = Finding(rule="r", trait=Trait.RACE_ETHNICITY, evidence='line one,\n"two"', context="c")
    rows = _rows([DocumentResult(uri="a.txt", findings=(f,))], meta)
    assert rows[0]["evidence"] == 'line one,\n"two"'


def test_streams_lazily(meta) -> None:
    from redline.model import DocumentResult

    buf = io.StringIO()
    seen: list[int] = []

    def gen():
        yield DocumentResult(uri="first.txt")
        seen.append(buf.getvalue().count("\n"))
        yield DocumentResult(uri="second.txt")

    formatters.get("csv")().write(gen(), buf, meta)
    assert seen == [2]  # header and the first row were written before the second result existed
