"""Finding identity, decided once.

A fingerprint is the first 32 hex digits of sha256 over, joined by NUL:
``rule id``, ``trait``, ``normalized evidence`` (NFKC, case-folded, whitespace collapsed),
``document uri`` and the ``occurrence index`` of that same (rule, trait, evidence) in the
document. Line, column and offset are deliberately left out so a finding keeps its identity
when text is inserted above it (detect-secrets does the same); the occurrence index tells
repeats in one document apart. The watcher's appeared/removed events, the baseline file, SARIF
``partialFingerprints`` and the store all use this one function. Changing it changes every
stored identity: bump ``FINGERPRINT_VERSION`` and add a baseline upgrade step.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from dataclasses import replace

from redline.model import Finding

FINGERPRINT_VERSION = 1


def normalize_evidence(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def fingerprint(rule: str, trait: str, evidence: str, uri: str, occurrence: int = 0) -> str:
    raw = "\x00".join((rule, trait, normalize_evidence(evidence), uri, str(occurrence)))
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def assign(findings: tuple[Finding, ...] | list[Finding], uri: str) -> tuple[Finding, ...]:
    """Give each finding its fingerprint, numbering repeats in document order."""
    seen: Counter[tuple[str, str, str]] = Counter()
    out = []
    for f in sorted(findings, key=Finding.sort_key):
        key = (f.rule, f.trait.value, normalize_evidence(f.evidence))
        n = seen[key]
        seen[key] += 1
        out.append(replace(f, fingerprint=fingerprint(f.rule, f.trait.value, f.evidence, uri, n)))
    return tuple(out)
