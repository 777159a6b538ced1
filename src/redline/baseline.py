"""The baseline file: findings a team has triaged and accepted, by fingerprint.

``redline scan --write-baseline FILE`` records every finding of a scan; a later
``redline scan --baseline FILE`` marks findings whose fingerprint is listed as
``suppressed="baseline"``. Suppressed findings are *marked, never dropped*: every report still
carries them (SARIF as ``suppressions`` of kind ``external``), they just no longer count for
``--fail-on``. Fingerprints leave out line, column and offset (``redline.fingerprint``), so a
baseline keeps matching when text is inserted above a finding.

File format (version 1), UTF-8 JSON, written sorted and without timestamps so it diffs well::

    {"version": 1,
     "generated_by": "redline 0.1.0",
     "fingerprint_version": 1,
     "findings": [{"fingerprint": "...", "rule": "...", "trait": "race_ethnicity",
                   "uri": "docs/page.html", "evidence": "...", "severity": "high",
                   "line": 12}]}

Only ``fingerprint`` decides a match; the other fields are there for the people reviewing the
file (``line`` is informational and may go stale).

Versions: ``UPGRADES`` maps a version to the function that lifts a document of that version to
the next one; ``load_baseline`` applies them in order, so old files are migrated, not rejected
(detect-secrets' ``core/upgrades``). Version 0 is the pre-release shape (a bare list of
fingerprint strings, or ``{"fingerprints": [...]}``). A file newer than this redline is refused
with a clear error. A change of ``fingerprint.FINGERPRINT_VERSION`` needs a new upgrade step.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from redline import __version__
from redline.errors import ConfigError
from redline.fingerprint import FINGERPRINT_VERSION
from redline.model import DocumentResult, Finding

logger = logging.getLogger(__name__)

BASELINE_VERSION = 1

SUPPRESSED_BY_BASELINE = "baseline"


def _upgrade_v0(doc: Any) -> dict[str, Any]:
    """v0 -> v1: the pre-release shape held only fingerprints."""
    if isinstance(doc, dict):
        fingerprints = doc.get("fingerprints", [])
    else:
        fingerprints = doc
    if not isinstance(fingerprints, list) or not all(isinstance(f, str) for f in fingerprints):
        raise ValueError("version 0 baseline must be a list of fingerprint strings")
    return {
        "version": 1,
        "generated_by": "redline (upgraded from version 0)",
        "fingerprint_version": 1,
        "findings": [{"fingerprint": f} for f in fingerprints],
    }


# version -> function lifting a document of that version to version + 1; applied in order.
UPGRADES: dict[int, Callable[[Any], dict[str, Any]]] = {
    0: _upgrade_v0,
}


def upgrade(doc: Any) -> dict[str, Any]:
    """Bring a parsed baseline document of any known version to ``BASELINE_VERSION``."""
    version = doc.get("version", 0) if isinstance(doc, dict) else 0
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ValueError(f"baseline version must be a non-negative integer, not {version!r}")
    if version > BASELINE_VERSION:
        raise ValueError(
            f"baseline version {version} is newer than this redline understands "
            f"({BASELINE_VERSION}); upgrade redline"
        )
    while version < BASELINE_VERSION:
        doc = UPGRADES[version](doc)
        new_version = doc["version"]
        if new_version != version + 1:  # a broken upgrade step is a bug, not bad input
            raise AssertionError(f"baseline upgrade from {version} produced version {new_version}")
        version = new_version
    return doc


@dataclass(frozen=True, slots=True, kw_only=True)
class BaselineEntry:
    fingerprint: str
    rule: str = ""
    trait: str = ""
    uri: str = ""
    evidence: str = ""
    severity: str = ""
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"fingerprint": self.fingerprint}
        for key in ("rule", "trait", "uri", "evidence", "severity"):
            value = getattr(self, key)
            if value:
                out[key] = value
        if self.line is not None:
            out["line"] = self.line
        return out

    @classmethod
    def from_finding(cls, finding: Finding, uri: str) -> BaselineEntry:
        return cls(fingerprint=finding.fingerprint, rule=finding.rule, trait=finding.trait.value,
                   uri=uri, evidence=finding.evidence, severity=finding.severity.value,
                   line=finding.location.line)

    def sort_key(self) -> tuple[str, str, str]:
        return (self.uri, self.rule, self.fingerprint)


@dataclass(frozen=True, slots=True, kw_only=True)
class Baseline:
    """A loaded baseline: which fingerprints are accepted."""

    entries: tuple[BaselineEntry, ...] = ()
    generated_by: str = ""
    source: str = ""

    @property
    def fingerprints(self) -> frozenset[str]:
        return frozenset(e.fingerprint for e in self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, fingerprint: object) -> bool:
        return fingerprint in self.fingerprints

    def apply(self, result: DocumentResult) -> DocumentResult:
        """Mark findings listed in the baseline as suppressed; never drop one.

        A finding already suppressed inline keeps that reason (the marker in the source is the
        more specific one).
        """
        if not result.findings or not self.entries:
            return result
        known = self.fingerprints
        changed = False
        findings = []
        for f in result.findings:
            if f.suppressed is None and f.fingerprint and f.fingerprint in known:
                f = replace(f, suppressed=SUPPRESSED_BY_BASELINE)
                changed = True
            findings.append(f)
        return replace(result, findings=tuple(findings)) if changed else result

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": BASELINE_VERSION,
            "generated_by": self.generated_by or f"redline {__version__}",
            "fingerprint_version": FINGERPRINT_VERSION,
            "findings": [e.to_dict() for e in sorted(self.entries, key=BaselineEntry.sort_key)],
        }


def baseline_from_results(results: Iterable[DocumentResult]) -> Baseline:
    """Every finding of ``results`` (suppressed ones included), one entry per fingerprint."""
    entries: dict[str, BaselineEntry] = {}
    for r in results:
        for f in r.findings:
            if not f.fingerprint:
                logger.debug("%s: finding of rule %s has no fingerprint; not baselined", r.uri, f.rule)
                continue
            entries.setdefault(f.fingerprint, BaselineEntry.from_finding(f, r.uri))
    return Baseline(entries=tuple(sorted(entries.values(), key=BaselineEntry.sort_key)),
                    generated_by=f"redline {__version__}")


def parse_baseline(doc: Any, source: str = "") -> Baseline:
    """A ``Baseline`` from a parsed JSON document of any known version."""
    where = f"{source}: " if source else ""
    try:
        doc = upgrade(doc)
    except ValueError as exc:
        raise ConfigError(f"{where}invalid baseline: {exc}") from None
    fp_version = doc.get("fingerprint_version", FINGERPRINT_VERSION)
    if fp_version != FINGERPRINT_VERSION:
        # Fingerprints cannot be recomputed from the file (the occurrence index is not stored),
        # so a baseline from another fingerprint scheme would silently match nothing.
        raise ConfigError(
            f"{where}baseline fingerprints use fingerprint version {fp_version!r}, this redline "
            f"computes version {FINGERPRINT_VERSION}; write a new baseline with --write-baseline"
        )
    raw = doc.get("findings")
    if not isinstance(raw, list):
        raise ConfigError(f'{where}invalid baseline: "findings" must be a list')
    entries = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str) or not item["fingerprint"]:
            raise ConfigError(f"{where}invalid baseline: findings[{i}] has no fingerprint string")
        line = item.get("line")
        entries.append(BaselineEntry(
            fingerprint=item["fingerprint"],
            rule=str(item.get("rule", "")),
            trait=str(item.get("trait", "")),
            uri=str(item.get("uri", "")),
            evidence=str(item.get("evidence", "")),
            severity=str(item.get("severity", "")),
            line=line if isinstance(line, int) and not isinstance(line, bool) else None,
        ))
    return Baseline(entries=tuple(entries), generated_by=str(doc.get("generated_by", "")), source=source)


def load_baseline(path: str | os.PathLike[str]) -> Baseline:
    """Read a baseline file; a missing or malformed file is a configuration error (exit 5)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"baseline file {p} does not exist (create one with --write-baseline {p})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read baseline file {p}: {exc}") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"baseline file {p} is not valid JSON: {exc}") from None
    baseline = parse_baseline(doc, str(p))
    logger.info("loaded baseline %s: %d fingerprints", p, len(baseline))
    return baseline


def write_baseline(results: Iterable[DocumentResult], path: str | os.PathLike[str]) -> Baseline:
    """Write the fingerprints of every finding in ``results`` to ``path`` (atomically)."""
    baseline = baseline_from_results(results)
    from redline.outfile import text_output

    p = Path(path)
    try:
        with text_output(p, newline="\n") as fh:
            json.dump(baseline.to_dict(), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    except OSError as exc:
        raise ConfigError(f"cannot write baseline file {p}: {exc.strerror or exc}") from None
    logger.info("wrote baseline %s: %d fingerprints", p, len(baseline))
    return baseline


__all__ = [
    "BASELINE_VERSION",
    "UPGRADES",
    "Baseline",
    "BaselineEntry",
    "baseline_from_results",
    "load_baseline",
    "parse_baseline",
    "upgrade",
    "write_baseline",
]
