"""Planning a batch: input patterns -> WARC files -> tasks (a whole file, or a byte range).

Inputs are local paths, folders (every ``*.warc``, ``*.warc.gz``, ``*.wacz`` below) and globs,
or fsspec URLs (``s3://bucket/crawl/*.warc.gz``, ``https://host/x.warc.gz``; the protocol's
fsspec package, e.g. s3fs, must be installed where the client and the workers run).

A file bigger than ``split_bytes`` is cut into byte ranges when its records can be found from
an arbitrary offset: plain WARC, and WARC gzipped per record (the standard layout, which
Common Crawl uses). A task owns the records that *begin* in ``[start, end)``; it finds its
first record with ``find_record_boundary`` (the planner never reads whole files). A WARC that
is one gzip stream, and WACZ packages, are one task each.

Record boundaries are found by content, validated twice: in plain WARC a ``WARC/1.x`` line after
a blank line whose header's Content-Length lands exactly on the next record (or the end of the
file); in gzipped WARC a gzip member header whose first decompressed bytes are ``WARC/1.``. A
false boundary needs an embedded WARC inside a plain-WARC payload that also passes the length
check; gzip-per-record files cannot produce one.
"""

from __future__ import annotations

import glob
import hashlib
import logging
import os
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import IO

logger = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz", ".wacz")
_GLOB_CHARS = re.compile(r"[*?\[]")
_WINDOW = 1 << 20


@dataclass(frozen=True, slots=True, kw_only=True)
class Task:
    """One unit of work: a WARC file, or the records beginning in a byte range of one."""

    source: str  # local path or fsspec URL
    size: int | None = None
    start: int = 0
    end: int | None = None  # exclusive; None = to the end of the file
    part: int = 0
    parts: int = 1
    kind: str = "warc"  # "warc", "warc.gz" (per-record gzip), "wacz", or "missing"

    @property
    def key(self) -> str:
        """Stable id of this task's output (same file, size and range -> same key)."""
        raw = f"{self.source}\x00{self.size}\x00{self.start}\x00{self.end}"
        return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:24]

    @property
    def label(self) -> str:
        name = self.source.rstrip("/").rsplit("/", 1)[-1]
        return f"{name}[{self.part + 1}/{self.parts}]" if self.parts > 1 else name

    @property
    def nbytes(self) -> int:
        """Bytes of the input this task covers (0 when unknown)."""
        if self.size is None:
            return 0
        return (self.size if self.end is None else min(self.end, self.size)) - self.start


def is_url(s: str) -> bool:
    return "://" in s and not s.startswith("file://")


def read_path_list(spec: str, prefix: str = "") -> list[str]:
    """Paths listed one per line in a file (gzipped if it ends in .gz), each after ``prefix``.

    Common Crawl publishes its WARC paths this way (``warc.paths.gz``, relative paths); give
    ``prefix="https://data.commoncrawl.org/"`` or ``"s3://commoncrawl/"`` to read them remotely,
    or the folder they were downloaded to.
    """
    import gzip

    opener = gzip.open if spec.endswith(".gz") else open
    with opener(spec, "rt", encoding="utf-8") as fh:
        lines = [line.strip() for line in fh]
    return [prefix + line for line in lines if line and not line.startswith("#")]


def expand_inputs(patterns: Sequence[str]) -> list[tuple[str, int | None]]:
    """(source, size) for every WARC/WACZ file the patterns name, in a stable order.

    Patterns that name nothing become ``(pattern, None)`` entries for missing files, so the
    batch records an error for them instead of silently scanning less.
    """
    out: list[tuple[str, int | None]] = []
    seen: set[str] = set()

    def add(src: str, size: int | None) -> None:
        if src not in seen:
            seen.add(src)
            out.append((src, size))

    for pattern in patterns:
        if is_url(pattern):
            for src, size in _expand_url(pattern):
                add(src, size)
            continue
        path = pattern.removeprefix("file://")
        if _GLOB_CHARS.search(path):
            matches = sorted(glob.glob(path, recursive=True))
            files = [m for m in matches if os.path.isfile(m)]
            dirs = [m for m in matches if os.path.isdir(m)]
            for d in dirs:
                files += _walk(d)
            if not files:
                add(pattern, None)
            for f in sorted(files):
                add(f, os.path.getsize(f))
        elif os.path.isdir(path):
            for f in _walk(path):
                add(f, os.path.getsize(f))
        elif os.path.isfile(path):
            add(path, os.path.getsize(path))
        else:
            add(path, None)
    return out


def _walk(root: str) -> list[str]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.lower().endswith(WARC_SUFFIXES):
                found.append(os.path.join(dirpath, name))
    return found


def _expand_url(pattern: str) -> list[tuple[str, int | None]]:
    import fsspec

    fs, path = fsspec.core.url_to_fs(pattern)
    if not _GLOB_CHARS.search(path):
        # No request per file here: a crawl lists ~100,000 of them. Unknown size = one task.
        return [(pattern, None)]
    found = fs.glob(path, detail=True)  # the listing carries the sizes
    out = [(fs.unstrip_protocol(p), info.get("size")) for p, info in sorted(found.items())]
    return out or [(pattern, None)]


def open_input(source: str) -> IO[bytes]:
    """Open a local path or fsspec URL for binary reading (seekable where the store allows)."""
    if is_url(source):
        import fsspec

        return fsspec.open(source, "rb").open()
    source = source.removeprefix("file://")
    return open(source, "rb")


def detect_kind(head: bytes, name: str) -> str:
    """"warc" (plain), "warc.gz" (gzip per record), "gz" (one gzip stream), "wacz", "unknown"."""
    if head.startswith(b"PK\x03\x04") and name.lower().endswith(".wacz"):
        return "wacz"
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            first = d.decompress(head)
        except zlib.error:
            return "unknown"
        if not first.startswith(b"WARC/"):
            return "unknown"
        if d.eof and d.unused_data.startswith(b"\x1f\x8b"):
            return "warc.gz"
        return "gz"  # the first member did not end within the head: one stream (or a huge record)
    return "unknown"


def plan_tasks(inputs: Iterable[tuple[str, int | None]], split_bytes: int | None) -> list[Task]:
    """One task per file, or per ``split_bytes`` range of a big splittable file."""
    tasks: list[Task] = []
    for source, size in inputs:
        if size is None and not is_url(source):
            tasks.append(Task(source=source, size=None, kind="missing"))
            continue
        kind = "warc"
        if split_bytes and size and size > split_bytes and is_url(source):
            # Judged by the name, not by a request per file. A gzip-as-one-stream file named
            # .warc.gz still comes out right: its first task sees that and reads it all
            # (worker._task_documents), the other tasks find no gzip member starting a record.
            low = source.lower()
            kind = "warc.gz" if low.endswith(".warc.gz") else "warc" if low.endswith(".warc") else "unknown"
        elif split_bytes and size and size > split_bytes:
            try:
                with open_input(source) as fh:
                    head = fh.read(256 * 1024)
            except OSError as exc:
                logger.warning("%s: cannot read its head to plan the split (%s); one task", source, exc)
                head = b""
            kind = detect_kind(head, source)
        elif source.lower().endswith(".wacz"):
            kind = "wacz"
        if split_bytes and size and size > split_bytes and kind in ("warc", "warc.gz"):
            n = -(-size // split_bytes)
            for i in range(n):
                end = None if i == n - 1 else (i + 1) * split_bytes
                tasks.append(Task(source=source, size=size, start=i * split_bytes, end=end,
                                  part=i, parts=n, kind=kind))
        else:
            tasks.append(Task(source=source, size=size, kind=kind))
    return tasks


# --- finding a record boundary from an arbitrary offset ---------------------------------------


def find_record_boundary(fh: IO[bytes], offset: int, kind: str, limit: int | None = None) -> int | None:
    """Offset of the first WARC record that begins at or after ``offset`` (before ``limit``).

    ``kind`` is "warc" or "warc.gz". Returns None when no record begins in ``[offset, limit)``.
    """
    if offset == 0:
        return 0
    if kind == "warc.gz":
        needle, back = b"\x1f\x8b\x08", 0
    else:
        needle, back = b"\r\n\r\nWARC/1.", 4
    pos = max(offset - back, 0)
    while limit is None or pos < limit:
        fh.seek(pos)
        buf = fh.read(_WINDOW + 64)
        if not buf:
            return None
        i = buf.find(needle)
        while i >= 0:
            cand = pos + i + back
            if cand >= offset and (limit is None or cand < limit):
                ok = _valid_gzip_member(fh, cand) if kind == "warc.gz" else _valid_plain_record(fh, cand)
                if ok:
                    return cand
            elif limit is not None and cand >= limit:
                return None
            i = buf.find(needle, i + 1)
        if len(buf) < _WINDOW + 64:
            return None
        pos += _WINDOW
    return None


def _valid_gzip_member(fh: IO[bytes], at: int) -> bool:
    fh.seek(at)
    chunk = fh.read(4096)
    try:
        out = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(chunk, 16)
    except zlib.error:
        return False
    return out.startswith(b"WARC/1.")


_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)


def _valid_plain_record(fh: IO[bytes], at: int) -> bool:
    fh.seek(at)
    head = fh.read(64 * 1024)
    end = head.find(b"\r\n\r\n")
    if end < 0:
        return False
    m = _CONTENT_LENGTH.search(head, 0, end + 2)
    if not m:
        return False
    nxt = at + end + 4 + int(m.group(1))
    fh.seek(nxt)
    tail = fh.read(11)
    return tail == b"\r\n\r\nWARC/1." or tail == b"\r\n\r\n"


__all__ = [
    "WARC_SUFFIXES",
    "Task",
    "detect_kind",
    "expand_inputs",
    "find_record_boundary",
    "is_url",
    "open_input",
    "plan_tasks",
    "read_path_list",
]
