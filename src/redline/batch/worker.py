"""What runs on a Dask worker: scan one task (a WARC file or a byte range of one).

``scan_task(task, config) -> TaskResult`` is a plain function, so it runs the same on a
LocalCluster, a remote cluster or in this process. Each worker process compiles the rule set
once (``_ruleset``; user packs travel inside the config as text, so remote workers need no
shared file system) and keeps it for every task it runs.

The per-record fast path is the whole point of batch: a record is filtered on its WARC/HTTP
headers before its payload is read (type, media type, size), then ``sniff`` looks at the
payload's head and the rule set's raw-byte prefilter looks at the payload; a record without an
anchor hit is counted and dropped there, with no parse, no sha256 and no result object. Only
records that pass go through ``pipeline.scan_document`` (or ``scan_tree`` for containers),
exactly as ``redline scan`` would run them, so batch and scan report the same findings.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redline.batch.plan import Task, detect_kind, find_record_boundary, open_input
from redline.errors import DocumentError, ReadError, UnsupportedMediaType
from redline.limits import Limits
from redline.model import Document, DocumentResult, Finding, Severity
from redline.sources.warc import expand_wacz, iter_warc_documents

logger = logging.getLogger(__name__)

# Response payloads worth parsing: the HTML/text/PDF/JSON. ``--media-types`` changes it.
DEFAULT_MEDIA_TYPES: tuple[str, ...] = (
    "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "application/pdf",
    "application/json", "application/ld+json",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchConfig:
    """Everything a worker needs, as values (shipped to every task; small)."""

    rule_packs: tuple[tuple[str, str], ...] = ()  # (file name, YAML text) of user packs
    limits: Limits = field(default_factory=Limits)
    media_types: tuple[str, ...] = DEFAULT_MEDIA_TYPES
    record_types: tuple[str, ...] = ("response", "resource")
    max_record_bytes: int = 16 * 1024**2
    min_severity: Severity = Severity.INFO
    split_bytes: int | None = 64 * 1024**2

    def identity(self) -> dict[str, Any]:
        """What must not change between a run and its --resume (results would mix)."""
        packs = hashlib.sha256()
        for name, text in self.rule_packs:
            packs.update(name.encode() + b"\x00" + text.encode() + b"\x00")
        return {
            "rule_packs": packs.hexdigest()[:16] if self.rule_packs else None,
            "media_types": list(self.media_types),
            "record_types": list(self.record_types),
            "max_record_bytes": self.max_record_bytes,
            "min_severity": self.min_severity.value,
            "split_bytes": self.split_bytes,
            "limits": {k: getattr(self.limits, k) for k in Limits.names()},
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class TaskResult:
    key: str
    source: str
    start: int
    end: int | None
    findings: tuple[dict[str, Any], ...] = ()
    documents: tuple[dict[str, Any], ...] = ()
    stats: tuple[tuple[str, int], ...] = ()
    seconds: float = 0.0
    error: str | None = None
    error_kind: str | None = None
    worker: str = ""


# --- per-process state ------------------------------------------------------------------------

# Compiled rule sets of this worker process, keyed by the user packs' content. The compiled
# set is immutable; building it costs far more than a task's bookkeeping, so it is built once
# per process (a Dask worker, or the client when run in-process) and reused by every task.
_RULESETS: dict[str, Any] = {}


def _ruleset(config: BatchConfig) -> Any:
    key = config.identity()["rule_packs"] or ""
    rs = _RULESETS.get(key)
    if rs is None:
        from redline.rules import load_rules

        paths: list[str] = []
        if config.rule_packs:
            folder = Path(tempfile.mkdtemp(prefix="redline-packs-"))
            for i, (name, text) in enumerate(config.rule_packs):
                p = folder / f"{i:02d}-{Path(name).name}"
                p.write_text(text, encoding="utf-8")
                paths.append(str(p))
        rs = load_rules(paths)
        _RULESETS[key] = rs
    return rs


def remember_rules(config: BatchConfig, ruleset: Any) -> None:
    """Keep a rule set compiled from ``config``'s packs (by the caller, e.g. to validate them),
    so this process and the local workers forked from it do not compile them again."""
    _RULESETS[config.identity()["rule_packs"] or ""] = ruleset


def warm_up(config: BatchConfig) -> str:
    """Compile the rules and import the extractors in this worker before the first task."""
    import redline.extract
    import redline.pipeline  # noqa: F401

    rs = _ruleset(config)
    if hasattr(rs, "warm"):
        rs.warm()  # the term automata too (otherwise built on the first passing page)
    return f"{socket.gethostname()}:{os.getpid()}"


# --- the task ---------------------------------------------------------------------------------


def scan_task(task: Task, config: BatchConfig) -> TaskResult:
    """Scan the records of ``task``; per-file problems come back as ``error``, never raised."""
    ruleset = _ruleset(config)  # compiled on this worker's first task, outside its timing
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    stats: Counter[str] = Counter()
    findings: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    error = error_kind = None
    min_rank = config.min_severity.rank
    raw_text_by_type: dict[str, bool | None] = {}
    parse_s = 0.0
    try:
        for doc in _task_documents(task, config, stats):
            t1 = time.perf_counter()
            for res in _scan_record(doc, ruleset, config.limits, stats, raw_text_by_type):
                _collect(task, doc, res, min_rank, stats, findings, documents)
                parse_s += time.perf_counter() - t1  # only records that reached the pipeline
                t1 = time.perf_counter()
    except DocumentError as exc:
        error, error_kind = str(exc), exc.kind
    except OSError as exc:  # the file vanished, a network store failed, ...
        error, error_kind = f"{task.source}: {exc}", "read"
    if error is not None:
        stats["files.errored"] += 1
        documents.append(_row_for_error(task, error, error_kind or "error"))
    stats["bytes.input"] += task.nbytes
    # Where the time goes: the pipeline (parse + rules) on records that passed the prefilter,
    # and everything else (reading, decompressing, filtering, prefiltering).
    total_s = time.perf_counter() - t0
    stats["time_ms.pipeline"] += int(parse_s * 1000)
    stats["time_ms.read_and_filter"] += int(max(total_s - parse_s, 0.0) * 1000)
    stats["time_ms.cpu"] += int((time.process_time() - cpu0) * 1000)  # < wall when cores are busy
    return TaskResult(
        key=task.key, source=task.source, start=task.start, end=task.end,
        findings=tuple(findings), documents=tuple(documents), stats=tuple(sorted(stats.items())),
        seconds=time.perf_counter() - t0, error=error, error_kind=error_kind,
        worker=f"{socket.gethostname()}:{os.getpid()}",
    )


def _task_documents(task: Task, config: BatchConfig, stats: Counter[str]) -> Iterator[Document]:
    if task.kind == "missing":
        raise ReadError(f"{task.source}: no such file (or the pattern matched nothing)")
    cap = min(config.max_record_bytes, config.limits.max_document_bytes)
    if task.kind == "wacz":
        yield from _wacz_documents(task, config, stats, cap)
        return
    with open_input(task.source) as fh:
        start, end = task.start, task.end
        if start:
            found = find_record_boundary(fh, start, task.kind, end)
            if found is None:
                return
            start = found
        elif end is not None:
            # The first range of a split file: if the file cannot be split after all (one gzip
            # stream, planned by its name), this task reads all of it.
            if detect_kind(fh.read(256 * 1024), task.source) not in ("warc", "warc.gz"):
                end = None
            fh.seek(0)
        yield from iter_warc_documents(
            fh, record_types=config.record_types, media_types=config.media_types, max_bytes=cap,
            limits=config.limits, start=start, end=end, oversize="skip", stats=stats,
            name=task.source)


def _wacz_documents(task: Task, config: BatchConfig, stats: Counter[str], cap: int) -> Iterator[Document]:
    # WACZ members are read with the scan's expander (the same record selection), then the
    # batch's media-type and size filters apply.
    from redline.sources.warc import media_type_matches

    src = task.source
    local = src.removeprefix("file://")
    if "://" in local:
        with open_input(src) as fh:
            data = fh.read()
        outer = Document(uri=src, data=data)
    else:
        data = b""
        outer = Document(uri=src, path=local)
    for doc in expand_wacz(outer, data, config.limits, 0):
        stats["records.response"] += 1
        if doc.media_type and not media_type_matches(doc.media_type, config.media_types):
            stats["records.skipped.media_type"] += 1
            continue
        if doc.data is not None and len(doc.data) > cap:
            stats["records.skipped.too_big"] += 1
            continue
        yield doc


def _scan_record(doc: Document, ruleset: Any, limits: Limits, stats: Counter[str],
                 raw_text_by_type: dict[str, bool | None]) -> Iterator[DocumentResult]:
    """``pipeline.scan_tree`` for one record, minus all work for records the prefilter drops."""
    from redline.extract import extractor_for
    from redline.pipeline import scan_document, scan_tree
    from redline.sniff import sniff
    from redline.sources import containers

    if doc.error or doc.data is None:
        yield scan_document(doc, ruleset, limits)
        return
    data = doc.data
    mt = sniff(data, name=doc.name, hint=doc.media_type)
    if mt in containers:
        yield from scan_tree(doc, ruleset, limits, depth=1)
        return
    if mt in raw_text_by_type:
        raw_text = raw_text_by_type[mt]
    else:
        try:
            raw_text = bool(getattr(extractor_for(mt), "raw_text", True))
        except UnsupportedMediaType:
            raw_text = None  # scan_document reports it
        raw_text_by_type[mt] = raw_text
    if raw_text and not ruleset.prefilter(data):
        stats["documents.total"] += 1
        stats["documents.prefiltered"] += 1
        stats["bytes"] += len(data)
        return
    yield scan_document(doc, ruleset, limits, data=data, media_type=mt)


def _collect(task: Task, doc: Document, r: DocumentResult, min_rank: int, stats: Counter[str],
             findings: list[dict[str, Any]], documents: list[dict[str, Any]]) -> None:
    stats["documents.total"] += 1
    stats.update(dict(r.stats))
    kept = [f for f in r.findings if f.severity.rank >= min_rank]
    for f in kept:
        stats[f"findings.{f.severity.value}" if f.suppressed is None else f"findings.suppressed.{f.suppressed}"] += 1
    if not kept and not r.error:
        return
    if kept and any(f.suppressed is None for f in kept):
        stats["documents.with_findings"] += 1
    v = r.verdict
    documents.append({
        "warc_file": task.source, "uri": r.uri, "record_id": doc.record_id,
        "record_offset": doc.record_offset, "fetched_at": doc.fetched_at,
        "media_type": r.media_type, "sha256": r.sha256, "size": r.size,
        "error": r.error, "error_kind": r.error_kind if r.error else None,
        "stance": v.stance.value, "traits": [t.value for t in v.traits], "groups": list(v.groups),
        "modalities": [m.value for m in v.modalities], "severity": v.severity.value,
        "confidence": float(v.confidence), "findings": len(kept),
    })
    for f in kept:
        findings.append(finding_row(task.source, doc, r.uri, f))


def finding_row(warc_file: str, doc: Document, uri: str, f: Finding) -> dict[str, Any]:
    loc = f.location
    return {
        "warc_file": warc_file, "uri": uri,
        "record_id": loc.record_id or doc.record_id,
        "record_offset": loc.record_offset if loc.record_offset is not None else doc.record_offset,
        "fetched_at": doc.fetched_at,
        "rule": f.rule, "trait": f.trait.value, "groups": list(f.groups),
        "modality": f.modality.value if f.modality else None, "stance": f.stance.value,
        "severity": f.severity.value, "confidence": float(f.confidence), "evidence": f.evidence,
        "context": f.context, "line": loc.line, "column": loc.column, "end_line": loc.end_line,
        "end_column": loc.end_column, "offset": loc.offset, "length": loc.length,
        "pointer": loc.pointer, "page": loc.page, "fingerprint": f.fingerprint,
        "suppressed": f.suppressed, "message": f.message,
    }


def _row_for_error(task: Task, error: str, kind: str) -> dict[str, Any]:
    return {
        "warc_file": task.source, "uri": task.source, "record_id": None, "record_offset": None,
        "fetched_at": None, "media_type": "application/warc", "sha256": "", "size": task.nbytes,
        "error": error, "error_kind": kind, "stance": "none", "traits": [], "groups": [],
        "modalities": [], "severity": "info", "confidence": 0.0, "findings": 0,
    }


__all__ = ["DEFAULT_MEDIA_TYPES", "BatchConfig", "TaskResult", "finding_row", "remember_rules", "scan_task",
           "warm_up"]
