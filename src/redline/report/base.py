"""The Formatter protocol and registry.

A formatter declares ``name`` and ``media_type`` and implements
``write(results, stream, meta)``; ``results`` is an iterable of ``DocumentResult`` that may be
consumed lazily (JSONL streams; JSON sorts first). Register with
``@formatters.register("name")``; the CLI's ``--format`` choices come from this registry.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar, TextIO

from redline.model import DocumentResult, Severity
from redline.registry import Registry


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportMeta:
    """What a report says about the run itself (no timestamps: reports are reproducible)."""

    tool_version: str = ""
    rule_packs: tuple[tuple[str, str], ...] = ()  # (pack id, version)
    rules: tuple[tuple[str, str, str], ...] = ()  # (rule id, severity, description) for SARIF
    min_severity: Severity | None = None
    extra_summary: tuple[tuple[str, int], ...] = field(default_factory=tuple)


class Formatter:
    name: ClassVar[str] = ""
    media_type: ClassVar[str] = "text/plain"

    def write(self, results: Iterable[DocumentResult], stream: TextIO, meta: ReportMeta) -> None:
        raise NotImplementedError


formatters: Registry[type[Formatter]] = Registry("report format")


def result_sort_key(r: DocumentResult) -> tuple[str, str]:
    return (r.uri, r.record_id or "")


def summarize(results: Iterable[DocumentResult]) -> dict[str, object]:
    """The report ``summary``: counts by stance, severity, error kind; merged stats."""
    docs = errors = with_findings = 0
    stances: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    suppressed = 0
    error_kinds: Counter[str] = Counter()
    stats: Counter[str] = Counter()
    for r in results:
        docs += 1
        stats.update(dict(r.stats))
        if r.error:
            errors += 1
            error_kinds[r.error_kind or "error"] += 1
        stances[r.verdict.stance.value] += 1
        active = 0
        for f in r.findings:
            if f.suppressed:
                suppressed += 1
            else:
                active += 1
                severities[f.severity.value] += 1
        with_findings += active > 0
    return {
        "documents": docs,
        "documents_with_findings": with_findings,
        "errors": errors,
        "error_kinds": dict(sorted(error_kinds.items())),
        "stances": {s: stances[s] for s in ("capability", "reporting", "disclaimer", "none")},
        "findings": {s.value: severities[s.value] for s in Severity},
        "suppressed": suppressed,
        "stats": {k: v for k, v in sorted(stats.items()) if not k.startswith("time_ms")},
    }
