"""Evidence export: every archived record in which a finding occurs, packed as a WACZ.

The records are copied byte for byte (each is its own gzip member, so its digests stay
valid) from the archive's WARC files into one evidence WARC, together with the records that
belong to them (the ``request`` and the browser's ``urn:dom``/``urn:screenshot``/``urn:pdf``
resources, linked by ``WARC-Concurrent-To``/``WARC-Refers-To``) and the ``warcinfo`` of each
source file; ``archive.wacz.export_wacz`` then packages that WARC. Nothing in the archive is
modified: evidence is never rewritten.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from redline.errors import RedlineError
from redline.store.repo import Repo, SnapshotRow

logger = logging.getLogger(__name__)


class EvidenceError(RedlineError):
    """The evidence for a fingerprint cannot be exported (unknown, or its files are missing)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceExport:
    path: Path
    fingerprint: str
    snapshots: tuple[SnapshotRow, ...]
    records: int  # records copied (responses and the records linked to them)


def _index(warc: Path) -> list[tuple[int, int, dict[str, str]]]:
    """(offset, length, selected headers) of every record of a gzip-per-record WARC."""
    from warcio.archiveiterator import ArchiveIterator

    entries: list[tuple[int, dict[str, str]]] = []
    with open(warc, "rb") as fh:
        it = ArchiveIterator(fh)
        for rec in it:
            h = rec.rec_headers
            entries.append((int(it.get_record_offset()), {
                k: h.get_header(k) or "" for k in
                ("WARC-Type", "WARC-Record-ID", "WARC-Concurrent-To", "WARC-Refers-To")}))
    size = warc.stat().st_size
    out = []
    for i, (off, hdrs) in enumerate(entries):
        end = entries[i + 1][0] if i + 1 < len(entries) else size
        out.append((off, end - off, hdrs))
    return out


def export_evidence(repo: Repo, fingerprint: str, out: str | Path, *, archive_dir: Path,
                    signing_key: str | Path | None = None) -> EvidenceExport:
    from redline.archive.wacz import export_wacz

    findings = repo.find_findings(fingerprint)
    if not findings:
        raise EvidenceError(f"no finding with fingerprint {fingerprint!r} in the store "
                            "(see `redline events --format json`)")
    fp = findings[0].fingerprint
    snaps = [s for s in repo.evidence_snapshots(fp) if s.warc_path and s.record_offset is not None]
    if not snaps:
        raise EvidenceError(f"finding {fp} has no archived record")
    wanted: dict[Path, set[int]] = {}
    for s in snaps:
        path = Path(s.warc_path)  # type: ignore[arg-type]
        path = path if path.is_absolute() else archive_dir / path
        if not path.exists():
            raise EvidenceError(f"archived file {path} is missing (snapshot {s.id})")
        wanted.setdefault(path, set()).add(int(s.record_offset))  # type: ignore[arg-type]
    records = 0
    with tempfile.TemporaryDirectory(prefix="redline-evidence-") as tmp:
        warc_out = Path(tmp) / f"evidence-{fp[:16]}.warc.gz"
        with open(warc_out, "wb") as dst:
            for path in sorted(wanted):
                index = _index(path)
                offsets = wanted[path]
                ids = {h["WARC-Record-ID"] for off, _, h in index if off in offsets}
                missing = offsets - {off for off, _, _ in index}
                if missing:
                    raise EvidenceError(f"{path}: no record at offset(s) {sorted(missing)}")
                with open(path, "rb") as src:
                    for off, length, h in index:
                        keep = (off in offsets or h["WARC-Type"] == "warcinfo"
                                or h["WARC-Concurrent-To"] in ids or h["WARC-Refers-To"] in ids)
                        if not keep:
                            continue
                        src.seek(off)
                        dst.write(src.read(length))
                        records += h["WARC-Type"] != "warcinfo"
        title = f"redline evidence {fp}: {findings[0].evidence[:80]}"
        desc = "; ".join(sorted({f.url for f in findings}))
        result = export_wacz([warc_out], out, title=title, description=f"Pages: {desc}",
                             signing_key=signing_key)
    logger.info("evidence for %s: %d snapshot(s), %d record(s) -> %s", fp, len(snaps), records, result)
    return EvidenceExport(path=Path(result), fingerprint=fp, snapshots=tuple(snaps), records=records)
