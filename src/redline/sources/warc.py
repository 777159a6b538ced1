"""WARC and WACZ files as containers: one Document per response record (and rendered DOM).

Owns reading web archives for the scanner and the batch runner:

- ``iter_warc_documents(path_or_stream, ...)`` streams a WARC file (plain, or gzip per record or
  whole-file) and yields one ``Document`` per selected record: ``uri`` is the record's
  WARC-Target-URI, ``record_id`` its WARC-Record-ID, ``record_offset`` the byte offset of the
  record in the WARC file (in the compressed file for ``.warc.gz``), ``media_type`` and
  ``charset`` the HTTP Content-Type (a hint: the pipeline sniffs the bytes), ``data`` the HTTP
  payload with transfer and content encodings (chunked, gzip, deflate, br, zstd) removed under
  the decompression caps of ``Limits``. ``start``/``end`` select the records that *begin* in a
  byte range, so one large file can be split into tasks (``redline.batch.plan``).
- Selected by default: ``response`` records (any media type but images, audio, video and
  fonts), and ``resource`` records holding text or HTML (a browser capture's rendered DOM,
  ``urn:dom:...``); screenshots, PDF prints, requests, metadata, revisits and warcinfo are
  skipped before their payload is read.
- Container expanders for ``application/warc`` and ``application/wacz`` (a zip whose
  ``archive/*.warc[.gz]`` members are read in turn), so ``redline scan crawl.warc.gz`` and
  ``redline scan capture.wacz`` scan every record; a big file on disk is streamed from its path.

A truncated or corrupt WARC raises ``ArchiveFormatError`` after the records that could be read
(those stay in the report). A record whose payload is over ``max_bytes`` or whose encoding is a
decompression bomb becomes a Document carrying a per-document error, so the scan goes on.

FastWARC does the reading (about 3x warcio on gzip); warcio is the fallback where FastWARC is
not installed, and ``reader="warcio"`` forces it. FastWARC's own HTTP decoding is not used:
one broken gzip body aborts its iterator, and it has no output cap.
"""

from __future__ import annotations

import io
import logging
import os
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from typing import IO, Any

from redline.errors import ArchiveFormatError, DocumentError, ExtractionError, LimitExceeded
from redline.limits import Limits
from redline.model import Document
from redline.sources.base import containers

logger = logging.getLogger(__name__)

WARC_MEDIA_TYPE = "application/warc"
WACZ_MEDIA_TYPE = "application/wacz"

DEFAULT_RECORD_TYPES: tuple[str, ...] = ("response", "resource")
# Resource records are documents only when they hold text: a browser capture stores the
# rendered DOM as text/html; its screenshot (image/png) and PDF print are evidence, not text.
RESOURCE_TEXT_TYPES: tuple[str, ...] = ("text/*", "application/xhtml+xml", "application/json")
# Never documents: redline does not look at images (of people or otherwise), sound or video,
# and no extractor reads fonts. Skipped on the declared type, before the payload is read.
NEVER_SCANNED_TYPES: tuple[str, ...] = ("image/*", "video/*", "audio/*", "font/*")

_READ_CHUNK = 1 << 20

PathOrStream = str | os.PathLike[str] | IO[bytes]


def media_type_matches(media_type: str, patterns: Collection[str]) -> bool:
    """``media_type`` (no parameters, lower case) is one of ``patterns`` (``type/*`` allowed)."""
    for p in patterns:
        if p == media_type or (p.endswith("/*") and media_type.startswith(p[:-1])):
            return True
    return False


# --- reading records (FastWARC or warcio behind one small interface) --------------------------


@dataclass(slots=True)
class _RawRecord:
    """One WARC record as both readers present it; payload read lazily."""

    rtype: str
    offset: int | None
    header: Callable[[str], str | None]  # WARC header by name (case-insensitive)
    http_header: Callable[[str], str | None] | None  # HTTP header, None when not HTTP
    http_charset: str | None
    payload_length: int  # declared bytes left in the block (after the HTTP header)
    read: Callable[[int], bytes]
    consumed: Callable[[], int]  # payload bytes read so far (after draining)
    drain: Callable[[], object]


@dataclass(slots=True)
class _Layout:
    # False for a WARC gzipped as one stream: its records have no seekable offset.
    offsets_valid: bool = True


def _fastwarc_records(stream: IO[bytes], base: int, stats: Counter[str], layout: _Layout
                      ) -> Iterator[_RawRecord]:
    from fastwarc.warc import ArchiveIterator

    relative: bool | None = None
    prev = -1
    for rec in ArchiveIterator(stream, parse_http=False):
        pos = rec.stream_pos
        if relative is None:
            # FastWARC counts from the stream's start position on some inputs and from 0 on
            # others; the first record always begins exactly where reading began.
            relative = pos < base
        if relative:
            pos += base
        if pos <= prev and layout.offsets_valid:
            # One gzip stream for the whole file: FastWARC reports buffer positions, not
            # record offsets (warcio refuses such files). Records keep no offset from here on.
            layout.offsets_valid = False
            logger.info("WARC is gzipped as one stream, not per record: no record offsets")
        prev = pos
        headers = rec.headers
        http_get = None
        charset = None
        rtype = str(rec.record_type)  # "response", "resource", ...
        if rtype in ("response", "request", "revisit") and (headers.get("Content-Type") or "").lower().startswith("application/http"):
            try:
                rec.parse_http()
            except OSError as exc:
                stats["records.bad_http"] += 1
                logger.debug("bad HTTP header in record at %d: %s", pos, exc)
            else:
                hmap: Any = rec.http_headers  # typed as always set; damaged records have none
                if hmap is not None:
                    http_get = hmap.get
                    charset = rec.http_charset
                else:
                    stats["records.bad_http"] += 1
        reader = rec.reader
        yield _RawRecord(
            rtype=rtype, offset=pos if layout.offsets_valid else None, header=headers.get,
            http_header=http_get, http_charset=charset,
            payload_length=rec.content_length, read=reader.read, consumed=reader.tell,
            drain=rec.consume,
        )


def _warcio_records(stream: IO[bytes], base: int, stats: Counter[str], layout: _Layout
                    ) -> Iterator[_RawRecord]:
    from warcio.archiveiterator import ArchiveIterator

    it = ArchiveIterator(stream, no_record_parse=False, check_digests=False)
    for rec in it:
        # ``it.offset`` is where this record starts (absolute: warcio starts from fh.tell()).
        # get_record_offset() would read the record to its end first.
        pos = it.offset
        http = rec.http_headers
        raw = rec.raw_stream
        counter = [0]

        def read(n: int, raw: Any = raw, counter: list[int] = counter) -> bytes:
            data: bytes = raw.read(n)
            counter[0] += len(data)
            return data

        def drain(raw: Any = raw, counter: list[int] = counter) -> None:
            while True:
                chunk = raw.read(_READ_CHUNK)
                if not chunk:
                    return
                counter[0] += len(chunk)

        payload_length = int(getattr(raw, "limit", 0))  # what is left after the HTTP header
        charset = None
        if http is not None:
            m = _CHARSET_RE.search(http.get_header("Content-Type") or "")
            charset = _python_codec(m.group(1)) if m else None
        yield _RawRecord(
            rtype=rec.rec_type or "unknown", offset=pos, header=rec.rec_headers.get_header,
            http_header=http.get_header if http is not None and rec.rec_type != "request" else None,
            http_charset=charset, payload_length=payload_length, read=read,
            consumed=_counter_reader(counter), drain=drain,
        )


def _counter_reader(counter: list[int]) -> Callable[[], int]:
    return lambda: counter[0]


def _have_fastwarc() -> bool:
    try:
        import fastwarc.warc  # noqa: F401
    except ImportError:
        return False
    return True


_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def _python_codec(label: str) -> str | None:
    import codecs

    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# --- payload decoding -------------------------------------------------------------------------


def dechunk(body: bytes) -> bytes | None:
    """Undo HTTP/1.1 chunked transfer coding; None if ``body`` is not validly chunked."""
    out = bytearray()
    pos = 0
    n = len(body)
    while True:
        eol = body.find(b"\r\n", pos, pos + 1024)
        if eol < 0:
            return None
        size_field = body[pos:eol].split(b";", 1)[0].strip()
        try:
            size = int(size_field, 16)
        except ValueError:
            return None
        pos = eol + 2
        if size == 0:
            return bytes(out)
        if pos + size > n:
            # A truncated last chunk: keep what is there (crawlers cut long bodies).
            out += body[pos:]
            return bytes(out)
        out += body[pos:pos + size]
        pos += size
        if body[pos:pos + 2] == b"\r\n":
            pos += 2
        elif pos < n:
            return None
        if pos >= n:
            return bytes(out)


def decode_content(body: bytes, encoding: str, limits: Limits, what: str = "") -> bytes:
    """Decode an HTTP Content-Encoding under ``max_document_bytes`` and the ratio cap.

    Returns ``body`` unchanged when it is plainly not in the declared encoding (archives often
    store the decoded body with the original header); raises ``LimitExceeded`` for bombs and
    ``ExtractionError`` for a body that starts like the encoding but is corrupt.
    """
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
    for coding in reversed(codings):  # applied in order, so undone in reverse
        if coding in ("identity", ""):
            continue
        if coding in ("gzip", "x-gzip"):
            if not body.startswith(b"\x1f\x8b"):
                return body
            body = _inflate(body, 16 + zlib.MAX_WBITS, limits, what, coding)
        elif coding == "deflate":
            try:
                body = _inflate(body, zlib.MAX_WBITS, limits, what, coding)
            except ExtractionError:
                body = _inflate(body, -zlib.MAX_WBITS, limits, what, coding)  # raw deflate
        elif coding == "br":
            try:
                body = _unbrotli(body, limits, what)
            except ExtractionError:
                return body  # no magic number to tell; an undecodable body is taken as stored decoded
        elif coding == "zstd":
            if not body.startswith(b"\x28\xb5\x2f\xfd"):
                return body
            body = _unzstd(body, limits, what)
        else:
            raise ExtractionError(f"{what}: unsupported Content-Encoding {coding!r}")
    return body


def _cap(limits: Limits, compressed: int) -> int:
    ratio_cap = int(max(compressed, 1) * limits.max_compression_ratio)
    return min(limits.max_document_bytes, ratio_cap)


def _over(limits: Limits, produced: int, compressed: int) -> LimitExceeded:
    if produced > limits.max_document_bytes:
        return LimitExceeded("max_document_bytes", produced, limits.max_document_bytes)
    return LimitExceeded("max_compression_ratio", produced / max(compressed, 1), limits.max_compression_ratio)


def _inflate(body: bytes, wbits: int, limits: Limits, what: str, coding: str) -> bytes:
    cap = _cap(limits, len(body))
    d = zlib.decompressobj(wbits)
    try:
        out = d.decompress(body, cap + 1)
    except zlib.error as exc:
        raise ExtractionError(f"{what}: corrupt {coding} body: {exc}") from exc
    if len(out) > cap:
        raise _over(limits, len(out), len(body))
    if not d.eof and not out:
        raise ExtractionError(f"{what}: truncated or corrupt {coding} body")
    # A body cut short (crawlers cap sizes) keeps what decoded, as browsers show it.
    return out


def _unbrotli(body: bytes, limits: Limits, what: str) -> bytes:
    import brotli

    cap = _cap(limits, len(body))
    d = brotli.Decompressor()
    out = bytearray()
    try:
        out += d.process(body, output_buffer_limit=cap + 1)
        while len(out) <= cap and not d.is_finished() and not d.can_accept_more_data():
            out += d.process(b"", output_buffer_limit=cap + 1 - len(out))
    except brotli.error as exc:
        raise ExtractionError(f"{what}: corrupt br body: {exc}") from exc
    if len(out) > cap:
        raise _over(limits, len(out), len(body))
    if not d.is_finished():
        raise ExtractionError(f"{what}: truncated br body")
    return bytes(out)


def _unzstd(body: bytes, limits: Limits, what: str) -> bytes:
    import zstandard

    cap = _cap(limits, len(body))
    try:
        with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(body)) as r:
            out = r.read(cap + 1)
    except zstandard.ZstdError as exc:
        raise ExtractionError(f"{what}: corrupt zstd body: {exc}") from exc
    if len(out) > cap:
        raise _over(limits, len(out), len(body))
    return out


# --- records to documents ---------------------------------------------------------------------


def _open(source: PathOrStream) -> tuple[IO[bytes], bool, str]:
    """(stream, we_opened_it, name)."""
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        if "://" in name and not name.startswith("file://"):
            import fsspec

            return fsspec.open(name, "rb").open(), True, name
        name = name.removeprefix("file://")
        from redline.errors import map_os_errors

        with map_os_errors(name):
            return open(name, "rb"), True, name
    return source, False, getattr(source, "name", None) or "<stream>"


def iter_warc_documents(
    path_or_stream: PathOrStream,
    *,
    record_types: Collection[str] = DEFAULT_RECORD_TYPES,
    media_types: Collection[str] | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
    start: int = 0,
    end: int | None = None,
    oversize: str = "error",
    stats: Counter[str] | None = None,
    reader: str = "auto",
    name: str | None = None,
) -> Iterator[Document]:
    """Stream the documents of one WARC file (see the module docstring).

    ``media_types``: keep only records whose HTTP Content-Type matches (``text/*`` patterns;
    records without a Content-Type are kept, the pipeline sniffs them); ``None`` keeps all.
    ``max_bytes``: payloads declared bigger become error documents (``oversize="error"``) or
    are skipped and counted (``oversize="skip"``); defaults to ``limits.max_document_bytes``.
    ``start``/``end``: only records that begin at a byte offset in ``[start, end)``; ``start``
    must be a record boundary. ``stats`` receives counters (records.<type>, skipped.<reason>).
    """
    limits = limits or Limits()
    cap = limits.max_document_bytes if max_bytes is None else max_bytes
    counters: Counter[str] = stats if stats is not None else Counter()
    types = frozenset(record_types)
    wanted_media = tuple(m.lower() for m in media_types) if media_types is not None else None
    stream, opened, label = _open(path_or_stream)
    label = name or label
    try:
        if start:
            stream.seek(start)
        base = start if start else _tell(stream)
        use_fast = reader == "fastwarc" or (reader == "auto" and _have_fastwarc())
        layout = _Layout()
        if use_fast:
            records = _fastwarc_records(stream, base, counters, layout)
            errors: tuple[type[BaseException], ...] = (OSError, ValueError, EOFError)
        else:
            from warcio.exceptions import ArchiveLoadFailed

            records = _warcio_records(stream, base, counters, layout)
            # warcio raises AttributeError on a record header cut short (its uri is None).
            errors = (OSError, ValueError, EOFError, zlib.error, ArchiveLoadFailed, AttributeError)
        last_good = base
        last: int | None = None
        while True:
            try:
                raw = next(records)
            except StopIteration:
                break
            except errors as exc:
                raise ArchiveFormatError(
                    f"{label}: corrupt or truncated WARC after offset {last_good}: {exc}") from exc
            if end is not None and raw.offset is not None and raw.offset >= end:
                return  # the next task's records; it checks the rest of the file
            try:
                doc = _document(raw, label, types, wanted_media, cap, oversize, limits, counters)
            except errors as exc:  # the payload could not be read: the file is damaged here
                raise ArchiveFormatError(
                    f"{label}: corrupt WARC record at offset {raw.offset}: {exc}") from exc
            _check_complete(raw, label)
            if raw.offset is not None:
                last_good = last = raw.offset
            if doc is not None:
                yield doc
        # Both readers stop quietly at a file cut inside a gzip member or a record header, so
        # the end of the file is checked here: the last record must be whole, nothing after it.
        _verify_end(stream, base, last, layout.offsets_valid, label)
    finally:
        if opened:
            stream.close()


def _verify_end(stream: IO[bytes], base: int, last: int | None, offsets_valid: bool, label: str) -> None:
    try:
        if not stream.seekable():
            return
        size = stream.seek(0, io.SEEK_END)
    except (OSError, AttributeError, ValueError):
        return
    if not offsets_valid:
        _verify_gzip_members(stream, base, label)  # one gzip stream: one more pass over it
        return
    start = base if last is None else last
    if size <= start:
        return
    stream.seek(start)
    magic = stream.read(2)
    if magic == b"\x1f\x8b":
        _verify_gzip_members(stream, start, label)
    else:
        _verify_plain_record(stream, start, size, label)


def _verify_gzip_members(stream: IO[bytes], start: int, label: str) -> None:
    """Every gzip member from ``start`` to the end of the file is complete."""
    stream.seek(start)
    pending = b""
    while True:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while not d.eof:
            chunk = pending or stream.read(_READ_CHUNK)
            pending = b""
            if not chunk:
                raise ArchiveFormatError(
                    f"{label}: truncated WARC: the file ends inside the gzip member that "
                    f"starts at or after offset {start}")
            try:
                d.decompress(chunk, _READ_CHUNK)
                while d.unconsumed_tail and not d.eof:
                    d.decompress(d.unconsumed_tail, _READ_CHUNK)
            except zlib.error as exc:
                raise ArchiveFormatError(f"{label}: corrupt gzip data after offset {start}: {exc}") from exc
        pending = d.unused_data or stream.read(_READ_CHUNK)
        if not pending:
            return


_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)


def _verify_plain_record(stream: IO[bytes], start: int, size: int, label: str) -> None:
    stream.seek(start)
    head = stream.read(65536)
    hdr_end = head.find(b"\r\n\r\n")
    m = _CONTENT_LENGTH.search(head, 0, hdr_end + 2) if hdr_end >= 0 else None
    if not head.startswith(b"WARC/") or m is None:
        raise ArchiveFormatError(f"{label}: truncated or corrupt WARC record header at offset {start}")
    body_at = start + hdr_end + 4
    expected = body_at + int(m.group(1))
    if size < expected:
        raise ArchiveFormatError(
            f"{label}: truncated WARC record at offset {start}: "
            f"{size - body_at:,} of {int(m.group(1)):,} bytes present")
    stream.seek(expected)
    rest = stream.read(4096)
    if rest.strip(b"\r\n"):
        raise ArchiveFormatError(f"{label}: unreadable data after the last record (offset {expected})")


def _tell(stream: IO[bytes]) -> int:
    try:
        return stream.tell()
    except (OSError, AttributeError, ValueError):
        return 0


def _check_complete(raw: _RawRecord, label: str) -> None:
    """A record whose block is shorter than its Content-Length is a truncated file."""
    try:
        raw.drain()
        got = raw.consumed()
    except (OSError, EOFError, zlib.error) as exc:
        raise ArchiveFormatError(f"{label}: truncated WARC record at offset {raw.offset}: {exc}") from exc
    if got < raw.payload_length or raw.header("Content-Length") is None:
        raise ArchiveFormatError(
            f"{label}: truncated WARC record at offset {raw.offset}: "
            f"{got:,} of {raw.payload_length:,} payload bytes present")


def _document(
    raw: _RawRecord, label: str, types: frozenset[str], wanted_media: tuple[str, ...] | None,
    cap: int, oversize: str, limits: Limits, counters: Counter[str],
) -> Document | None:
    counters[f"records.{raw.rtype}"] += 1
    if raw.rtype not in types:
        return None
    header = raw.header
    if raw.http_header is not None:
        ctype = raw.http_header("Content-Type") or ""
    else:
        ctype = header("Content-Type") or ""
    mt = ctype.split(";", 1)[0].strip().lower()
    if raw.rtype == "resource" and not media_type_matches(mt, RESOURCE_TEXT_TYPES):
        counters["records.skipped.resource_type"] += 1
        return None
    if mt and media_type_matches(mt, NEVER_SCANNED_TYPES):
        counters["records.skipped.media_type"] += 1
        return None
    if wanted_media is not None and mt and not media_type_matches(mt, wanted_media):
        counters["records.skipped.media_type"] += 1
        return None
    uri = header("WARC-Target-URI") or f"{label}#offset={raw.offset}"
    record_id = header("WARC-Record-ID")
    fetched_at = header("WARC-Date")
    charset = raw.http_charset
    if charset is None and raw.http_header is None:
        m = _CHARSET_RE.search(ctype)
        charset = _python_codec(m.group(1)) if m else None
    common: dict[str, Any] = {
        "uri": uri, "media_type": mt or None, "charset": charset, "record_id": record_id,
        "record_offset": raw.offset, "fetched_at": fetched_at,
    }
    length = raw.payload_length
    if length > cap:
        if oversize == "skip":
            counters["records.skipped.too_big"] += 1
            return None
        exc = LimitExceeded("max_document_bytes", length, cap)
        return Document(error=f"{uri}: {exc}", error_kind=exc.kind, **common)
    body = raw.read(length) if length else b""
    if len(body) < length:
        raise ArchiveFormatError(
            f"{label}: truncated WARC record at offset {raw.offset}: "
            f"{len(body):,} of {length:,} payload bytes present")
    if raw.http_header is not None:
        try:
            body = _decode_http(body, raw.http_header, limits, uri)
        except DocumentError as exc:
            return Document(error=f"{uri}: {exc}", error_kind=exc.kind, **common)
    counters["records.documents"] += 1
    return Document(data=body, **common)


def _decode_http(body: bytes, http_header: Callable[[str], str | None], limits: Limits, uri: str) -> bytes:
    te = (http_header("Transfer-Encoding") or "").lower()
    if "chunked" in te:
        plain = dechunk(body)
        if plain is not None:
            body = plain
    ce = http_header("Content-Encoding")
    if ce:
        body = decode_content(body, ce, limits, uri)
    return body


# --- container expanders ----------------------------------------------------------------------


def _check_depth(depth: int, limits: Limits) -> None:
    if depth >= limits.max_archive_depth:
        raise LimitExceeded("max_archive_depth", depth + 1, limits.max_archive_depth)


@containers.register(WARC_MEDIA_TYPE)
def expand_warc(doc: Document, data: bytes, limits: Limits, depth: int) -> Iterator[Document]:
    """Every response record (and rendered DOM) of a WARC file; streamed from disk when big."""
    _check_depth(depth, limits)
    source: PathOrStream = doc.path if (not data and doc.path) else io.BytesIO(data)
    yield from iter_warc_documents(source, limits=limits, name=doc.uri)


def wacz_warc_members(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The WARC files of a WACZ package, in name order (``archive/*.warc[.gz]``)."""
    out = [i for i in zf.infolist()
           if not i.is_dir() and i.filename.startswith("archive/")
           and i.filename.lower().endswith((".warc", ".warc.gz"))]
    return sorted(out, key=lambda i: i.filename)


@containers.register(WACZ_MEDIA_TYPE)
def expand_wacz(doc: Document, data: bytes, limits: Limits, depth: int) -> Iterator[Document]:
    """Every response record of every WARC inside a WACZ package."""
    _check_depth(depth, limits)
    try:
        zf = zipfile.ZipFile(doc.path if (not data and doc.path) else io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ArchiveFormatError(f"{doc.uri}: not a readable WACZ (zip) file: {exc}") from exc
    with zf:
        members = wacz_warc_members(zf)
        if len(zf.infolist()) > limits.max_archive_members:
            raise LimitExceeded("max_archive_members", len(zf.infolist()), limits.max_archive_members)
        if not members:
            raise ArchiveFormatError(f"{doc.uri}: WACZ holds no archive/*.warc.gz file")
        for info in members:
            if info.compress_type != zipfile.ZIP_STORED and info.file_size > info.compress_size * limits.max_compression_ratio:
                raise LimitExceeded("max_compression_ratio", info.file_size / max(info.compress_size, 1),
                                    limits.max_compression_ratio)
            label = f"{doc.uri}!/{info.filename}"
            try:
                member = zf.open(info)
            except (zipfile.BadZipFile, OSError, NotImplementedError) as exc:
                raise ArchiveFormatError(f"{label}: cannot open: {exc}") from exc
            with member:
                yield from iter_warc_documents(member, limits=limits, name=label)


__all__ = [
    "DEFAULT_RECORD_TYPES",
    "NEVER_SCANNED_TYPES",
    "RESOURCE_TEXT_TYPES",
    "WACZ_MEDIA_TYPE",
    "WARC_MEDIA_TYPE",
    "dechunk",
    "decode_content",
    "expand_wacz",
    "expand_warc",
    "iter_warc_documents",
    "media_type_matches",
    "wacz_warc_members",
]
