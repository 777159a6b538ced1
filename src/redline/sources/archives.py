"""Archive expanders: zip (jar, apk, aar, whl, .keras, .pt), tar, gzip, bzip2, xz, zstd and 7z.

Each expander turns one archive document into member documents with uris
``outer.zip!/path/in/member``. Archives nested inside an archive are opened here, in the same
expansion (``a.zip!/b.tar.gz!/c.txt``), so that one budget per top-level archive covers the
whole tree: member count, total uncompressed bytes, nesting depth. Members of other container
types (WARC) are yielded as ordinary members and opened by the pipeline.

Hostile input is the normal case here. Nothing trusts sizes written in headers: every member
is decompressed in bounded chunks while counting what comes out *and* what went in, so

- a member whose output exceeds ``max_compression_ratio`` times the compressed bytes consumed
  (judged once it is past ``RATIO_GRACE_BYTES``) is refused (``LimitExceeded``) after at most a
  few MB of work, and the other members are still scanned;
- ``max_archive_total_bytes`` and ``max_archive_members`` cover the top-level archive and
  everything nested in it (a 42.zip-style bomb ends with one error on the top-level document);
- a nested archive deeper than ``max_archive_depth`` is refused as a member error;
- a member bigger than ``max_document_bytes`` is refused, unless it is itself an archive, which
  is spooled to a temporary file and expanded from there.

Per-member problems (ratio, size, CRC, unsupported method, nested depth, a corrupt nested
archive) become member documents carrying ``error``; archive-wide problems (total bytes, member
count, a truncated or corrupt archive) raise, and the pipeline records them on the archive,
after the members already yielded. A zip whose central directory is missing (a truncated
download) is read from its local headers so that members before the cut are still scanned.

Big archives on disk (``doc.path`` set, ``data == b""``) are read from the path, streaming.
"""

from __future__ import annotations

import bz2
import contextlib
import io
import logging
import lzma
import os
import struct
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any, Protocol

from redline.errors import ArchiveFormatError, DocumentError, LimitExceeded
from redline.limits import Limits
from redline.model import Document
from redline.sources.files import display_uri
from redline.sniff import sniff
from redline.sources.base import containers

logger = logging.getLogger(__name__)

ZIP = "application/zip"
TAR = "application/x-tar"
GZIP = "application/gzip"
BZIP2 = "application/x-bzip2"
XZ = "application/x-xz"
ZSTD = "application/zstd"
SEVENZ = "application/x-7z-compressed"
ARCHIVE_TYPES = frozenset({ZIP, TAR, GZIP, BZIP2, XZ, ZSTD, SEVENZ})
STREAM_TYPES = frozenset({GZIP, BZIP2, XZ, ZSTD})

# The ratio is only judged past this many output bytes: tiny members (a few KB of zeros) reach
# high ratios harmlessly, and a bomb is caught after this much work at most per member.
RATIO_GRACE_BYTES = 1024**2
CHUNK_IN = 16 * 1024
CHUNK_OUT = 256 * 1024
# Members of a 7z archive are decompressed before they are yielded; past this many bytes held
# in memory across members they are spooled to temporary files instead.
SEVENZ_MEMORY_BYTES = 32 * 1024**2
XZ_MEMLIMIT = 256 * 1024**2
# Archive-wide limits end the whole expansion; any other limit only ends one member.
_ARCHIVE_WIDE = frozenset({"max_archive_total_bytes", "max_archive_members"})


class _Budget:
    """What one top-level archive (and everything nested in it) may still use."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.members = 0
        self.total = 0

    def count_member(self) -> None:
        self.members += 1
        if self.members > self.limits.max_archive_members:
            raise LimitExceeded("max_archive_members", self.members, self.limits.max_archive_members)

    def add_bytes(self, n: int) -> None:
        self.total += n
        if self.total > self.limits.max_archive_total_bytes:
            raise LimitExceeded("max_archive_total_bytes", self.total, self.limits.max_archive_total_bytes)


def _in_chunk(out: int, limits: Limits) -> int:
    """How much compressed input to read next: little until the output shows a sane ratio.

    bz2, xz and zstd keep input they were given internally, so what they consumed is only
    known to within the last chunk; small chunks at first keep a bomb's ratio measurable
    after ~1 MB of output, and bigger ones keep honest big streams fast.
    """
    return max(1024, min(4 * CHUNK_IN, int(out / max(limits.max_compression_ratio, 1.0))))


def _check_ratio(out: int, consumed: int, limits: Limits) -> None:
    if out > RATIO_GRACE_BYTES and out > limits.max_compression_ratio * max(consumed, 1):
        cap = limits.max_compression_ratio
        raise LimitExceeded("max_compression_ratio", int(out / max(consumed, 1)),
                            int(cap) if float(cap).is_integer() else cap)


@dataclass(slots=True)
class _Payload:
    """A member's bytes: in memory, or spooled to a temporary file (big nested archives)."""

    data: bytes | None = None
    path: str | None = None
    size: int = 0

    def head(self, n: int = 8192) -> bytes:
        if self.data is not None:
            return self.data[:n]
        assert self.path is not None
        with open(self.path, "rb") as fh:
            return fh.read(n)

    def discard(self) -> None:
        if self.path is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            self.path = None


class _Sink:
    """Collects one member's output under max_document_bytes (and the total, when asked)."""

    def __init__(self, name: str, budget: _Budget, *, count_total: bool) -> None:
        self.name = name
        self.budget = budget
        self.count_total = count_total
        self.size = 0
        self._buf = io.BytesIO()
        self._file: IO[bytes] | None = None
        self._path: str | None = None

    def write(self, chunk: bytes) -> None:
        if not chunk:
            return
        self.size += len(chunk)
        if self.count_total:
            self.budget.add_bytes(len(chunk))
        limit = self.budget.limits.max_document_bytes
        if self._file is None and self.size > limit:
            # Only an archive may go on (to a temporary file): it is expanded from there.
            head = (self._buf.getvalue()[:8192] + chunk[:8192])[:8192]
            if sniff(head, name=self.name) not in ARCHIVE_TYPES:
                raise LimitExceeded("max_document_bytes", self.size, limit)
            fd, self._path = tempfile.mkstemp(prefix="redline-member-")
            self._file = os.fdopen(fd, "wb")
            self._file.write(self._buf.getvalue())
            self._buf = io.BytesIO()
        if self._file is not None:
            self._file.write(chunk)
        else:
            self._buf.write(chunk)

    def result(self) -> _Payload:
        if self._file is not None:
            self._file.close()
            return _Payload(path=self._path, size=self.size)
        return _Payload(data=self._buf.getvalue(), size=self.size)

    def abort(self) -> None:
        if self._file is not None:
            self._file.close()
            with contextlib.suppress(OSError):
                os.unlink(self._path or "")


# --- decompressors behind one small interface --------------------------------------------------


class _Decompressor(Protocol):
    @property
    def eof(self) -> bool: ...

    @property
    def needs_input(self) -> bool: ...

    @property
    def unused_data(self) -> bytes: ...

    def decompress(self, data: bytes, max_length: int) -> bytes: ...


class _Zlib:
    """zlib's decompressobj with the needs_input/eof interface of bz2 and lzma."""

    def __init__(self, wbits: int) -> None:
        self._d = zlib.decompressobj(wbits)
        self._tail = b""
        self.eof = False

    @property
    def needs_input(self) -> bool:
        return not self._tail

    @property
    def unused_data(self) -> bytes:
        return self._d.unused_data

    @property
    def pending(self) -> int:
        """Input given but not consumed yet (so the ratio is judged on what was used)."""
        return len(self._tail) + len(self._d.unused_data)

    def decompress(self, data: bytes, max_length: int) -> bytes:
        buf = self._tail + data if self._tail else data
        out = self._d.decompress(buf, max_length)
        self._tail = self._d.unconsumed_tail
        self.eof = self._d.eof
        return out


def _new_decompressor(mt: str) -> _Decompressor:
    if mt == GZIP:
        return _Zlib(16 + zlib.MAX_WBITS)
    if mt == BZIP2:
        return bz2.BZ2Decompressor()
    if mt == XZ:
        return lzma.LZMADecompressor(lzma.FORMAT_AUTO, memlimit=XZ_MEMLIMIT)
    if mt == ZSTD:
        return _zstd_module().ZstdDecompressor()
    raise AssertionError(mt)


def _zstd_module() -> Any:
    """The stdlib zstd API (3.14+) or its backport: an output bound per call, like bz2."""
    try:
        from compression import zstd
    except ImportError:
        from backports import zstd
    return zstd


def _stream_errors() -> tuple[type[BaseException], ...]:
    return (zlib.error, OSError, EOFError, lzma.LZMAError, ValueError,
            _zstd_module().ZstdError)


class _DecompressingReader(io.RawIOBase):
    """A read-only stream over a compressed stream (multi-member gzip/bz2/xz/zstd included).

    Counts input consumed and output produced, enforces the ratio and the archive total, and
    raises ArchiveFormatError on corrupt or truncated input.
    """

    def __init__(self, fh: IO[bytes], mt: str, uri: str, budget: _Budget) -> None:
        self._fh = fh
        self._mt = mt
        self._uri = uri
        self._budget = budget
        self._d = _new_decompressor(mt)
        self._pending = b""  # input read but not yet given to the decompressor
        self._prefix = b""  # output pushed back by peek()
        self.fed = 0
        self.out = 0
        self._done = False
        self._started = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def peek(self, n: int) -> bytes:
        while len(self._prefix) < n:
            chunk = self._produce(n - len(self._prefix))
            if not chunk:
                break
            self._prefix += chunk
        return self._prefix[:n]

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            raise ValueError("unbounded read of a decompressing stream")
        if self._prefix:
            out, self._prefix = self._prefix[:n], self._prefix[n:]
            return out
        return self._produce(n)

    def _produce(self, n: int) -> bytes:
        try:
            return self._produce_unchecked(n)
        except DocumentError:
            raise
        except _stream_errors() as exc:
            raise ArchiveFormatError(f"{self._uri}: corrupt compressed stream: {exc}") from exc

    def _produce_unchecked(self, n: int) -> bytes:
        while not self._done:
            d = self._d
            if d.eof:
                rest = d.unused_data + self._pending
                self._pending = b""
                if not rest:
                    rest = self._fh.read(_in_chunk(self.out, self._budget.limits))
                    self.fed += len(rest)
                rest = rest.lstrip(b"\x00") if self._mt == GZIP else rest  # gzip padding
                if not rest:
                    self._done = True
                    break
                self._d = d = _new_decompressor(self._mt)
                self._pending = rest
            if d.needs_input:
                data = self._pending
                self._pending = b""
                if not data:
                    data = self._fh.read(_in_chunk(self.out, self._budget.limits))
                    self.fed += len(data)
                    if not data:
                        if self._started and not d.eof:
                            raise ArchiveFormatError(f"{self._uri}: truncated compressed stream")
                        self._done = True
                        break
            else:
                data = b""
            self._started = True
            out = d.decompress(data, max(1, min(n, CHUNK_OUT)))
            if out:
                self._account(out)
                return out
        return b""

    def _account(self, out: bytes) -> None:
        self.out += len(out)
        self._budget.add_bytes(len(out))
        _check_ratio(self.out, self.fed - len(self._pending) - getattr(self._d, "pending", 0),
                     self._budget.limits)


# --- reading members ---------------------------------------------------------------------------


def _drain(read: Callable[[int], bytes], sink: _Sink) -> None:
    while True:
        chunk = read(CHUNK_OUT)
        if not chunk:
            return
        sink.write(chunk)


def _inflate(fh: IO[bytes], start: int, csize: int | None, method: int, uri: str, sink: _Sink,
             limits: Limits) -> int:
    """Decompress one zip member's data at ``start``; returns its CRC-32."""
    fh.seek(start)
    crc = 0
    remaining = csize if csize is not None else 1 << 62
    if method == zipfile.ZIP_STORED:
        if csize is None:
            raise ArchiveFormatError(f"{uri}: stored member without a size")
        while remaining:
            chunk = fh.read(min(CHUNK_OUT, remaining))
            if not chunk:
                raise ArchiveFormatError(f"{uri}: truncated member data")
            remaining -= len(chunk)
            crc = zlib.crc32(chunk, crc)
            sink.write(chunk)
        return crc
    d: _Decompressor
    if method == zipfile.ZIP_DEFLATED:
        d = _Zlib(-zlib.MAX_WBITS)
    elif method == zipfile.ZIP_BZIP2:
        d = bz2.BZ2Decompressor()
    else:
        raise ArchiveFormatError(f"{uri}: unsupported zip compression method {method}")
    fed = 0
    try:
        while not d.eof:
            data = b""
            if d.needs_input:
                data = fh.read(min(_in_chunk(sink.size, limits), remaining))
                remaining -= len(data)
                fed += len(data)
                if not data:
                    raise ArchiveFormatError(f"{uri}: truncated member data")
            out = d.decompress(data, CHUNK_OUT)
            crc = zlib.crc32(out, crc)
            sink.write(out)
            _check_ratio(sink.size, fed - getattr(d, "pending", 0), limits)
    except (zlib.error, OSError, EOFError, ValueError) as exc:
        raise ArchiveFormatError(f"{uri}: corrupt member data: {exc}") from exc
    return crc


_LOCAL = struct.Struct("<4s5H3I2H")


def _local_data_start(fh: IO[bytes], header_offset: int, uri: str) -> int:
    if header_offset < 0:
        raise ArchiveFormatError(f"{uri}: bad local header offset {header_offset}")
    fh.seek(header_offset)
    raw = fh.read(_LOCAL.size)
    if len(raw) < _LOCAL.size or raw[:4] != b"PK\x03\x04":
        raise ArchiveFormatError(f"{uri}: bad local file header at byte {header_offset}")
    fields = _LOCAL.unpack(raw)
    return header_offset + _LOCAL.size + fields[-2] + fields[-1]


def _zip_name(info: zipfile.ZipInfo) -> str:
    """The member name; names without the UTF-8 flag are often UTF-8 or GBK (Chinese tools)
    rather than the cp437 zipfile assumes: re-read them when the bytes say so."""
    name = info.filename
    if info.flag_bits & 0x800 or name.isascii():
        return name
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:
        return name
    return _decode_name(raw)


def _decode_name(raw: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("cp437")


def _member_name(raw: str) -> str:
    # tarfile hands back names that are not UTF-8 with lone surrogates; no report can hold those.
    name = display_uri(raw.replace("\\", "/"))
    while name.startswith(("/", "./")):
        name = name[1:] if name.startswith("/") else name[2:]
    return name


# --- expansion ---------------------------------------------------------------------------------


class _Expansion:
    """One top-level expansion: the budget, and the recursion into nested archives.

    Members inherit where the archive came from (WARC record id and offset, fetch time), so a
    finding in ``page!/sdk.zip!/lib.so`` still points at the WARC record holding the zip.
    """

    def __init__(self, limits: Limits, origin: Document | None = None) -> None:
        self.limits = limits
        self.budget = _Budget(limits)
        self._origin = {} if origin is None else {
            "record_id": origin.record_id, "record_offset": origin.record_offset,
            "fetched_at": origin.fetched_at}

    def _doc(self, uri: str, data: bytes) -> Document:
        return Document(uri=uri, data=data, **self._origin)  # type: ignore[arg-type]

    def _err(self, uri: str, exc: DocumentError) -> Document:
        return Document(uri=uri, error=str(exc), error_kind=getattr(exc, "kind", "error"),
                        **self._origin)  # type: ignore[arg-type]

    def expand(self, mt: str, uri: str, fh: IO[bytes], depth: int) -> Iterator[Document]:
        if depth + 1 > self.limits.max_archive_depth:
            raise LimitExceeded("max_archive_depth", depth + 1, self.limits.max_archive_depth)
        if mt == ZIP:
            yield from self._zip(uri, fh, depth)
        elif mt == TAR:
            yield from self._tar(uri, fh, depth, stream=False)
        elif mt in STREAM_TYPES:
            yield from self._stream(mt, uri, fh, depth)
        elif mt == SEVENZ:
            yield from self._sevenz(uri, fh, depth)
        else:  # pragma: no cover - registry guarantees the type
            raise AssertionError(mt)

    # members -------------------------------------------------------------------------------

    def _emit(self, parent: str, name: str, payload: _Payload, depth: int) -> Iterator[Document]:
        """Yield the member at ``depth`` (its parent archive is at depth - 1)."""
        uri = f"{parent}!/{name}"
        base = name.rsplit("/", 1)[-1]
        try:
            head = payload.data if payload.data is not None else payload.head(200_000)
            mt = sniff(head, name=base)
            if mt not in ARCHIVE_TYPES:
                if payload.data is None:  # pragma: no cover - only archives are spooled
                    yield self._err(uri, LimitExceeded("max_document_bytes", payload.size,
                                                        self.limits.max_document_bytes))
                else:
                    yield self._doc(uri, payload.data)
                return
            try:
                with _open_payload(payload) as fh:
                    yield from self.expand(mt, uri, fh, depth)
            except DocumentError as exc:
                if isinstance(exc, LimitExceeded) and exc.limit in _ARCHIVE_WIDE:
                    raise
                yield self._err(uri, exc)
        finally:
            payload.discard()

    def _member_error(self, uri: str, exc: DocumentError) -> Document:
        if isinstance(exc, LimitExceeded) and exc.limit in _ARCHIVE_WIDE:
            raise exc
        return self._err(uri, exc)

    # zip -----------------------------------------------------------------------------------

    def _zip(self, uri: str, fh: IO[bytes], depth: int) -> Iterator[Document]:
        try:
            zf = zipfile.ZipFile(fh)
            infos = zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
                struct.error, NotImplementedError) as exc:
            yield from self._zip_local_headers(uri, fh, depth, exc)
            return
        for n, info in enumerate(infos):
            if info.filename.endswith("/"):
                continue  # a directory
            self.budget.count_member()
            name = _member_name(_zip_name(info)) or f"(unnamed member {n})"
            sink = _Sink(name, self.budget, count_total=True)
            try:
                if info.flag_bits & 0x1:
                    raise ArchiveFormatError(f"{uri}!/{name}: encrypted member (not scanned)")
                start = _local_data_start(fh, info.header_offset, f"{uri}!/{name}")
                crc = _inflate(fh, start, info.compress_size, info.compress_type, f"{uri}!/{name}",
                               sink, self.limits)
                if crc != info.CRC:
                    raise ArchiveFormatError(f"{uri}!/{name}: CRC mismatch (corrupt member)")
            except (OSError, ValueError, EOFError, struct.error) as exc:
                sink.abort()
                yield self._err(f"{uri}!/{name}", ArchiveFormatError(f"{uri}!/{name}: unreadable member: {exc}"))
                continue
            except DocumentError as exc:
                sink.abort()
                yield self._member_error(f"{uri}!/{name}", exc)
                continue
            yield from self._emit(uri, name, sink.result(), depth + 1)

    def _zip_local_headers(self, uri: str, fh: IO[bytes], depth: int, cause: BaseException
                           ) -> Iterator[Document]:
        """No readable central directory: recover what the local headers still describe."""
        fh.seek(0)
        if fh.read(4) != b"PK\x03\x04":
            raise ArchiveFormatError(f"{uri}: not a readable zip archive ({cause})") from cause
        offset = 0
        recovered = 0
        while True:
            fh.seek(offset)
            raw = fh.read(_LOCAL.size)
            if len(raw) < _LOCAL.size or raw[:4] != b"PK\x03\x04":
                break
            _sig, _ver, flags, method, _t, _d, crc, csize, _usize, nlen, xlen = _LOCAL.unpack(raw)
            name_raw = fh.read(nlen)
            name = _member_name(_decode_name(name_raw))
            start = offset + _LOCAL.size + nlen + xlen
            if flags & 0x8 and method != zipfile.ZIP_DEFLATED:
                break  # size only in a trailing descriptor: the data cannot be delimited
            sized = not flags & 0x8
            if name.endswith("/"):
                offset = start + (csize if sized else 0)
                continue
            self.budget.count_member()
            sink = _Sink(name, self.budget, count_total=True)
            try:
                if flags & 0x1:
                    raise ArchiveFormatError(f"{uri}!/{name}: encrypted member (not scanned)")
                got = _inflate(fh, start, csize if sized else None, method, f"{uri}!/{name}",
                               sink, self.limits)
                if sized and got != crc:
                    raise ArchiveFormatError(f"{uri}!/{name}: CRC mismatch (corrupt member)")
            except ArchiveFormatError:
                sink.abort()
                break  # the cut is here
            except DocumentError as exc:
                sink.abort()
                yield self._member_error(f"{uri}!/{name}", exc)
                if not sized:
                    break
                offset = start + csize
                continue
            recovered += 1
            end = fh.tell() if not sized else start + csize
            yield from self._emit(uri, name, sink.result(), depth + 1)
            offset = end + (16 if not sized else 0)
            if not sized:
                fh.seek(end)
                if fh.read(4) != b"PK\x07\x08":
                    offset = end + 12
        raise ArchiveFormatError(
            f"{uri}: truncated or corrupt zip (central directory unreadable: {cause}); "
            f"{recovered} member(s) recovered from local headers")

    # tar -----------------------------------------------------------------------------------

    def _tar(self, uri: str, fh: IO[bytes], depth: int, *, stream: bool) -> Iterator[Document]:
        try:
            tf = tarfile.open(fileobj=fh, mode="r|" if stream else "r:")  # noqa: SIM115 - closed by the with below
        except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
            raise ArchiveFormatError(f"{uri}: not a readable tar archive: {exc}") from exc
        with tf:
            while True:
                try:
                    member = tf.next()
                except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
                    raise ArchiveFormatError(f"{uri}: corrupt or truncated tar: {exc}") from exc
                if member is None:
                    return
                if not member.isreg():
                    continue
                self.budget.count_member()
                name = _member_name(member.name)
                # A compressed stream counts the total itself, including skipped data.
                sink = _Sink(name, self.budget, count_total=not stream)
                try:
                    src = tf.extractfile(member)
                    if src is None:
                        continue
                    _drain(src.read, sink)
                except DocumentError as exc:
                    sink.abort()
                    if stream and not (isinstance(exc, LimitExceeded)
                                       and exc.limit == "max_document_bytes"):
                        raise
                    yield self._member_error(f"{uri}!/{name}", exc)
                    continue
                except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
                    sink.abort()
                    raise ArchiveFormatError(f"{uri}!/{name}: truncated tar member: {exc}") from exc
                yield from self._emit(uri, name, sink.result(), depth + 1)

    # gzip / bzip2 / xz / zstd --------------------------------------------------------------

    def _stream(self, mt: str, uri: str, fh: IO[bytes], depth: int) -> Iterator[Document]:
        reader = _DecompressingReader(fh, mt, uri, self.budget)
        head = reader.peek(512)
        if len(head) >= 262 and head[257:262] == b"ustar":
            yield from self._tar(uri, reader, depth, stream=True)  # type: ignore[arg-type]
            return
        name = _stream_member_name(uri, mt, fh)
        self.budget.count_member()
        sink = _Sink(name, self.budget, count_total=False)
        try:
            _drain(reader.read, sink)
        except DocumentError:
            sink.abort()
            raise
        yield from self._emit(uri, name, sink.result(), depth + 1)

    # 7z ------------------------------------------------------------------------------------

    def _sevenz(self, uri: str, fh: IO[bytes], depth: int) -> Iterator[Document]:
        import py7zr
        import py7zr.exceptions

        fh.seek(0, os.SEEK_END)
        archive_size = fh.tell()
        fh.seek(0)
        # py7zr parses headers in pure Python: corrupt input surfaces as many exception types.
        errors = (py7zr.exceptions.ArchiveError, lzma.LZMAError, zlib.error, OSError, EOFError,
                  ValueError, KeyError, IndexError, struct.error, TypeError, AttributeError,
                  NotImplementedError, OverflowError, RuntimeError, MemoryError)
        factory = _SevenZipFactory(self.budget, archive_size)
        try:
            with py7zr.SevenZipFile(fh, mode="r") as sz:
                if sz.needs_password():
                    raise ArchiveFormatError(f"{uri}: encrypted 7z archive (not scanned)")
                files = [f for f in sz.list() if not f.is_directory]
                if len(files) > self.limits.max_archive_members - self.budget.members:
                    raise LimitExceeded("max_archive_members", self.budget.members + len(files),
                                        self.limits.max_archive_members)
                sz.extractall(factory=factory)
        except DocumentError:
            factory.close_all()
            raise
        except errors as exc:
            factory.close_all()
            raise ArchiveFormatError(f"{uri}: corrupt 7z archive: {exc}") from exc
        try:
            for fname, writer in factory.writers:
                self.budget.count_member()
                name = _member_name(fname)
                if writer.too_big:
                    yield self._err(f"{uri}!/{name}", LimitExceeded(
                        "max_document_bytes", writer.size(), self.limits.max_document_bytes))
                    continue
                yield from self._emit(uri, name, _Payload(data=writer.getvalue(), size=writer.size()),
                                      depth + 1)
                writer.close()
        finally:
            factory.close_all()


class _SevenZipWriter:
    """py7zr output target: bounded, spooled to disk past a shared memory budget."""

    def __init__(self, factory: _SevenZipFactory) -> None:
        self._factory = factory
        self._spool: tempfile.SpooledTemporaryFile[bytes] = tempfile.SpooledTemporaryFile(  # noqa: SIM115
            max_size=SEVENZ_MEMORY_BYTES)
        self._size = 0
        self.too_big = False

    def write(self, s: bytes | bytearray) -> int:
        n = len(s)
        f = self._factory
        f.budget.add_bytes(n)
        f.out += n
        _check_ratio(f.out, f.archive_size, f.budget.limits)
        if self.too_big:
            return n
        self._size += n
        if self._size > f.budget.limits.max_document_bytes:
            self.too_big = True
            self._spool.truncate(0)
            return n
        f.in_memory += n
        if f.in_memory > SEVENZ_MEMORY_BYTES:
            self._spool.rollover()
        self._spool.write(s)
        return n

    def read(self, size: int | None = None) -> bytes:
        return self._spool.read(size if size is not None else -1)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._spool.seek(offset, whence)

    def flush(self) -> None:
        self._spool.flush()

    def size(self) -> int:
        return self._size

    def close(self) -> None:
        # py7zr closes a target when its member is complete; the data is still needed.
        pass

    def getvalue(self) -> bytes:
        self._spool.seek(0)
        return self._spool.read()

    def dispose(self) -> None:
        self._spool.close()


class _SevenZipFactory:
    def __init__(self, budget: _Budget, archive_size: int) -> None:
        self.budget = budget
        self.archive_size = archive_size
        self.out = 0
        self.in_memory = 0
        self.writers: list[tuple[str, _SevenZipWriter]] = []

    def create(self, filename: str) -> _SevenZipWriter:
        w = _SevenZipWriter(self)
        self.writers.append((filename, w))
        return w

    def close_all(self) -> None:
        for _name, w in self.writers:
            w.dispose()


# --- helpers and registration ------------------------------------------------------------------


@contextlib.contextmanager
def _open_payload(payload: _Payload) -> Iterator[IO[bytes]]:
    if payload.data is not None:
        yield io.BytesIO(payload.data)
    else:
        assert payload.path is not None
        with open(payload.path, "rb") as fh:
            yield fh


def _stream_member_name(uri: str, mt: str, fh: IO[bytes]) -> str:
    base = uri.rsplit("!/", 1)[-1].rsplit("/", 1)[-1]
    if mt == GZIP:
        stored = _gzip_fname(fh)
        if stored:
            return _member_name(stored).rsplit("/", 1)[-1] or "data"
    low = base.lower()
    for ext, repl in ((".tgz", ".tar"), (".tbz2", ".tar"), (".txz", ".tar"), (".gz", ""),
                      (".bz2", ""), (".xz", ""), (".zst", ""), (".zstd", "")):
        if low.endswith(ext) and len(base) > len(ext):
            return base[: len(base) - len(ext)] + repl
    return base + ".out" if base else "data"


def _gzip_fname(fh: IO[bytes]) -> str | None:
    """The original file name stored in a gzip header (FNAME), if any."""
    pos = fh.tell()
    try:
        fh.seek(0)
        head = fh.read(1024)
    finally:
        fh.seek(pos)
    if len(head) < 10 or not head[3] & 0x08:
        return None
    i = 10
    if head[3] & 0x04:
        if len(head) < 12:
            return None
        i += 2 + struct.unpack("<H", head[10:12])[0]
    end = head.find(b"\x00", i)
    if end < 0:
        return None
    return head[i:end].decode("latin-1") or None


@contextlib.contextmanager
def _open_source(doc: Document, data: bytes) -> Iterator[IO[bytes]]:
    if data:
        yield io.BytesIO(data)
    elif doc.data is not None:
        yield io.BytesIO(doc.data)
    elif doc.path is not None:
        try:
            fh = open(doc.path, "rb")  # noqa: SIM115 - closed by the with below
        except OSError as exc:
            raise ArchiveFormatError(f"{doc.uri}: cannot open: {exc.strerror or exc}") from exc
        with fh:
            yield fh
    else:
        yield io.BytesIO(b"")


def _make_expander(mt: str) -> Callable[[Document, bytes, Limits, int], Iterator[Document]]:
    def expander(doc: Document, data: bytes, limits: Limits, depth: int) -> Iterator[Document]:
        with _open_source(doc, data) as fh:
            yield from _Expansion(limits, doc).expand(mt, doc.uri, fh, depth)

    expander.__name__ = f"expand_{mt.rsplit('/', 1)[-1].replace('-', '_')}"
    expander.__doc__ = f"Expand a {mt} document into its members (see module docstring)."
    return expander


def expand(doc: Document, data: bytes, limits: Limits, depth: int = 0,
           media_type: str | None = None) -> Iterator[Document]:
    """Expand any supported archive (media type sniffed unless given)."""
    mt = media_type or sniff(data or (doc.data or b""), name=doc.name, hint=doc.media_type)
    if mt not in ARCHIVE_TYPES:
        raise ArchiveFormatError(f"{doc.uri}: not a supported archive ({mt})")
    return _make_expander(mt)(doc, data, limits, depth)


for _mt in sorted(ARCHIVE_TYPES):
    containers.add(_mt, _make_expander(_mt))

__all__ = ["ARCHIVE_TYPES", "RATIO_GRACE_BYTES", "expand"]
