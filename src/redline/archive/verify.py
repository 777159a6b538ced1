"""Re-verify stored evidence: every digest of a WARC, every hash of a WACZ package.

``verify_path(path)`` returns a ``VerifyReport``; it never raises for a bad file (a truncated or
corrupt archive is a problem in the report). Checks:

- ``.warc`` / ``.warc.gz``: every record's ``WARC-Block-Digest`` and ``WARC-Payload-Digest`` are
  recomputed (warcio's digest-verifying reader, as ``warcio check`` does; sha1/sha256 in base32,
  base16 or base64). A mismatch, or a record that cannot be read (truncated gzip member, garbage
  between records), is a *problem* carrying the byte offset, the WARC-Record-ID and the digest
  that failed. A record without any digest is a *warning* (foreign WARCs may lack them).
- ``.wacz``: ``datapackage.json`` lists every file with its size and hash; each is recomputed.
  Files in the package that are not listed, and listed files that are missing, are problems.
  ``datapackage-digest.json`` must hold the hash of ``datapackage.json``; if it carries a
  redline signature (``archive.wacz.sign``), the signature is verified against the public key it
  names (pass ``trusted_keys`` to require a known key). Each WARC inside is then checked as above,
  offsets counted inside that member.
"""

from __future__ import annotations

import hashlib
import json
import logging
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    file: str  # the file checked (for WACZ: "pkg.wacz!/archive/data.warc.gz")
    message: str
    offset: int | None = None
    record_id: str | None = None
    record_type: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.offset is not None:
            where += f" offset {self.offset}"
        if self.record_id:
            where += f" WARC-Record-ID {self.record_id}"
        if self.record_type:
            where += f" ({self.record_type})"
        return f"{where}: {self.message}"


@dataclass(slots=True)
class VerifyReport:
    path: str
    records: int = 0
    digests_checked: int = 0
    files_checked: int = 0
    signed: bool = False
    signature_ok: bool | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_path(path: str | Path, *, trusted_keys: Iterable[str] = ()) -> VerifyReport:
    p = Path(path)
    report = VerifyReport(path=str(p))
    if not p.is_file():
        report.problems.append(Problem(file=str(p), message="no such file"))
        return report
    with open(p, "rb") as fh:
        head = fh.read(4)
    if head.startswith(b"PK\x03\x04") or p.suffix.lower() == ".wacz":
        _verify_wacz(p, report, tuple(trusted_keys))
    else:
        with open(p, "rb") as fh:
            verify_warc_stream(fh, str(p), report)
    return report


def verify_warc_stream(stream: IO[bytes], name: str, report: VerifyReport) -> None:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    it = ArchiveIterator(stream, check_digests=True)
    last_offset: int | None = None
    last_id: str | None = None
    try:
        for record in it:
            last_offset = it.get_record_offset()
            rec_id = record.rec_headers.get_header("WARC-Record-ID")
            last_id = rec_id
            rec_type = record.rec_type
            has_digest = bool(record.rec_headers.get_header("WARC-Payload-Digest")
                              or record.rec_headers.get_header("WARC-Block-Digest"))
            stream_ = record.content_stream() if record.http_headers is None else record.raw_stream
            while stream_.read(1024 * 1024):
                pass
            # warcio checks the payload digest from the raw stream after the HTTP headers; for
            # records with HTTP headers read the raw stream so content decoding does not interfere.
            report.records += 1
            checker = record.digest_checker
            if checker.passed is False:
                for msg in checker.problems:
                    report.problems.append(Problem(file=name, message=str(msg), offset=last_offset,
                                                   record_id=rec_id, record_type=rec_type))
            elif checker.passed is True:
                report.digests_checked += 1
            elif not has_digest:
                report.warnings.append(Problem(file=name, message="record has no digest to check",
                                               offset=last_offset, record_id=rec_id,
                                               record_type=rec_type))
            elif rec_type != "revisit":
                # warcio checks a digest when the record's declared length has been read; not
                # reaching it means the file ends inside this record.
                report.problems.append(Problem(
                    file=name, message="record is truncated (the file ends before its "
                    "Content-Length); digest not verifiable", offset=last_offset,
                    record_id=rec_id, record_type=rec_type))
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        # zlib errors surface as OSError/EOFError from gzip readers, bad headers as
        # ArchiveLoadFailed/ValueError; all mean "unreadable from here on".
        report.problems.append(Problem(
            file=name, message=f"unreadable record after this point: {type(exc).__name__}: "
            f"{str(exc).strip()[:300]}", offset=last_offset, record_id=last_id))
    except zlib.error as exc:
        report.problems.append(Problem(
            file=name, message=f"corrupt compressed data: {exc}", offset=last_offset,
            record_id=last_id))
        return
    if last_offset is not None and stream.seekable():
        _check_last_member(stream, last_offset, last_id, name, report)


def _check_last_member(stream: IO[bytes], offset: int, record_id: str | None, name: str,
                       report: VerifyReport) -> None:
    """The last gzip member must be complete (its CRC and size trailer present and right).

    warcio stops reading at the record's declared length, so a file cut inside the last
    member's trailer would otherwise pass. Members before it are checked by the reader itself
    (zlib verifies each member's CRC when the next one begins).
    """
    stream.seek(offset)
    head = stream.read(2)
    if head != b"\x1f\x8b":
        return  # uncompressed WARC
    stream.seek(offset)
    d = zlib.decompressobj(31)
    try:
        while not d.eof:
            piece = stream.read(1024 * 1024)
            if not piece:
                break
            d.decompress(piece, 0)
    except zlib.error as exc:
        report.problems.append(Problem(file=name, message=f"corrupt compressed data: {exc}",
                                       offset=offset, record_id=record_id))
        return
    if not d.eof:
        report.problems.append(Problem(
            file=name, message="truncated gzip member: the file ends inside this record",
            offset=offset, record_id=record_id))


def hash_stream(stream: IO[bytes], algo: str = "sha256") -> tuple[int, str]:
    h = hashlib.new(algo)
    size = 0
    while True:
        piece = stream.read(1024 * 1024)
        if not piece:
            break
        size += len(piece)
        h.update(piece)
    return size, f"{algo}:{h.hexdigest()}"


def _verify_wacz(p: Path, report: VerifyReport, trusted_keys: tuple[str, ...]) -> None:
    name = str(p)
    try:
        zf = zipfile.ZipFile(p)
    except (zipfile.BadZipFile, OSError) as exc:
        report.problems.append(Problem(file=name, message=f"not a readable WACZ (zip): {exc}"))
        return
    with zf:
        names = set(zf.namelist())
        if "datapackage.json" not in names:
            report.problems.append(Problem(file=name, message="datapackage.json is missing"))
            return
        dp_bytes = zf.read("datapackage.json")
        try:
            dp = json.loads(dp_bytes)
            resources = list(dp["resources"])
        except (ValueError, KeyError, TypeError) as exc:
            report.problems.append(Problem(file=name, message=f"datapackage.json is invalid: {exc}"))
            return
        listed: set[str] = set()
        for res in resources:
            path = str(res.get("path", ""))
            listed.add(path)
            where = f"{name}!/{path}"
            if path not in names:
                report.problems.append(Problem(file=where, message="listed in datapackage.json "
                                               "but missing from the package"))
                continue
            expected = str(res.get("hash", ""))
            algo = expected.split(":", 1)[0] if ":" in expected else "sha256"
            try:
                with zf.open(path) as fh:
                    size, actual = hash_stream(fh, algo)
            except (ValueError, zipfile.BadZipFile, OSError) as exc:
                report.problems.append(Problem(file=where, message=f"cannot read: {exc}"))
                continue
            report.files_checked += 1
            if actual != expected:
                report.problems.append(Problem(
                    file=where, message=f"hash mismatch: datapackage.json says {expected}, "
                    f"file has {actual}"))
            if "bytes" in res and int(res["bytes"]) != size:
                report.problems.append(Problem(
                    file=where, message=f"size mismatch: datapackage.json says {res['bytes']} "
                    f"bytes, file has {size}"))
        for extra in sorted(names - listed - {"datapackage.json", "datapackage-digest.json"}):
            if not extra.endswith("/"):
                report.problems.append(Problem(file=f"{name}!/{extra}",
                                               message="file not listed in datapackage.json"))
        if "datapackage-digest.json" in names:
            _verify_digest_file(zf.read("datapackage-digest.json"), dp_bytes, dp, name, report,
                                trusted_keys)
        for path in sorted(n for n in listed if n.startswith("archive/") and n in names
                           and (n.endswith(".warc.gz") or n.endswith(".warc"))):
            with zf.open(path) as fh:
                verify_warc_stream(fh, f"{name}!/{path}", report)


def _verify_digest_file(raw: bytes, dp_bytes: bytes, dp: dict[str, object], name: str,
                        report: VerifyReport, trusted_keys: tuple[str, ...]) -> None:
    where = f"{name}!/datapackage-digest.json"
    try:
        digest = json.loads(raw)
        expected = str(digest["hash"])
    except (ValueError, KeyError, TypeError) as exc:
        report.problems.append(Problem(file=where, message=f"invalid: {exc}"))
        return
    algo = expected.split(":", 1)[0] if ":" in expected else "sha256"
    actual = f"{algo}:{hashlib.new(algo, dp_bytes).hexdigest()}"
    if actual != expected:
        report.problems.append(Problem(file=where, message=f"datapackage.json hash mismatch: "
                                       f"digest file says {expected}, datapackage.json has {actual}"))
    signed = digest.get("signedData")
    if not signed:
        return
    report.signed = True
    from redline.archive.wacz import verify_signature

    ok, why = verify_signature(signed, expected, dp, trusted_keys)
    report.signature_ok = ok
    if not ok:
        report.problems.append(Problem(file=where, message=f"signature not verified: {why}"))


__all__ = ["Problem", "VerifyReport", "hash_stream", "verify_path", "verify_warc_stream"]
