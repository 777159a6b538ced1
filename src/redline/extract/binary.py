"""Printable strings from binaries: ELF/PE/Mach-O executables and libraries, firmware, blobs.

What ``strings`` does, for the encodings vendors in our field ship: ASCII/UTF-8, UTF-16LE and
UTF-16BE (Windows/Java/Qt wide strings) and GB18030/GBK (Chinese firmware and SDKs). Each
string becomes one segment whose ``locator.offset``/``length`` are *byte* positions in the
document and whose ``encoding`` lets ``Segment.locate`` turn a match inside the string into
exact byte offsets. Identifier-like strings (symbols, ``com/vendor/FaceAttr``, ``getRaceLabel``)
get kind ``identifier`` so the rule engine splits them as code; the rest are ``string``.

Speed: one compiled regex pass for ASCII/UTF-8, vectorised numpy passes for UTF-16 (both byte
orders, both alignments) and a GB2312-anchored regex for GB18030, so a 64 MB binary costs
seconds, not minutes. Noise control: CJK runs in UTF-16 and GB18030 must be C-string terminated
or long, consist of common (GB2312) characters, and not be ASCII text or UTF-8 seen through the
wrong encoding.
"""

from __future__ import annotations

import bisect
import functools
import re
import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported where strings are pulled, not at start-up (~90 ms)
    import numpy as np

from redline.extract.base import Extractor, extractors
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind

MIN_CHARS = 4  # shortest string kept (CJK: 2 characters, see below)
# ASCII strings shorter than this need three letters in a row: most 4-7 character "strings" of
# a binary are machine code that happens to be printable, and would drown the real ones.
SHORT_CHARS = 8
_WORDISH = re.compile(r"[A-Za-z]{3}")
MIN_CJK = 2  # a CJK run this short must be NUL-terminated ...
LONG_CJK = 6  # ... unless it has this many ideographs

_ASCII = re.compile(rb"[\t\x20-\x7e]{4,}")
_MB = rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})"
# UTF-8 with at least one multi-byte character, anchored on it (ASCII before it is added after).
_UTF8 = re.compile(_MB + rb"(?:[\t\x20-\x7e]|" + _MB + rb")*")
# GB18030: anchored on two GB2312 ideograph-or-symbol pairs, then GBK pairs and ASCII.
_GB = re.compile(rb"(?:[\xa1-\xf7][\xa1-\xfe]){2}(?:[\x81-\xfe][\x40-\x7e\x80-\xfe]|[\t\x20-\x7e])*")
_IDENT = re.compile(r"[A-Za-z_$][\w$]*(?:(?:\.|::|/|->|#)[A-Za-z_$<][\w$<>]*)*;?")
_ASCII_PRINTABLE = frozenset(range(0x20, 0x7F)) | {0x09}


@dataclass(frozen=True, slots=True)
class BinaryString:
    offset: int  # byte offset in the scanned buffer
    length: int  # byte length
    text: str
    encoding: str  # "utf-8", "utf-16-le", "utf-16-be" or "gb18030"


@functools.cache
def _common_table() -> np.ndarray:
    """bool[65536]: the BMP code points of GB2312 (common hanzi, CJK punctuation) and ASCII."""
    import numpy as np
    table = np.zeros(0x10000, dtype=bool)
    table[0x09] = True
    table[0x20:0x7F] = True
    pairs = bytes(b for lead in range(0xA1, 0xF8) for trail in range(0xA1, 0xFF) for b in (lead, trail))
    text = pairs.decode("gb2312", "ignore")
    table[np.frombuffer(text.encode("utf-32-le"), dtype="<u4")] = True
    return table


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF


def _plausible_cjk(text: str, terminated: bool) -> bool:
    """True for text that reads as Chinese: common characters, terminated or long enough."""
    cjk = sum(1 for ch in text if _is_cjk(ch))
    if cjk < MIN_CJK or (cjk < LONG_CJK and not terminated):
        return False
    table = _common_table()
    return all(ord(ch) < 0x10000 and table[ord(ch)] for ch in text)


def _extend_left(data: bytes, start: int) -> int:
    floor = max(0, start - 256)
    while start > floor and data[start - 1] in _ASCII_PRINTABLE:
        start -= 1
    return start


def _candidates(arr: np.ndarray, pattern: str) -> list[int]:
    """Start positions worth trying a regex at (numpy, so machine code is skipped quickly)."""
    import numpy as np
    if pattern == "gb":  # two GB2312 pairs in a row
        if len(arr) < 4:
            return []
        lead = (arr >= 0xA1) & (arr <= 0xF7)
        trail = (arr >= 0xA1) & (arr <= 0xFE)
        hit = lead[:-3] & trail[1:-2] & lead[2:-1] & trail[3:]
    else:  # a three-byte UTF-8 sequence (CJK and most non-Latin scripts)
        if len(arr) < 3:
            return []
        cont = (arr >= 0x80) & (arr <= 0xBF)
        hit = (arr[:-2] >= 0xE0) & (arr[:-2] <= 0xEF) & cont[1:-1] & cont[2:]
    return np.flatnonzero(hit).tolist()


def _utf8_strings(data: bytes, arr: np.ndarray) -> Iterator[BinaryString]:
    for a in _ASCII.finditer(data):
        text = a.group().decode("ascii")
        if len(text) < SHORT_CHARS and not _WORDISH.search(text):
            continue  # "M4)r", "t$HH": machine code that happens to be printable
        yield BinaryString(a.start(), a.end() - a.start(), text, "utf-8")
    last = -1
    for pos in _candidates(arr, "utf8"):
        if pos < last:
            continue
        m = _UTF8.match(data, pos)
        if m is None:
            continue
        start, end = _extend_left(data, pos), m.end()
        last = end
        raw = data[start:end]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue  # overlong forms or surrogates: not text
        if len(text) < MIN_CHARS and not _plausible_cjk(text, True):
            continue
        yield BinaryString(start, len(raw), text, "utf-8")


def _gb_strings(data: bytes, arr: np.ndarray) -> Iterator[BinaryString]:
    n = len(data)
    last = -1
    for pos in _candidates(arr, "gb"):
        if pos < last:
            continue
        m = _GB.match(data, pos)
        if m is None:
            continue
        start, end = _extend_left(data, pos), m.end()
        last = end
        raw = data[start:end]
        try:
            raw.decode("utf-8")
            continue  # valid UTF-8 (the UTF-8 pass has it)
        except UnicodeDecodeError:
            pass
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            continue
        bounded = (end >= n or data[end] == 0) and (start == 0 or data[start - 1] == 0)
        if _plausible_cjk(text, bounded):
            yield BinaryString(start, len(raw), text, "gb18030")


def _utf16_strings(data: bytes) -> list[BinaryString]:
    le = [s for align in (0, 1) for s in _utf16_pass(data, align, "<", "utf-16-le")]
    le.sort(key=lambda s: s.offset)
    starts = [s.offset for s in le]
    out = list(le)
    for align in (0, 1):
        for s in _utf16_pass(data, align, ">", "utf-16-be"):
            # A little-endian wide string read one byte off looks big-endian: LE wins.
            i = bisect.bisect_right(starts, s.offset + s.length) - 1
            if i >= 0 and le[i].offset + le[i].length > s.offset:
                continue
            out.append(s)
    return out


def _runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    import numpy as np
    edges = np.flatnonzero(np.diff(np.concatenate(([False], mask, [False])).astype(np.int8)))
    return edges[0::2], edges[1::2]


def _run_sums(mask: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Per-run sums of ``mask`` over [starts[i], ends[i]) in one pass (no cumsum array)."""
    import numpy as np
    if len(starts) == 0:
        return np.zeros(0, dtype=np.int64)
    idx = np.empty(2 * len(starts), dtype=np.intp)
    idx[0::2], idx[1::2] = starts, ends
    padded = np.concatenate((mask, [False]))
    return np.add.reduceat(padded, idx, dtype=np.int64)[0::2]


def _utf16_pass(data: bytes, align: int, order: str, enc: str) -> Iterator[BinaryString]:
    import numpy as np
    usable = (len(data) - align) // 2 * 2
    if usable < 4:
        return
    units = np.frombuffer(data, dtype=f"{order}u2", count=usable // 2, offset=align)
    n_units = len(units)
    ascii_ = ((units >= 0x20) & (units <= 0x7E)) | (units == 0x09)
    cjk = ((units >= 0x4E00) & (units <= 0x9FFF)) | ((units >= 0x3400) & (units <= 0x4DBF))
    punct = ((units >= 0x3000) & (units <= 0x303F)) | ((units >= 0xFF01) & (units <= 0xFF5E))

    # runs mixing CJK and ASCII; cheap tests first, the costly ones on the survivors only
    starts, ends = _runs(ascii_ | cjk | punct)
    n_cjk = _run_sums(cjk, starts, ends)
    nxt = units[np.minimum(ends, n_units - 1)]
    terminated = (ends >= n_units) | (nxt == 0)
    prev = units[np.maximum(starts - 1, 0)]
    bounded = terminated & ((starts == 0) | (prev == 0))
    cand = np.flatnonzero((n_cjk >= LONG_CJK) | ((n_cjk >= MIN_CJK) & bounded))
    taken = np.zeros(n_units + 1, dtype=np.int8)
    if len(cand):
        cs, ce = starts[cand], ends[cand]
        lengths = ce - cs
        lo, hi = units & 0xFF, units >> 8
        printable_pair = (((lo >= 0x20) & (lo <= 0x7E)) | (lo == 0x09)) & (
            ((hi >= 0x20) & (hi <= 0x7E)) | (hi == 0x09))
        all_printable = _run_sums(printable_pair, cs, ce) == lengths  # ASCII text read as UTF-16
        # a wide ASCII string read one byte off gives "ideographs" with a zero low byte
        # (U+6100 for "a\0"); real text has few (一 U+4E00), and ASCII units do not count
        zeros = _run_sums(cjk & (lo == 0), cs, ce)
        nc = n_cjk[cand]
        misaligned = (zeros * 2 >= nc) | ((nc < LONG_CJK) & (zeros > 0))
        rare = _run_sums(~_common_table()[units] & ~punct, cs, ce) > 0
        keep = ~all_printable & ~misaligned & ~rare
        for s, e in zip(cs[keep].tolist(), ce[keep].tolist()):
            taken[s] += 1
            taken[e] -= 1
            b0 = align + 2 * s
            raw = data[b0 : align + 2 * e]
            yield BinaryString(b0, len(raw), raw.decode(enc), enc)
    # pure ASCII wide strings (what ``strings -el`` finds), unless inside a CJK run above
    mask = ascii_ & ~(np.cumsum(taken[:-1]) > 0) if taken.any() else ascii_
    a_starts, a_ends = _runs(mask)
    long_ = (a_ends - a_starts) >= MIN_CHARS
    for s, e in zip(a_starts[long_].tolist(), a_ends[long_].tolist()):
        b0 = align + 2 * s
        raw = data[b0 : align + 2 * e]
        text = raw.decode(enc)
        if e - s < SHORT_CHARS and not _WORDISH.search(text):
            continue
        yield BinaryString(b0, len(raw), text, enc)


def iter_strings(data: bytes) -> list[BinaryString]:
    """All strings of ``data`` in every supported encoding, ordered by byte offset."""
    import numpy as np
    arr = np.frombuffer(data, dtype=np.uint8)
    found = list(_utf8_strings(data, arr)) + list(_gb_strings(data, arr))
    # An ASCII run inside a longer UTF-8 or GB18030 string is the same text: keep the whole.
    found.sort(key=lambda s: (s.offset, -s.length))
    out: list[BinaryString] = []
    reach = -1
    for s in found:
        if s.offset + s.length <= reach:
            continue
        out.append(s)
        reach = max(reach, s.offset + s.length)
    out.extend(_utf16_strings(data))
    out.sort(key=lambda s: (s.offset, -s.length))
    return out


def string_kind(text: str) -> SegmentKind:
    if len(text) <= 200 and _IDENT.fullmatch(text) and any(c.isalpha() for c in text):
        return SegmentKind.IDENTIFIER
    return SegmentKind.STRING


def string_segments(data: bytes, *, base: int = 0, pointer: str | None = None,
                    kind: SegmentKind | None = None, group: str | None = None) -> Iterator[Segment]:
    """Segments for every string of ``data``; offsets are shifted by ``base`` bytes."""
    for s in iter_strings(data):
        yield Segment(
            text=s.text, kind=kind or string_kind(s.text), verbatim=True, encoding=s.encoding,
            group=group, locator=Locator(offset=base + s.offset, length=s.length, pointer=pointer),
        )


@extractors.register("binary")
class BinaryExtractor(Extractor):
    """Strings of executables, libraries, firmware images and unknown binary blobs."""

    name = "binary"
    byte_offsets = True  # locators count bytes of the raw file (see Segment.encoding)
    sparse = True  # the pipeline keeps only strings near an anchor hit (pipeline._near_hits)
    media_types = (
        "application/x-elf", "application/x-msdownload", "application/x-mach-binary",
        "application/x-sharedlib", "application/x-executable", "application/vnd.microsoft.portable-executable",
        "application/octet-stream", "application/x-firmware", "application/x-archive",
    )
    priority = 150

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        yield from self.extract_regions(doc, data, limits, ((0, len(data)),))

    def extract_regions(self, doc: Document, data: bytes, limits: Limits,
                        regions: Sequence[tuple[int, int]]) -> Iterator[Segment]:
        """Strings of ``data[start:end]`` for each region, located in the whole file.

        The pipeline passes the regions around prefilter hits for big binaries, so a 50 MB
        library with one suspicious string is not read string by string from end to end.
        """
        sections = (elf_sections(data) if data.startswith(b"\x7fELF")
                    else pe_sections(data) if data.startswith(b"MZ") else [])
        starts = [sec[0] for sec in sections]
        for seg in _region_strings(data, regions):
            if sections:
                off = seg.locator.offset or 0
                i = bisect.bisect_right(starts, off) - 1
                if i >= 0 and off < sections[i][1]:
                    # the section (.rodata, .dynstr, .rsrc, ...) as the symbol path of the string
                    seg = Segment(text=seg.text, kind=seg.kind, verbatim=True, encoding=seg.encoding,
                                  locator=Locator(offset=off, length=seg.locator.length,
                                                  pointer=sections[i][2]))
            yield seg


def _region_strings(data: bytes, regions: Sequence[tuple[int, int]]) -> Iterator[Segment]:
    if len(regions) == 1 and regions[0] == (0, len(data)):
        yield from string_segments(data)
        return
    for start, end in regions:
        # widen to NUL bytes so no string is cut at a region edge (at most 4 KiB each way: Go
        # and Rust binaries hold long runs of strings without NULs, and a region must not grow
        # to the start or the end of the file)
        s0 = start
        if start:
            nul = data.rfind(b"\x00", max(0, start - 4096), start)
            s0 = nul + 1 if nul >= 0 else max(0, start - 4096)
        e0 = min(len(data), end)
        if end < len(data):
            nul = data.find(b"\x00", end, min(len(data), end + 4096))
            e0 = nul if nul >= 0 else min(len(data), end + 4096)
        yield from string_segments(data[s0:e0], base=s0)


def pe_sections(data: bytes) -> list[tuple[int, int, str]]:
    """(file offset, end, name) of a PE (Windows .exe/.dll) file's sections, by offset."""
    try:
        (lfanew,) = struct.unpack_from("<I", data, 0x3C)
        if data[lfanew : lfanew + 4] != b"PE\x00\x00":
            return []
        nsec, = struct.unpack_from("<H", data, lfanew + 6)
        opt_size, = struct.unpack_from("<H", data, lfanew + 20)
        table = lfanew + 24 + opt_size
        out = []
        for i in range(min(nsec, 96)):
            entry = table + 40 * i
            name = data[entry : entry + 8].rstrip(b"\x00").decode("ascii", "replace")
            raw_size, raw_ptr = struct.unpack_from("<II", data, entry + 16)
            if raw_size and raw_ptr < len(data):
                out.append((raw_ptr, min(raw_ptr + raw_size, len(data)), name or "?"))
        out.sort()
        return out
    except (struct.error, IndexError):
        return []


def elf_sections(data: bytes) -> list[tuple[int, int, str]]:
    """(file offset, end, name) of an ELF file's sections that occupy bytes, by offset."""
    try:
        cls, endian = data[4], "<" if data[5] == 1 else ">"
        if cls == 2:
            shoff, = struct.unpack_from(endian + "Q", data, 0x28)
            shentsize, shnum, shstrndx = struct.unpack_from(endian + "HHH", data, 0x3A)
            fmt, name_at, off_at = endian + "IIQQQQ", 0, 4
        else:
            shoff, = struct.unpack_from(endian + "I", data, 0x20)
            shentsize, shnum, shstrndx = struct.unpack_from(endian + "HHH", data, 0x2E)
            fmt, name_at, off_at = endian + "IIIIII", 0, 4
        if not shoff or shnum > 10_000 or shstrndx >= shnum:
            return []
        headers = []
        for i in range(shnum):
            f = struct.unpack_from(fmt, data, shoff + i * shentsize)
            sh_type = f[1]
            offset, size = f[off_at], f[off_at + 1]
            headers.append((f[name_at], sh_type, offset, size))
        _n, _t, str_off, str_size = headers[shstrndx]
        names = data[str_off : str_off + str_size]
        out = []
        for name_idx, sh_type, offset, size in headers:
            if sh_type == 8 or not size:  # SHT_NOBITS (.bss) has no bytes in the file
                continue
            end = names.find(b"\x00", name_idx)
            name = names[name_idx:end].decode("ascii", "replace") if end >= 0 else ""
            out.append((offset, offset + size, name or "?"))
        out.sort()
        return out
    except (struct.error, IndexError):
        return []


__all__ = ["BinaryExtractor", "BinaryString", "iter_strings", "string_kind", "string_segments"]
