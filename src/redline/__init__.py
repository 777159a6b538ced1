"""redline: find, preserve and track evidence that products infer protected traits from bodies.

Public API (everything else may change):

    scan, scan_document, load_rules, Limits, Document, DocumentResult, Finding, Verdict, ...
"""

from __future__ import annotations

__version__ = "0.1.0"

from redline.limits import Limits
from redline.model import (
    Document,
    DocumentResult,
    Finding,
    Locator,
    Modality,
    Segment,
    SegmentKind,
    Severity,
    Stance,
    Trait,
    Verdict,
)
from redline.pipeline import scan, scan_document
from redline.rules import load_rules

__all__ = [
    "Document",
    "DocumentResult",
    "Finding",
    "Limits",
    "Locator",
    "Modality",
    "Segment",
    "SegmentKind",
    "Severity",
    "Stance",
    "Trait",
    "Verdict",
    "__version__",
    "load_rules",
    "scan",
    "scan_document",
]
