"""Append-only WARC 1.1 writer: one gzip member per record, sha256 digests on every record.

Crash safety: each record is serialised and gzip-compressed in memory, then appended to the file
with a single ``os.write`` on a descriptor opened with ``O_APPEND``, followed by ``fsync``; the
store records a capture only after that. A process killed at any point (``kill -9``) almost always
leaves the whole record or nothing — but Linux may stop a large regular-file write between pages
when SIGKILL arrives, and a power loss can too. Such a torn final record was never acknowledged:
``archive check`` names its offset, and the next writer opened on the file removes it
(``complete_prefix_length``) before appending, so the file is whole again.

Digests: ``WARC-Block-Digest`` is the sha256 of the whole record block, ``WARC-Payload-Digest``
the sha256 of the payload (for ``response``/``request`` records the HTTP entity body as it came
over the wire, after transfer decoding but before content decoding; for ``resource``,
``metadata`` and ``warcinfo`` records the block itself). Both are written as ``sha256:<hex>``,
which warcio's checker and browsertrix-style tools read.

Records are never rewritten; a writer opened on an existing file appends to it. Thread safe: the
capture workers share one writer.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import uuid
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

logger = logging.getLogger(__name__)

WARC_VERSION = "WARC/1.1"
CRLF = b"\r\n"


@dataclass(frozen=True, slots=True, kw_only=True)
class WrittenRecord:
    """Where a record landed: its id, the offset of its gzip member and the member's length."""

    record_id: str
    offset: int
    length: int
    payload_digest: str
    block_digest: str
    warc_type: str


def sha256_digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def warc_date(when: datetime | None = None) -> str:
    """WARC 1.1 date (UTC, microseconds)."""
    when = (when or datetime.now(UTC)).astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_record_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def _header_value(value: str) -> str:
    # WARC named fields are single lines; a CR or LF in a value would forge a header.
    return value.replace("\r", " ").replace("\n", " ")


class WarcWriter:
    """Append records to one ``.warc.gz`` file (created with a ``warcinfo`` record if new).

    ``id_factory`` and ``clock`` are injectable so tests can pin ids and dates (the idea of
    warcio's ``FixedTestRecordMixin``).
    """

    def __init__(self, path: str | os.PathLike[str], *, software: str = "redline",
                 info: dict[str, str] | None = None,
                 id_factory: Callable[[], str] = new_record_id,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._id_factory = id_factory
        self._clock = clock or (lambda: datetime.now(UTC))
        self._lock = threading.Lock()
        self._fd: int | None = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        size = os.fstat(self._fd).st_size
        if size:
            good = complete_prefix_length(self.path)
            if good < size:
                # A process killed inside a large write(2) can leave the last record torn (the
                # kernel may stop a regular-file write between pages on SIGKILL). That record was
                # never acknowledged; cut it so appends continue from the last whole record.
                logger.warning("%s: removing an incomplete final record (%d bytes at offset %d) "
                               "left by an interrupted write", self.path, size - good, good)
                os.ftruncate(self._fd, good)
                size = good
        if size == 0:
            fields = {"software": software, "format": "WARC File Format 1.1",
                      "conformsTo": "https://iipc.github.io/warc-specifications/specifications/"
                                    "warc-format/warc-1.1/"}
            fields.update(info or {})
            body = b"".join(f"{k}: {_header_value(v)}\r\n".encode() for k, v in fields.items())
            self.write_record("warcinfo", body, content_type="application/warc-fields",
                              headers={"WARC-Filename": self.path.name})

    def __enter__(self) -> WarcWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None

    def write_record(
        self,
        warc_type: str,
        block: bytes,
        *,
        target_uri: str | None = None,
        content_type: str | None = None,
        payload_offset: int | None = None,
        headers: dict[str, str] | Iterable[tuple[str, str]] | None = None,
        record_id: str | None = None,
        date: datetime | None = None,
    ) -> WrittenRecord:
        """Append one record. ``payload_offset``: where the payload starts inside ``block``
        (after the HTTP header of a request/response); None means the block is the payload."""
        record_id = record_id or self._id_factory()
        payload = block[payload_offset:] if payload_offset is not None else block
        block_digest = sha256_digest(block)
        payload_digest = sha256_digest(payload)
        fields: list[tuple[str, str]] = [
            ("WARC-Type", warc_type),
            ("WARC-Record-ID", record_id),
            ("WARC-Date", warc_date(date or self._clock())),
        ]
        if target_uri is not None:
            fields.append(("WARC-Target-URI", target_uri))
        items = headers.items() if isinstance(headers, dict) else (headers or ())
        fields.extend((k, v) for k, v in items if v is not None)
        if content_type:
            fields.append(("Content-Type", content_type))
        fields.append(("WARC-Payload-Digest", payload_digest))
        fields.append(("WARC-Block-Digest", block_digest))
        fields.append(("Content-Length", str(len(block))))
        head = WARC_VERSION.encode() + CRLF + b"".join(
            f"{k}: {_header_value(v)}".encode() + CRLF for k, v in fields) + CRLF
        comp = zlib.compressobj(6, zlib.DEFLATED, 31)
        member = comp.compress(head) + comp.compress(block) + comp.compress(CRLF + CRLF) + comp.flush()
        with self._lock:
            if self._fd is None:
                raise ValueError(f"WARC writer for {self.path} is closed")
            offset = os.lseek(self._fd, 0, os.SEEK_END)
            # One write per record (see the module docstring); a short write on a regular file
            # means the disk is full, which we report rather than retry into a torn record.
            written = os.write(self._fd, member)
            if written != len(member):
                raise OSError(f"short write to {self.path}: {written} of {len(member)} bytes "
                              f"at offset {offset} (disk full?)")
            os.fsync(self._fd)
        logger.debug("wrote %s record %s at %s (%d bytes)", warc_type, record_id, offset, len(member))
        return WrittenRecord(record_id=record_id, offset=offset, length=len(member),
                             payload_digest=payload_digest, block_digest=block_digest,
                             warc_type=warc_type)


def complete_prefix_length(path: str | Path) -> int:
    """Bytes of ``path`` up to the end of its last complete gzip member (whole file if not gzip)."""
    with open(path, "rb") as fh:
        if fh.read(2) != b"\x1f\x8b":
            fh.seek(0, os.SEEK_END)
            return fh.tell()
        fh.seek(0)
        good = pos = 0
        d = zlib.decompressobj(31)
        while piece := fh.read(1 << 20):
            while piece:
                try:
                    d.decompress(piece, 0)
                except zlib.error:
                    return good
                if d.eof:
                    used = len(piece) - len(d.unused_data)
                    pos += used
                    good = pos
                    piece = d.unused_data
                    d = zlib.decompressobj(31)
                else:
                    pos += len(piece)
                    piece = b""
        return good


def http_response_block(status: int, reason: str, headers: Iterable[tuple[str, str]], body: bytes,
                        http_version: str = "HTTP/1.1") -> tuple[bytes, int]:
    """Serialise an HTTP response as a WARC response block; returns (block, payload offset)."""
    head = f"{http_version} {status} {reason}".rstrip().encode("latin-1", "replace") + CRLF
    head += b"".join(f"{k}: {_header_value(v)}".encode("latin-1", "replace") + CRLF for k, v in headers)
    head += CRLF
    return head + body, len(head)


def http_request_block(method: str, target: str, headers: Iterable[tuple[str, str]],
                       body: bytes = b"", http_version: str = "HTTP/1.1") -> tuple[bytes, int]:
    head = f"{method} {target} {http_version}".encode("latin-1", "replace") + CRLF
    head += b"".join(f"{k}: {_header_value(v)}".encode("latin-1", "replace") + CRLF for k, v in headers)
    head += CRLF
    return head + body, len(head)


__all__ = ["WARC_VERSION", "WarcWriter", "WrittenRecord", "http_request_block", "http_response_block",
           "new_record_id", "sha256_digest", "warc_date"]
