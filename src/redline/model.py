"""Core value types of the one pipeline.

Everything that flows through ``pipeline.scan_document`` is a frozen, slotted dataclass with
tuple collections, so results can be hashed, cached and shipped to Dask workers unchanged.
Categorical fields are ``StrEnum``s whose values are the ids of the JSON report contract
(``shared/design.md``).

Offsets: for text documents ``Locator.offset``/``length`` count *characters* of the decoded
document text (``DocumentResult`` never rewrites it, so ``text[offset:offset+length] ==
evidence``); for binary documents (strings pulled from executables, firmware, model files)
they count *bytes* of the raw document.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from enum import StrEnum


class Trait(StrEnum):
    RACE_ETHNICITY = "race_ethnicity"
    RELIGION = "religion"
    POLITICAL_OPINION = "political_opinion"
    TRADE_UNION = "trade_union"
    SEXUAL_ORIENTATION = "sexual_orientation"


class Stance(StrEnum):
    CAPABILITY = "capability"
    REPORTING = "reporting"
    DISCLAIMER = "disclaimer"
    NONE = "none"


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe: critical=4 ... info=0."""
        return _SEVERITY_RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls(value.strip().lower())
        except ValueError:
            raise ValueError(
                f"unknown severity {value!r}; choose one of {', '.join(s.value for s in cls)}"
            ) from None


_SEVERITY_RANK = {
    Severity.CRITICAL: 4,
    Severity.HIGH: 3,
    Severity.MEDIUM: 2,
    Severity.LOW: 1,
    Severity.INFO: 0,
}


class Modality(StrEnum):
    FACE = "face"
    BODY = "body"
    GAIT = "gait"
    VOICE = "voice"
    IRIS = "iris"
    OTHER = "other"


class SegmentKind(StrEnum):
    PROSE = "prose"
    HEADING = "heading"
    IDENTIFIER = "identifier"
    COMMENT = "comment"
    STRING = "string"
    KEY = "key"
    ENUM_MEMBER = "enum-member"
    LABEL_LIST = "label-list"
    METADATA = "metadata"


@dataclass(frozen=True, slots=True, kw_only=True)
class Locator:
    """Where a piece of text sits in its document; every field optional.

    ``line``/``column`` are 1-based; ``offset``/``length`` see the module docstring.
    ``pointer`` is a JSON pointer (structured documents) or a symbol path (code, models);
    ``page`` a 1-based PDF page; ``record_id``/``record_offset`` the WARC record holding the
    document and its byte offset in the WARC file.
    """

    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    offset: int | None = None
    length: int | None = None
    pointer: str | None = None
    page: int | None = None
    record_id: str | None = None
    record_offset: int | None = None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "offset": self.offset,
            "length": self.length,
            "pointer": self.pointer,
        }
        if self.page is not None:
            out["page"] = self.page
        if self.record_id is not None:
            out["record_id"] = self.record_id
            out["record_offset"] = self.record_offset
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One thing to scan: a file, an archive member, a WARC response record, a fetched URL.

    ``data`` holds the bytes; ``path`` is set instead for files too big to hold (extractors
    that can stream read it). ``media_type`` is a *hint* (from a name, a header); the pipeline
    sniffs the bytes. ``record_id``/``record_offset`` are set for documents read from WARC.
    """

    uri: str
    data: bytes | None = None
    path: str | None = None
    media_type: str | None = None
    fetched_at: str | None = None
    record_id: str | None = None
    record_offset: int | None = None
    charset: str | None = None  # declared charset (HTTP header), a hint
    error: str | None = None  # set by a Source that could not read it (e.g. permission denied)
    error_kind: str | None = None

    @property
    def name(self) -> str:
        tail = self.uri.rsplit("!/", 1)[-1]
        return tail.rstrip("/").rsplit("/", 1)[-1]

    def read(self, max_bytes: int | None = None) -> bytes:
        """The document's bytes, refusing more than ``max_bytes`` (LimitExceeded)."""
        from redline.errors import LimitExceeded, map_os_errors

        if self.data is not None:
            if max_bytes is not None and len(self.data) > max_bytes:
                raise LimitExceeded("max_document_bytes", len(self.data), max_bytes)
            return self.data
        if self.path is None:
            return b""
        # Unbuffered, sized by fstat: a buffered read(max_bytes + 1) allocates max_bytes (64 MiB)
        # for every file, which cost more than reading a small header.
        with map_os_errors(self.path), open(self.path, "rb", buffering=0) as fh:
            size = os.fstat(fh.fileno()).st_size
            if max_bytes is not None and size > max_bytes:
                raise LimitExceeded("max_document_bytes", size, max_bytes)
            parts = [fh.read(size + 1)]  # st_size can be wrong (growing files, /proc): read to EOF
            total = len(parts[0])
            # a short read of a regular file is its end: no second read (a syscall per file)
            while total > size and parts[-1] and (max_bytes is None or total <= max_bytes):
                parts.append(fh.read(max(65536, size)))
                total += len(parts[-1])
        if max_bytes is not None and total > max_bytes:
            raise LimitExceeded("max_document_bytes", total, max_bytes)
        return parts[0] if len(parts) <= 2 and not parts[-1] else b"".join(parts)


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """A run of text an extractor found, with where it came from.

    When ``verbatim`` is true the text is an exact slice of the decoded document text starting
    at ``locator.offset`` (line/column of its first character in ``locator``), so positions
    inside it map back exactly (``locate``). Otherwise (HTML text nodes, PDF pages, strings
    decoded from escapes) the locator points at the element and ``locate`` returns it with the
    finding's offset inside the segment added to the pointer.
    """

    text: str
    kind: SegmentKind = SegmentKind.PROSE
    locator: Locator = field(default_factory=Locator)
    verbatim: bool = False
    # For label lists / enums / objects: a group id so rules can treat sibling segments as one
    # window (e.g. all members of one enum, all keys of one JSON object).
    group: str | None = None
    # Binary documents (executables, firmware, model files): the text was decoded from the raw
    # bytes at ``locator.offset`` in this encoding, so ``locate`` returns *byte* offsets and
    # lengths (``raw[offset:offset+length].decode(encoding) == evidence``).
    encoding: str | None = None

    def locate(self, start: int, end: int) -> Locator:
        """Locator of ``text[start:end]``."""
        loc = self.locator
        if self.encoding is not None and loc.offset is not None:
            b0 = len(self.text[:start].encode(self.encoding))
            return Locator(
                line=loc.line, column=loc.column, end_line=loc.end_line, end_column=loc.end_column,
                offset=loc.offset + b0, length=len(self.text[start:end].encode(self.encoding)),
                pointer=loc.pointer, page=loc.page, record_id=loc.record_id,
                record_offset=loc.record_offset,
            )
        if not self.verbatim or loc.offset is None:
            return Locator(
                line=loc.line,
                column=loc.column,
                end_line=loc.end_line,
                end_column=loc.end_column,
                offset=(loc.offset + start) if (loc.offset is not None and self.verbatim) else None,
                length=end - start,
                pointer=loc.pointer,
                page=loc.page,
                record_id=loc.record_id,
                record_offset=loc.record_offset,
            )
        line0 = loc.line or 1
        col0 = loc.column or 1
        before = self.text[:start]
        nl = before.count("\n")
        line = line0 + nl
        column = (start - before.rfind("\n")) if nl else col0 + start
        span = self.text[start:end]
        nl2 = span.count("\n")
        end_line = line + nl2
        end_column = (len(span) - span.rfind("\n")) if nl2 else column + len(span)
        return Locator(
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            offset=loc.offset + start,
            length=end - start,
            pointer=loc.pointer,
            page=loc.page,
            record_id=loc.record_id,
            record_offset=loc.record_offset,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    rule: str
    trait: Trait
    groups: tuple[str, ...] = ()
    modality: Modality | None = None
    stance: Stance = Stance.CAPABILITY
    severity: Severity = Severity.MEDIUM
    confidence: float = 0.5
    evidence: str = ""
    context: str = ""
    location: Locator = field(default_factory=Locator)
    # Set by the pipeline once the document uri is known (fingerprint.py), and by suppression.
    fingerprint: str = ""
    suppressed: str | None = None  # None, "inline" or "baseline"
    message: str = ""  # why the rule fired, for people

    def sort_key(self) -> tuple[int, int, str, str]:
        loc = self.location
        return (loc.page or 0, loc.offset if loc.offset is not None else -1, self.rule, self.evidence)


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    stance: Stance = Stance.NONE
    traits: tuple[Trait, ...] = ()
    groups: tuple[str, ...] = ()
    severity: Severity = Severity.INFO
    confidence: float = 0.0
    modalities: tuple[Modality, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentResult:
    uri: str
    media_type: str = "application/octet-stream"
    sha256: str = ""
    size: int = 0
    error: str | None = None
    error_kind: str | None = None
    verdict: Verdict = field(default_factory=Verdict)
    findings: tuple[Finding, ...] = ()
    record_id: str | None = None
    stats: tuple[tuple[str, int], ...] = ()  # named counters for this document (merged by scan)

    @property
    def active_findings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.suppressed is None)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
