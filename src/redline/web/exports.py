"""Exports: stored findings as the same reports ``redline scan`` writes (CSV, JSON, HTML).

Findings of the store are grouped by page URL into ``DocumentResult``s and written by the
registered formatters of ``redline.report``, so an export reads exactly like a scan report.
A finding dismissed in review is exported as suppressed by the baseline (listed, not counted),
as ``redline scan --baseline`` would show it. Each document's verdict is derived from its
exported findings (strongest stance, highest severity, union of traits and groups).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from redline import __version__
from redline.model import (
    DocumentResult,
    Finding,
    Locator,
    Modality,
    Severity,
    Stance,
    Trait,
    Verdict,
)
from redline.report.base import ReportMeta, formatters
from redline.web.schemas import FindingOut

STANCE_ORDER = (Stance.CAPABILITY, Stance.REPORTING, Stance.DISCLAIMER, Stance.NONE)
REPORT_FORMATS = ("csv", "json", "html")


def _enum(cls: Any, value: str | None, default: Any = None) -> Any:
    try:
        return cls(value) if value is not None else default
    except ValueError:
        return default


def _locator(loc: Mapping[str, Any]) -> Locator:
    fields = ("line", "column", "end_line", "end_column", "offset", "length", "pointer", "page",
              "record_id", "record_offset")
    return Locator(**{k: loc[k] for k in fields if k in loc})


def to_results(findings: Sequence[FindingOut], locations: Mapping[int, Mapping[str, Any]] | None = None,
               dismissed: Iterable[str] = ()) -> list[DocumentResult]:
    dismissed = set(dismissed)
    by_url: dict[str, list[Finding]] = {}
    for f in findings:
        loc = (locations or {}).get(f.id) or {}
        by_url.setdefault(f.url, []).append(Finding(
            rule=f.rule, trait=_enum(Trait, f.trait, Trait.RACE_ETHNICITY), groups=tuple(f.groups),
            modality=_enum(Modality, f.modality), stance=_enum(Stance, f.stance, Stance.CAPABILITY),
            severity=_enum(Severity, f.severity, Severity.MEDIUM), confidence=f.confidence,
            evidence=f.evidence, context=f.context, location=_locator(loc), fingerprint=f.fingerprint,
            suppressed="baseline" if f.fingerprint in dismissed else None,
        ))
    out = []
    for url, fs in sorted(by_url.items()):
        active = [f for f in fs if f.suppressed is None]
        if active:
            stance = min((f.stance for f in active), key=STANCE_ORDER.index)
            sev = max((f.severity for f in active), key=lambda s: s.rank)
            verdict = Verdict(stance=stance, traits=tuple(sorted({f.trait for f in active})),
                              groups=tuple(sorted({g for f in active for g in f.groups})),
                              severity=sev, confidence=max(f.confidence for f in active))
        else:
            verdict = Verdict()
        out.append(DocumentResult(uri=url, media_type="text/html", verdict=verdict,
                                  findings=tuple(sorted(fs, key=Finding.sort_key))))
    return out


def render_report(results: Iterable[DocumentResult], fmt: str) -> tuple[str, str]:
    """(text, media type) of ``results`` in a registered report format."""
    cls = formatters.get(fmt)
    buf = io.StringIO()
    cls().write(results, buf, ReportMeta(tool_version=__version__))
    return buf.getvalue(), cls.media_type


def report_csp(html: str) -> str:
    """The CSP the HTML report declares for itself (hash-allowed script and style only)."""
    import re

    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    base = m.group(1) if m else "default-src 'none'"
    return base.replace("&#39;", "'").replace("&quot;", '"')


__all__ = ["REPORT_FORMATS", "render_report", "report_csp", "to_results"]
