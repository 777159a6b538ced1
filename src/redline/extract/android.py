"""Android formats inside an APK/AAR: binary XML, resources.arsc and DEX string tables.

An APK is a zip (opened by ``sources/archives.py``); its members are read here:

- ``AndroidManifest.xml`` and ``res/*.xml`` are binary XML (AXML) and ``resources.arsc`` a
  resource table: every name, attribute value and string resource they hold sits in a
  ``ResStringPool`` chunk (UTF-8 or UTF-16LE), read directly from the documented layout. A
  maintained parser exists (androguard, pyaxmlparser) but pulls a large dependency tree for
  what is a 60-line table read here, with exact byte offsets it does not expose.
- ``classes*.dex``: the ``string_ids`` table lists every string constant, class, method and
  field name of the code (MUTF-8), so no disassembly is needed.

Offsets are bytes of the member; identifier-like strings (``Lcom/vendor/FaceAttr;``,
``getEthnicity``) are identifiers, the rest strings.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from redline.errors import ExtractionError
from redline.extract.base import Extractor, extractors
from redline.extract.binary import string_kind
from redline.limits import Limits
from redline.model import Document, Locator, Segment

MAX_STRINGS = 2_000_000
_RES_STRING_POOL = 0x0001
_RES_TABLE_PACKAGE = 0x0200
_UTF8_FLAG = 0x100


def _segment(text: str, off: int, length: int, encoding: str, pointer: str) -> Segment | None:
    if not text.strip():
        return None
    return Segment(text=text, kind=string_kind(text), verbatim=True, encoding=encoding,
                   locator=Locator(offset=off, length=length, pointer=pointer))


def string_pool(data: bytes, chunk: int, name: str) -> Iterator[Segment]:
    """The strings of the ResStringPool chunk at ``chunk``."""
    header_size = struct.unpack_from("<H", data, chunk + 2)[0]
    count, _styles, flags, strings_start = struct.unpack_from("<IIII", data, chunk + 8)
    if count > MAX_STRINGS:
        raise ExtractionError(f"string pool at byte {chunk} claims {count:,} strings")
    utf8 = bool(flags & _UTF8_FLAG)
    base = chunk + strings_start
    for i in range(count):
        (rel,) = struct.unpack_from("<I", data, chunk + header_size + 4 * i)
        p = base + rel
        if p >= len(data):
            continue
        if utf8:
            p = _skip_len8(data, p)  # length in UTF-16 units
            n, p = _len8(data, p)  # length in bytes
            raw, enc = data[p : p + n], "utf-8"
        else:
            (n,) = struct.unpack_from("<H", data, p)
            p += 2
            if n & 0x8000:
                (lo,) = struct.unpack_from("<H", data, p)
                n, p = ((n & 0x7FFF) << 16) | lo, p + 2
            raw, enc = data[p : p + 2 * n], "utf-16-le"
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        seg = _segment(text, p, len(raw), enc, f"/{name}/{i}")
        if seg:
            yield seg


def _len8(data: bytes, p: int) -> tuple[int, int]:
    n = data[p]
    if n & 0x80:
        return ((n & 0x7F) << 8) | data[p + 1], p + 2
    return n, p + 1


def _skip_len8(data: bytes, p: int) -> int:
    return _len8(data, p)[1]


def _chunks(data: bytes, start: int, end: int, prefix: str, depth: int = 0) -> Iterator[Segment]:
    off = start
    n = 0
    while off + 8 <= end:
        ctype, hsize, size = struct.unpack_from("<HHI", data, off)
        if size < 8 or off + size > end or hsize < 8:
            break
        if ctype == _RES_STRING_POOL:
            yield from string_pool(data, off, f"{prefix}strings{n}")
            n += 1
        elif ctype == _RES_TABLE_PACKAGE and depth < 2:
            yield from _chunks(data, off + hsize, off + size, f"{prefix}package/", depth + 1)
        off += size


@extractors.register("android-res")
class AndroidResourceExtractor(Extractor):
    """Binary XML (AndroidManifest.xml) and resources.arsc string pools."""

    name = "android-res"
    byte_offsets = True  # locators count bytes of the raw file (see Segment.encoding)
    media_types = ("application/vnd.android.axml", "application/vnd.android.arsc")

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        if len(data) < 12:
            raise ExtractionError("not an Android binary resource: too short")
        _ctype, hsize, size = struct.unpack_from("<HHI", data, 0)
        end = min(size, len(data)) if size >= 8 else len(data)
        try:
            yield from _chunks(data, hsize, end, "")
        except (struct.error, IndexError) as exc:
            raise ExtractionError(f"corrupt Android binary resource: {exc}") from exc


@extractors.register("dex")
class DexExtractor(Extractor):
    """Dalvik bytecode: the ``string_ids`` table (constants, class/method/field names)."""

    name = "dex"
    byte_offsets = True  # locators count bytes of the raw file (see Segment.encoding)
    media_types = ("application/vnd.android.dex",)

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        if len(data) < 0x70 or not data.startswith(b"dex\n"):
            raise ExtractionError("not a DEX file")
        count, ids_off = struct.unpack_from("<II", data, 0x38)
        if count > MAX_STRINGS or ids_off + 4 * count > len(data):
            raise ExtractionError(f"DEX string_ids table out of bounds ({count:,} at {ids_off})")
        offsets = struct.unpack_from(f"<{count}I", data, ids_off)
        for i, p in enumerate(offsets):
            if p >= len(data):
                continue
            while p < len(data) and data[p] & 0x80:  # uleb128 length in UTF-16 units
                p += 1
            p += 1
            end = data.find(b"\x00", p)
            if end < 0:
                continue
            raw = data[p:end]
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                # MUTF-8 surrogate pairs: keep the text, locate it by its start only
                text = raw.decode("utf-8", "replace")
                if text.strip():
                    yield Segment(text=text, kind=string_kind(text),
                                  locator=Locator(offset=p, pointer=f"/string_ids/{i}"))
                continue
            seg = _segment(text, p, len(raw), "utf-8", f"/string_ids/{i}")
            if seg:
                yield seg


__all__ = ["AndroidResourceExtractor", "DexExtractor", "string_pool"]
