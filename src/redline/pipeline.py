"""The pure core every entry point runs: Document -> extract -> match -> rules -> Verdict.

``scan_document(doc, ruleset, limits)`` scans one document and never raises for bad input:
a ``DocumentError`` becomes ``DocumentResult.error``. ``scan_tree`` also opens containers
(archives, WARC files) found by sniffing and yields one result per member. ``scan`` runs
``scan_tree`` over a stream of documents, in this process or in ``jobs`` worker processes,
and keeps the input order.

Fast path: most documents contain no trigger term, so the ruleset's raw-byte prefilter (one
automaton over anchor terms in UTF-8, UTF-16 and GB18030 byte forms) runs before any parsing;
a document without a hit costs little more than reading it. Formats whose raw bytes do not
hold their text (PDF streams, DOCX zips) are extracted first and filtered on their text.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from redline import fingerprint as fp
from redline.errors import DocumentError, InternalError, LimitExceeded, UnsupportedMediaType
from redline.extract import Extractor, extractor_for, run_extractor
from redline.limits import Limits
from redline.model import Document, DocumentResult, Finding, Segment, Stance, Verdict, sha256_hex
from redline.sniff import sniff
from redline.sources import containers
from redline.text.decode import decode_bytes

if TYPE_CHECKING:
    from pathlib import Path

logger = logging.getLogger(__name__)

IGNORE_MARKER = "redline:ignore"
SKIPPED_MEDIA_PREFIXES = ("image/", "audio/", "video/", "font/")


class RuleSet(Protocol):
    """What the pipeline needs of a compiled rule set (``redline.rules.CompiledRuleSet``)."""

    def prefilter(self, data: bytes) -> bool: ...

    def prefilter_text(self, text: str) -> bool: ...

    def evaluate(
        self, segments: Sequence[Segment], source: str | Callable[[], str] | None = None
    ) -> tuple[tuple[Finding, ...], Verdict]: ...


def scan_document(
    doc: Document, ruleset: RuleSet, limits: Limits, *, data: bytes | None = None,
    media_type: str | None = None,
) -> DocumentResult:
    """Scan one (non-container) document. Never raises for bad input."""
    stats: Counter[str] = Counter()
    if data is None:
        if doc.error:
            return DocumentResult(uri=doc.uri, error=doc.error, error_kind=doc.error_kind or "read",
                                  record_id=doc.record_id, stats=(("documents.errored", 1),))
        try:
            data = doc.read(limits.max_document_bytes)
        except DocumentError as exc:
            return _error_result(doc, exc, media_type or doc.media_type or "application/octet-stream", b"")
    mt = media_type or sniff(data, name=doc.name, hint=doc.media_type)
    stats["bytes"] += len(data)
    try:
        findings, verdict = _scan_bytes(doc, data, mt, ruleset, limits, stats)
    except DocumentError as exc:
        return _error_result(doc, exc, mt, data)
    except Exception as exc:  # a bug met on one document must not end a long scan
        logger.error("%s: internal error, please report it with this document", doc.uri, exc_info=exc)
        err = InternalError(f"internal error ({type(exc).__name__}: {exc}); please report it with this document")
        return _error_result(doc, err, mt, data)
    return DocumentResult(
        uri=doc.uri, media_type=mt, sha256=sha256_hex(data), size=len(data), verdict=verdict,
        findings=findings, record_id=doc.record_id, stats=tuple(sorted(stats.items())),
    )


def _scan_bytes(
    doc: Document, data: bytes, mt: str, ruleset: RuleSet, limits: Limits, stats: Counter[str]
) -> tuple[tuple[Finding, ...], Verdict]:
    if mt.startswith(SKIPPED_MEDIA_PREFIXES):
        # redline never looks at images of people (nor audio or video of them): such files are
        # counted and passed over, not errors.
        stats["documents.skipped"] += 1
        return (), Verdict()
    extractor = extractor_for(mt)
    raw_text = getattr(extractor, "raw_text", True)
    if raw_text and not ruleset.prefilter(data):
        stats["documents.prefiltered"] += 1
        return (), Verdict()
    t0 = time.perf_counter()
    page = None  # the document read without positions (HTML), when may_fire was asked on it
    if getattr(extractor, "sparse", False):
        # Strings pulled from binaries: a 45 MB library yields hundreds of thousands, almost all
        # noise. Keep only those near a lexicon anchor (the rules' windows need the neighbours),
        # and apply the segment limit to what is kept.
        unbounded = limits.replace(max_segments=2**62)
        runner: Extractor = extractor
        if len(data) > SPARSE_REGIONS_ABOVE and hasattr(extractor, "extract_regions"):
            runner = _RegionExtractor(extractor, _hit_regions(data, ruleset))
        segments = list(_near_hits(run_extractor(runner, doc, data, unbounded), ruleset, limits.max_segments))
    else:
        runner = extractor
        page = _unlocated(extractor, doc, data, ruleset, limits) if raw_text else None
        if page is not None:
            if not ruleset.may_fire(page.segments, relaxed=True):  # type: ignore[attr-defined]
                # No rule can fire, wherever the texts are: what locating, then evaluating,
                # would have recorded (evaluate returns no finding and the empty verdict).
                stats[f"time_ms.extract.{extractor.name}"] += int((time.perf_counter() - t0) * 1000)
                stats["segments"] += page.count
                stats["documents.extracted"] += 1
                stats["hits"] += 0
                return (), Verdict()
            runner = page  # locates the texts of the same walk
        segments = list(run_extractor(runner, doc, data, limits))
    stats[f"time_ms.extract.{extractor.name}"] += int((time.perf_counter() - t0) * 1000)
    stats["segments"] += len(segments)
    if not raw_text and not ruleset.prefilter_text("\n".join(s.text for s in segments)):
        stats["documents.prefiltered"] += 1
        return (), Verdict()
    stats["documents.extracted"] += 1
    # Verbatim segments index the decoded text; the rules quote whole code lines from it (lazily,
    # and only where a segment's text is found at its offset in it).
    def source() -> str:
        return decode_bytes(data, declared=doc.charset, markup="html" in mt).text

    # Binary formats (executables, model files) locate strings by byte offset: there is no
    # decoded text for the rules to quote lines from (its "lines" would be raw bytes).
    byte_offsets = getattr(extractor, "byte_offsets", False)
    if page is not None:  # may_fire said True already: evaluate skips its own exact test
        findings, verdict = ruleset.evaluate(segments, source=None if byte_offsets else source,
                                             screened=True)  # type: ignore[call-arg]
    elif getattr(extractor, "sparse", False):
        # strings of a binary: a rule's document-wide context must be near the finding
        findings, verdict = ruleset.evaluate(segments, source=None, local_context=True)  # type: ignore[call-arg]
    else:
        findings, verdict = ruleset.evaluate(segments, source=None if byte_offsets else source)
    findings = _cap_severity(findings, verdict)
    if doc.record_id is not None:
        findings = tuple(
            replace(f, location=replace(f.location, record_id=doc.record_id,
                                        record_offset=doc.record_offset))
            for f in findings
        )
    findings = _suppress_inline(findings, segments)
    findings = fp.assign(findings, doc.uri)
    stats["hits"] += len(findings)
    return tuple(sorted(findings, key=Finding.sort_key)), verdict


def _unlocated(extractor: Extractor, doc: Document, data: bytes, ruleset: RuleSet, limits: Limits
               ) -> Any:
    """The document read without locating its texts, when the extractor can (HTML: finding
    each text in the source is most of its cost) and the rule set can decide on such texts
    (``may_fire(segments, relaxed=True)``): an object with ``segments`` (every form the texts
    may take), ``count`` (segments ``extract`` yields) and ``extract`` (those, located). None
    otherwise, and on any error (the normal extraction then reports it as it always has)."""
    early = getattr(extractor, "extract_unlocated", None)
    if early is None or not hasattr(ruleset, "may_fire"):
        return None
    t0 = time.monotonic()
    try:
        page = early(doc, data, limits)
    except Exception as exc:  # noqa: BLE001 - the located extraction raises it again, as usual
        logger.debug("%s: reading without positions failed (%s); extracting as usual", doc.uri, exc)
        return None
    if time.monotonic() - t0 > limits.extract_seconds:
        raise LimitExceeded("extract_seconds", round(limits.extract_seconds, 1))
    return page


SPARSE_WINDOW = 32  # segments kept on each side of a segment with an anchor hit


SPARSE_REGIONS_ABOVE = 256 * 1024  # bytes; bigger binaries are read only around hits (64 KiB chunks)
_CHUNK = 64 * 1024
_PAD = 16 * 1024


def _hit_regions(data: bytes, ruleset: RuleSet) -> tuple[tuple[int, int], ...]:
    """Byte ranges around the 64 KiB chunks of ``data`` whose raw bytes pass the prefilter."""
    regions: list[list[int]] = []
    overlap = 256  # longer than any anchor in any encoding, so none is cut at a chunk edge
    for start in range(0, len(data), _CHUNK):
        if not ruleset.prefilter(data[start:start + _CHUNK + overlap]):
            continue
        lo, hi = max(0, start - _PAD), min(len(data), start + _CHUNK + overlap + _PAD)
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = hi
        else:
            regions.append([lo, hi])
    return tuple((lo, hi) for lo, hi in regions)


class _RegionExtractor(Extractor):
    """Adapter: run a sparse extractor's ``extract_regions`` under ``run_extractor``."""

    def __init__(self, inner: Extractor, regions: tuple[tuple[int, int], ...]) -> None:
        self.inner = inner
        self.regions = regions
        self.name = inner.name  # type: ignore[misc]

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        return self.inner.extract_regions(doc, data, limits, self.regions)  # type: ignore[attr-defined, no-any-return]


def _near_hits(segments: Iterable[Segment], ruleset: RuleSet, max_segments: int) -> Iterator[Segment]:
    """The segments within SPARSE_WINDOW of one that passes ``ruleset.prefilter_text``."""
    before: deque[Segment] = deque(maxlen=SPARSE_WINDOW)
    after = 0
    kept = 0
    for seg in segments:
        if ruleset.prefilter_text(seg.text):
            out = [*before, seg]
            before.clear()
            after = SPARSE_WINDOW
        elif after:
            out = [seg]
            after -= 1
        else:
            before.append(seg)
            continue
        kept += len(out)
        if kept > max_segments:
            raise LimitExceeded("max_segments", kept, max_segments)
        yield from out


def _cap_severity(findings: tuple[Finding, ...], verdict: Verdict) -> tuple[Finding, ...]:
    """No finding is more severe than its document's verdict.

    A finding keeps the stance of its own sentence (a news article may quote a capability
    claim), but a reporting, disclaiming or unrelated document is not a capability, so its
    findings cannot trip ``--fail-on`` or lead a report's severity ordering.
    """
    if verdict.stance is Stance.CAPABILITY:
        return findings
    cap = verdict.severity.rank
    return tuple(f if f.severity.rank <= cap else replace(f, severity=verdict.severity) for f in findings)


def _suppress_inline(findings: tuple[Finding, ...], segments: Sequence[Segment]) -> tuple[Finding, ...]:
    """Mark findings on a line (or in an element) that carries ``redline:ignore``."""
    if not findings:
        return findings
    lines: set[int] = set()
    pointers: set[str] = set()
    for seg in segments:
        if IGNORE_MARKER not in seg.text:
            continue
        if seg.verbatim:
            start = seg.text.find(IGNORE_MARKER)
            while start >= 0:
                loc = seg.locate(start, start + len(IGNORE_MARKER))
                if loc.line is not None:
                    lines.add(loc.line)
                start = seg.text.find(IGNORE_MARKER, start + 1)
        else:
            if seg.locator.pointer:
                pointers.add(seg.locator.pointer)
            elif seg.locator.line is not None:
                lines.add(seg.locator.line)
    if not lines and not pointers:
        return findings
    out = []
    for f in findings:
        loc = f.location
        hit = (loc.line is not None and (loc.line in lines or (loc.end_line or loc.line) in lines)) or (
            loc.pointer is not None and loc.pointer in pointers)
        out.append(replace(f, suppressed="inline") if hit and f.suppressed is None else f)
    return tuple(out)


def _error_result(doc: Document, exc: DocumentError, mt: str, data: bytes) -> DocumentResult:
    logger.debug("%s: %s", doc.uri, exc, exc_info=exc.__cause__ is not None)
    kind = getattr(exc, "kind", "error")
    return DocumentResult(
        uri=doc.uri, media_type=mt, sha256=sha256_hex(data) if data else "", size=len(data),
        error=str(exc), error_kind=kind, record_id=doc.record_id,
        stats=(("documents.errored", 1), (f"documents.errored.{kind}", 1)),
    )


def scan_tree(doc: Document, ruleset: RuleSet, limits: Limits, depth: int = 0) -> Iterator[DocumentResult]:
    """Scan ``doc``; if it is a container (archive, WARC), scan its members instead."""
    if doc.error:
        yield scan_document(doc, ruleset, limits)
        return
    try:
        data = doc.read(limits.max_document_bytes)
    except LimitExceeded as exc:
        # A big file may still be a container that an expander streams from its path.
        mt = sniff(_head(doc), name=doc.name, hint=doc.media_type)
        if mt in containers and doc.path is not None:
            yield from _expand(doc, b"", mt, ruleset, limits, depth)
            return
        yield _error_result(doc, exc, mt, b"")
        return
    except DocumentError as exc:
        yield _error_result(doc, exc, doc.media_type or "application/octet-stream", b"")
        return
    mt = sniff(data, name=doc.name, hint=doc.media_type)
    if mt in containers:
        yield from _expand(doc, data, mt, ruleset, limits, depth)
        return
    yield scan_document(doc, ruleset, limits, data=data, media_type=mt)


def _head(doc: Document, n: int = 8192) -> bytes:
    if doc.data is not None:
        return doc.data[:n]
    if doc.path is None:
        return b""
    try:
        with open(doc.path, "rb") as fh:
            return fh.read(n)
    except OSError:
        return b""


def _expand(doc: Document, data: bytes, mt: str, ruleset: RuleSet, limits: Limits, depth: int
            ) -> Iterator[DocumentResult]:
    expander = containers.get(mt)
    try:
        for member in expander(doc, data, limits, depth):
            yield from scan_tree(member, ruleset, limits, depth + 1)
    except DocumentError as exc:
        # The container itself is broken (or over a limit) from here on; members already
        # yielded stay in the report.
        yield _error_result(doc, exc, mt, data)


# --- running many documents ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _WorkerConfig:
    rule_paths: tuple[str, ...]
    limits: Limits


_worker_state: dict[str, object] = {}


def _init_worker(config: _WorkerConfig, inherited: RuleSet | None = None) -> None:
    # Per-process state of a worker pool; built once per worker from values, not a global
    # settings object. The compiled rule set cannot be pickled (its automata are native
    # objects): a forked worker uses the parent's copy, a spawned one compiles its own.
    inherited = inherited or _worker_state.get("inherit")  # type: ignore[assignment]
    if inherited is None:
        from redline.rules import load_rules

        inherited = load_rules([p for p in config.rule_paths])
    _worker_state["ruleset"] = inherited
    _worker_state["limits"] = config.limits


def _work(doc: Document) -> list[DocumentResult]:
    ruleset = _worker_state["ruleset"]
    limits = _worker_state["limits"]
    return list(scan_tree(doc, ruleset, limits))  # type: ignore[arg-type]


def scan(
    documents: Iterable[Document],
    ruleset: RuleSet,
    limits: Limits,
    *,
    jobs: int = 1,
    rule_paths: Sequence[str | Path] = (),
) -> Iterator[DocumentResult]:
    """Scan every document (and container member), in input order.

    With ``jobs > 1`` documents are scanned in worker processes, each compiling the rule set
    from ``rule_paths`` (the packaged packs plus these user packs) once.
    """
    if jobs <= 1:
        for doc in documents:
            yield from scan_tree(doc, ruleset, limits)
        return
    config = _WorkerConfig(tuple(str(p) for p in rule_paths), limits)
    method = "spawn" if _has_threads() else "fork"
    ctx = multiprocessing.get_context(method)
    with _forked_ruleset(ruleset if method == "fork" else None):
        pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(config,))
    with pool:
        for results in pool.imap(_work, documents, chunksize=8):
            yield from results


@contextlib.contextmanager
def _forked_ruleset(ruleset: RuleSet | None) -> Iterator[None]:
    """While the pool forks its workers, they find the parent's compiled rule set here."""
    _worker_state["inherit"] = ruleset
    try:
        yield
    finally:
        _worker_state.pop("inherit", None)


def _has_threads() -> bool:
    import threading

    return threading.active_count() > 1


def merge_stats(results: Iterable[DocumentResult]) -> dict[str, int]:
    total: Counter[str] = Counter()
    for r in results:
        total["documents.total"] += 1
        total.update(dict(r.stats))
        for f in r.findings:
            if f.suppressed is None:
                total[f"findings.{f.severity.value}"] += 1
            else:
                total[f"findings.suppressed.{f.suppressed}"] += 1
    return dict(sorted(total.items()))


__all__ = ["IGNORE_MARKER", "RuleSet", "UnsupportedMediaType", "merge_stats", "scan", "scan_document", "scan_tree"]
