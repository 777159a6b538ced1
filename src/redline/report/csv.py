"""CSV report: one row per finding, stable columns, streamed.

Columns (``COLUMNS``, in this order; a contract like the JSON report's keys — add new ones at
the end): the document (uri, media type, sha256, error), its verdict, then the finding (rule,
trait, groups, modality, stance, severity, confidence, evidence, context, location fields,
fingerprint, suppressed). Lists (traits, groups) are joined with ``;``.

Choice: a document *without* findings still gets one row, with the finding columns empty, so
the CSV lists every scanned document (clean ones and failed ones with their ``error``) and a
spreadsheet can count them; filter on an empty ``rule`` column to drop them.

Spreadsheet formula injection (decided 2026-11-26): a text cell starting with ``=``, ``+``,
``-``, ``@``, tab or carriage return is a formula to Excel/LibreOffice, and evidence is text
chosen by whoever wrote the scanned page. Such cells get a leading ``'`` (OWASP's advice), in
this format only; the JSON/JSONL/SARIF reports keep evidence byte-exact.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from redline.model import DocumentResult, Finding
from redline.report.base import Formatter, ReportMeta, formatters

COLUMNS = (
    "uri", "media_type", "sha256", "error",
    "verdict_stance", "verdict_severity", "verdict_confidence", "verdict_traits", "verdict_groups",
    "rule", "trait", "groups", "modality", "stance", "severity", "confidence",
    "evidence", "context",
    "line", "column", "end_line", "end_column", "offset", "length", "pointer", "page",
    "fingerprint", "suppressed",
)

_TEXT_COLUMNS = frozenset({"uri", "error", "evidence", "context", "pointer", "rule"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    text = str(value)
    if column in _TEXT_COLUMNS and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def document_fields(r: DocumentResult) -> dict[str, Any]:
    v = r.verdict
    return {
        "uri": r.uri,
        "media_type": r.media_type,
        "sha256": r.sha256,
        "error": r.error,
        "verdict_stance": v.stance.value,
        "verdict_severity": v.severity.value,
        "verdict_confidence": round(v.confidence, 3),
        "verdict_traits": ";".join(t.value for t in v.traits),
        "verdict_groups": ";".join(v.groups),
    }


def finding_fields(f: Finding) -> dict[str, Any]:
    loc = f.location
    return {
        "rule": f.rule,
        "trait": f.trait.value,
        "groups": ";".join(f.groups),
        "modality": f.modality.value if f.modality else None,
        "stance": f.stance.value,
        "severity": f.severity.value,
        "confidence": round(f.confidence, 3),
        "evidence": f.evidence,
        "context": f.context,
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
        "offset": loc.offset,
        "length": loc.length,
        "pointer": loc.pointer,
        "page": loc.page,
        "fingerprint": f.fingerprint,
        "suppressed": f.suppressed,
    }


@formatters.register("csv")
class CsvFormatter(Formatter):
    name = "csv"
    media_type = "text/csv"

    def write(self, results: Iterable[DocumentResult], stream: TextIO, meta: ReportMeta) -> None:
        writer = csv.writer(stream)  # RFC 4180: CRLF line ends, quotes where needed
        writer.writerow(COLUMNS)
        for r in results:
            doc = document_fields(r)
            rows = [doc | finding_fields(f) for f in r.findings] or [doc]
            for row in rows:
                writer.writerow([_cell(c, row.get(c)) for c in COLUMNS])
