"""Read archived evidence back for the web app: records, screenshots, page text, WACZ bundles.

Owns the mapping from a snapshot row to bytes in the archive. Nothing here writes to the
archive: records are copied byte for byte (each is its own gzip member, so its digests stay
valid), and bundles are built in a temporary directory.

- ``record_bytes``: the snapshot's ``response`` record exactly as stored (a one-record
  ``.warc.gz`` whose digests verify).
- ``screenshot_png``: the ``urn:screenshot:`` resource a browser capture wrote next to the
  page, found through its ``WARC-Refers-To`` link to the page's response record.
- ``page_text``: the text a person reads (the rendered DOM when the capture has one, else the
  response body) as the extractor sees it; used for the timeline's text diff.
- ``bundle_wacz``: a WACZ of some snapshots' records, the records linked to them (request,
  DOM, screenshot, PDF) and their files' ``warcinfo``.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from redline.errors import RedlineError
from redline.limits import Limits
from redline.model import Document, DocumentResult
from redline.store.repo import SnapshotRow

logger = logging.getLogger(__name__)


class EvidenceMissing(RedlineError):
    """The archived record a snapshot points at cannot be read."""


@dataclass(frozen=True, slots=True)
class IndexEntry:
    offset: int
    length: int
    warc_type: str
    record_id: str
    target_uri: str
    concurrent_to: str
    refers_to: str


class Evidence:
    """Archive reader bound to one archive directory, with a small per-file index cache."""

    def __init__(self, archive_dir: Path, limits: Limits) -> None:
        self.archive_dir = Path(archive_dir)
        self.limits = limits
        self._index: dict[tuple[str, int, int], list[IndexEntry]] = {}
        self._lock = threading.Lock()

    # ----------------------------------------------------------------- files and index

    def path_of(self, snap: SnapshotRow) -> Path:
        if not snap.warc_path or snap.record_offset is None:
            raise EvidenceMissing(f"snapshot {snap.id} has no archived record")
        p = Path(snap.warc_path)
        if not p.is_absolute():
            root = self.archive_dir.resolve()
            p = (root / p).resolve()
            if root not in p.parents:
                raise EvidenceMissing(f"snapshot {snap.id}: record path leaves the archive")
        if not p.is_file():
            raise EvidenceMissing(f"archived file {snap.warc_path} is missing (snapshot {snap.id})")
        return p

    def index(self, path: Path) -> list[IndexEntry]:
        st = path.stat()
        key = (str(path), st.st_size, st.st_mtime_ns)
        with self._lock:
            hit = self._index.get(key)
        if hit is not None:
            return hit
        from warcio.archiveiterator import ArchiveIterator

        raw: list[tuple[int, dict[str, str]]] = []
        try:
            with open(path, "rb") as fh:
                it = ArchiveIterator(fh)
                for rec in it:
                    h = rec.rec_headers
                    raw.append((int(it.get_record_offset()), {
                        k: h.get_header(k) or "" for k in (
                            "WARC-Type", "WARC-Record-ID", "WARC-Target-URI",
                            "WARC-Concurrent-To", "WARC-Refers-To")}))
        except Exception as exc:  # warcio raises ArchiveLoadFailed and friends
            raise EvidenceMissing(f"{path.name}: cannot index ({exc})") from exc
        out: list[IndexEntry] = []
        for i, (off, h) in enumerate(raw):
            end = raw[i + 1][0] if i + 1 < len(raw) else st.st_size
            out.append(IndexEntry(off, end - off, h["WARC-Type"], h["WARC-Record-ID"],
                                  h["WARC-Target-URI"], h["WARC-Concurrent-To"], h["WARC-Refers-To"]))
        with self._lock:
            if len(self._index) > 64:
                self._index.clear()
            self._index[key] = out
        return out

    def _entry(self, snap: SnapshotRow) -> tuple[Path, IndexEntry]:
        path = self.path_of(snap)
        for e in self.index(path):
            if e.offset == snap.record_offset:
                return path, e
        raise EvidenceMissing(f"{snap.warc_path}: no record at offset {snap.record_offset}")

    def _linked(self, snap: SnapshotRow, kind: str) -> tuple[Path, IndexEntry] | None:
        path, entry = self._entry(snap)
        for e in self.index(path):
            if (e.warc_type == "resource" and e.target_uri.startswith(f"urn:{kind}:")
                    and entry.record_id in (e.refers_to, e.concurrent_to)):
                return path, e
        return None

    # ----------------------------------------------------------------- what the pages need

    def record_bytes(self, snap: SnapshotRow) -> bytes:
        path, entry = self._entry(snap)
        with open(path, "rb") as fh:
            fh.seek(entry.offset)
            return fh.read(entry.length)

    def has_screenshot(self, snap: SnapshotRow) -> bool:
        try:
            return self._linked(snap, "screenshot") is not None
        except EvidenceMissing:
            return False

    def screenshot_png(self, snap: SnapshotRow) -> bytes | None:
        from redline.capture import read_record_payload

        found = self._linked(snap, "screenshot")
        if found is None:
            return None
        path, e = found
        _, data = read_record_payload(path, e.offset, self.limits)
        return data if data.startswith(b"\x89PNG\r\n\x1a\n") else None

    def payload(self, snap: SnapshotRow, *, prefer_dom: bool = True) -> tuple[str | None, bytes, str | None]:
        """(media type, body, record id) of the page; the rendered DOM when there is one."""
        from redline.capture import read_record_payload

        path, entry = self._entry(snap)
        offset, record_id = entry.offset, entry.record_id
        if prefer_dom:
            dom = self._linked(snap, "dom")
            if dom is not None:
                offset, record_id = dom[1].offset, dom[1].record_id
        headers, body = read_record_payload(path, offset, self.limits)
        ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
        return (ctype or snap.media_type), body, record_id

    def document(self, snap: SnapshotRow) -> tuple[Document, bytes]:
        ctype, body, record_id = self.payload(snap)
        mt, charset = _split_content_type(ctype)
        doc = Document(uri=snap.final_url or snap.url, data=body, media_type=mt, charset=charset,
                       record_id=record_id, record_offset=snap.record_offset)
        return doc, body

    def page_text(self, snap: SnapshotRow) -> str:
        """The page's text, one extracted segment per line."""
        from redline.extract import extractor_for, run_extractor
        from redline.sniff import sniff

        doc, body = self.document(snap)
        mt = sniff(body, name=doc.name, hint=doc.media_type)
        try:
            segs = list(run_extractor(extractor_for(mt), doc, body, self.limits))
        except RedlineError as exc:
            raise EvidenceMissing(f"snapshot {snap.id}: cannot extract text ({exc})") from exc
        lines: list[str] = []
        for s in segs:
            lines.extend(x.rstrip() for x in s.text.splitlines() if x.strip())
        return "\n".join(lines)

    def rescan(self, snap: SnapshotRow, ruleset: object) -> DocumentResult:
        """Scan the archived page again (gives each finding's explanation and the verdict)."""
        from redline.pipeline import scan_document

        doc, _ = self.document(snap)
        return scan_document(doc, ruleset, self.limits)  # type: ignore[arg-type]

    def bundle_wacz(self, snaps: Sequence[SnapshotRow], out: Path, *, title: str,
                    description: str) -> tuple[Path, int]:
        """WACZ of these snapshots' records plus linked records; returns (path, records)."""
        from redline.archive.wacz import export_wacz

        wanted: dict[Path, set[int]] = {}
        for s in snaps:
            path, entry = self._entry(s)
            wanted.setdefault(path, set()).add(entry.offset)
        if not wanted:
            raise EvidenceMissing("no archived record to bundle")
        records = 0
        with tempfile.TemporaryDirectory(prefix="redline-web-") as tmp:
            warc = Path(tmp) / "evidence.warc.gz"
            with open(warc, "wb") as dst:
                for path in sorted(wanted):
                    index = self.index(path)
                    ids = {e.record_id for e in index if e.offset in wanted[path]}
                    with open(path, "rb") as src:
                        for e in index:
                            keep = (e.offset in wanted[path] or e.warc_type == "warcinfo"
                                    or e.concurrent_to in ids or e.refers_to in ids)
                            if not keep:
                                continue
                            src.seek(e.offset)
                            dst.write(src.read(e.length))
                            records += e.warc_type != "warcinfo"
            result = export_wacz([warc], out, title=title, description=description)
        return Path(result), records


def _split_content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    parts = [p.strip() for p in value.split(";")]
    charset = None
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset":
            charset = v.strip().strip('"') or None
    return (parts[0].lower() or None), charset


def stored_copies(snaps: Iterable[SnapshotRow]) -> list[SnapshotRow]:
    """Snapshots with an archived record, one per (file, offset)."""
    seen: set[tuple[str, int]] = set()
    out = []
    for s in snaps:
        if s.warc_path and s.record_offset is not None and (s.warc_path, s.record_offset) not in seen:
            seen.add((s.warc_path, s.record_offset))
            out.append(s)
    return out


__all__ = ["Evidence", "EvidenceMissing", "stored_copies"]
