"""JSON report (the contract in shared/design.md) and its reader.

``to_json`` / ``from_json`` are the one place the wire format is written and read. Output is
reproducible: keys in a fixed order, documents ordered by uri (then WARC record id), findings
by (page, offset, rule, evidence), and no timestamps.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

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
from redline.report.base import Formatter, ReportMeta, formatters, result_sort_key, summarize

REPORT_VERSION = 1


def verdict_to_dict(v: Verdict) -> dict[str, Any]:
    return {
        "stance": v.stance.value,
        "traits": [t.value for t in v.traits],
        "groups": list(v.groups),
        "severity": v.severity.value,
        "confidence": round(v.confidence, 3),
    }


def finding_to_dict(f: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rule": f.rule,
        "trait": f.trait.value,
        "groups": list(f.groups),
        "modality": f.modality.value if f.modality else None,
        "stance": f.stance.value,
        "severity": f.severity.value,
        "confidence": round(f.confidence, 3),
        "evidence": f.evidence,
        "context": f.context,
        "location": f.location.to_dict(),
        "fingerprint": f.fingerprint,
    }
    if f.message:
        out["message"] = f.message
    if f.suppressed:
        out["suppressed"] = f.suppressed
    return out


def result_to_dict(r: DocumentResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "uri": r.uri,
        "media_type": r.media_type,
        "sha256": r.sha256,
        "size": r.size,
        "error": r.error,
        "verdict": verdict_to_dict(r.verdict),
        "findings": [finding_to_dict(f) for f in r.findings],
    }
    if r.error_kind and r.error:
        out["error_kind"] = r.error_kind
    if r.record_id:
        out["record_id"] = r.record_id
    return out


def to_json(results: Iterable[DocumentResult], meta: ReportMeta | None = None) -> dict[str, Any]:
    ordered = sorted(results, key=result_sort_key)
    summary = summarize(ordered)
    if meta is not None and meta.rule_packs:
        summary["rule_packs"] = {k: v for k, v in meta.rule_packs}
    return {"version": REPORT_VERSION, "documents": [result_to_dict(r) for r in ordered], "summary": summary}


def _locator(d: dict[str, Any] | None) -> Locator:
    d = d or {}
    return Locator(**{k: d.get(k) for k in Locator.__slots__ if k in d})  # type: ignore[attr-defined]


def finding_from_dict(d: dict[str, Any]) -> Finding:
    return Finding(
        rule=d["rule"],
        trait=Trait(d["trait"]),
        groups=tuple(d.get("groups") or ()),
        modality=Modality(d["modality"]) if d.get("modality") else None,
        stance=Stance(d.get("stance", "capability")),
        severity=Severity(d.get("severity", "medium")),
        confidence=float(d.get("confidence", 0.5)),
        evidence=d.get("evidence", ""),
        context=d.get("context", ""),
        location=_locator(d.get("location")),
        fingerprint=d.get("fingerprint", ""),
        suppressed=d.get("suppressed"),
        message=d.get("message", ""),
    )


def result_from_dict(d: dict[str, Any]) -> DocumentResult:
    v = d.get("verdict") or {}
    return DocumentResult(
        uri=d["uri"],
        media_type=d.get("media_type", "application/octet-stream"),
        sha256=d.get("sha256", ""),
        size=int(d.get("size", 0)),
        error=d.get("error"),
        error_kind=d.get("error_kind"),
        verdict=Verdict(
            stance=Stance(v.get("stance", "none")),
            traits=tuple(Trait(t) for t in v.get("traits", ())),
            groups=tuple(v.get("groups", ())),
            severity=Severity(v.get("severity", "info")),
            confidence=float(v.get("confidence", 0.0)),
        ),
        findings=tuple(finding_from_dict(f) for f in d.get("findings", ())),
        record_id=d.get("record_id"),
    )


def from_json(doc: dict[str, Any]) -> list[DocumentResult]:
    version = doc.get("version")
    if version != REPORT_VERSION:
        raise ValueError(f"unsupported report version {version!r} (this redline reads {REPORT_VERSION})")
    return [result_from_dict(d) for d in doc.get("documents", ())]


@formatters.register("json")
class JsonFormatter(Formatter):
    name = "json"
    media_type = "application/json"

    def write(self, results: Iterable[DocumentResult], stream: TextIO, meta: ReportMeta) -> None:
        json.dump(to_json(results, meta), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
