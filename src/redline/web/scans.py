"""Scan on demand: uploaded files and URLs through the same pipeline as every other entry point.

Uploads become ``Document``s and go through ``pipeline.scan_tree`` (archives are opened).
URLs go through ``capture.capture`` with the capture rules: private, loopback and link-local
addresses are refused (unless the server was started to allow them), robots.txt is obeyed,
size and time limits apply; the WARC it writes is kept under ``<data dir>/scans/``. Each
captured page is scanned from its archived record, as the watcher does. A page that could not
be fetched is a document with an ``error`` in the report.

Results are kept in memory (the last ``keep`` scans) for the report pages.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redline.limits import Limits
from redline.model import Document, DocumentResult

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class ScanRecord:
    id: str
    created_at: datetime
    who: str
    results: tuple[DocumentResult, ...]
    warc_path: str | None = None


class ScanStore:
    def __init__(self, directory: Path, keep: int = 50) -> None:
        self.directory = Path(directory)
        self.keep = keep
        self._items: OrderedDict[str, ScanRecord] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, rec: ScanRecord) -> None:
        with self._lock:
            self._items[rec.id] = rec
            while len(self._items) > self.keep:
                self._items.popitem(last=False)

    def get(self, scan_id: str) -> ScanRecord | None:
        with self._lock:
            return self._items.get(scan_id)

    def list(self) -> list[ScanRecord]:
        with self._lock:
            return list(self._items.values())[::-1]


def new_scan_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(4)


def scan_uploads(files: Sequence[tuple[str, bytes]], ruleset: Any, limits: Limits) -> list[DocumentResult]:
    from redline.pipeline import scan_tree

    out: list[DocumentResult] = []
    for name, data in files:
        doc = Document(uri=name, data=data)
        out.extend(scan_tree(doc, ruleset, limits))
    return out


def scan_urls(urls: Sequence[str], ruleset: Any, limits: Limits, *, out_dir: Path, scan_id: str,
              allow_private: bool) -> tuple[list[DocumentResult], str | None]:
    from redline.capture import capture, read_record_payload
    from redline.errors import RedlineError
    from redline.pipeline import scan_document
    from redline.web.evidence import _split_content_type

    if not urls:
        return [], None
    result = capture(list(urls), out_dir=out_dir, depth=0, browser=False, allow_private=allow_private,
                     respect_robots=True, limits=limits, warc_name=f"scan-{scan_id}.warc.gz",
                     retries=0, concurrency=2)
    out: list[DocumentResult] = []
    for page in result.pages:
        uri = page.final_url or page.url
        if page.error or page.record_offset is None:
            out.append(DocumentResult(uri=page.url, error=page.error or f"HTTP {page.status}: nothing archived",
                                      error_kind="fetch"))
            continue
        try:
            headers, body = read_record_payload(result.warc_path, page.record_offset, limits)
        except RedlineError as exc:
            out.append(DocumentResult(uri=uri, error=str(exc), error_kind="archive"))
            continue
        ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
        mt, charset = _split_content_type(ctype or page.media_type)
        doc = Document(uri=uri, data=body, media_type=mt, charset=charset, record_id=page.record_id,
                       record_offset=page.record_offset, fetched_at=page.fetched_at)
        out.append(scan_document(doc, ruleset, limits))
    return out, result.warc_path


__all__ = ["ScanRecord", "ScanStore", "new_scan_id", "scan_uploads", "scan_urls"]
