"""Pickles and PyTorch checkpoints, read opcode by opcode with ``pickletools`` — never loaded.

Unpickling runs code chosen by whoever wrote the file, so this module only walks the opcode
stream (``pickletools.genops``): GLOBAL / STACK_GLOBAL names (the classes a checkpoint would
import: ``torch._utils _rebuild_tensor_v2``, ``sklearn.svm._classes SVC``) become identifier
segments, and every string opcode becomes a string segment. Strings pushed between a MARK and
the opcode that builds a list, tuple, set or dict from it (``APPENDS``, ``LIST``, ``TUPLE``,
``SETITEMS``, ...) form one ``label-list`` group when there are two or more: that is how a
``classes_`` list or an ``{0: "Asian", ...}`` label map looks in a pickle.

PyTorch ``.pt``/``.bin`` files are zips (``archive/data.pkl``): the archive expander opens
them and this module reads the ``data.pkl`` member. Offsets are bytes of the pickle.
"""

from __future__ import annotations

import io
import logging
import pickletools
from collections.abc import Iterator
from dataclasses import dataclass, field

from redline.errors import ExtractionError, LimitExceeded
from redline.extract.base import Extractor, extractors
from redline.extract.binary import string_kind
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind

logger = logging.getLogger(__name__)

MAX_OPCODES = 20_000_000

# opcode name -> (bytes before the payload after the opcode byte, encoding); exact offsets.
_RAW_STRINGS = {
    "SHORT_BINUNICODE": (1, "utf-8"),
    "BINUNICODE": (4, "utf-8"),
    "BINUNICODE8": (8, "utf-8"),
    "SHORT_BINSTRING": (1, "latin-1"),
    "BINSTRING": (4, "latin-1"),
}
_TEXT_STRINGS = {"UNICODE", "STRING"}  # protocol 0: escaped text, located by opcode only
_BUILDS = {"APPENDS", "LIST", "TUPLE", "SETITEMS", "DICT", "FROZENSET", "ADDITEMS"}


@dataclass(slots=True)
class _Frame:
    mark: int
    strings: list[int] = field(default_factory=list)  # indexes into the segment list
    others: int = 0


@extractors.register("pickle")
class PickleExtractor(Extractor):
    name = "pickle"
    byte_offsets = True  # locators count bytes of the raw file (see Segment.encoding)
    media_types = ("application/x-pickle", "application/x-pytorch")
    # The raw-byte prefilter runs first: protocol 2+ strings are raw UTF-8, so only protocol-0
    # pickles with non-ASCII trigger words escape it, and walking the opcodes of every big
    # pickle (sklearn forests: millions of opcodes) is what the prefilter exists to avoid.
    raw_text = True

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        segs: list[Segment] = []
        groups: dict[int, str] = {}
        frames: list[_Frame] = []
        count = 0
        try:
            for op, arg, pos in pickletools.genops(io.BytesIO(data)):
                count += 1
                if count > MAX_OPCODES:
                    raise LimitExceeded("max_segments", count, MAX_OPCODES)
                name = op.name
                pos = pos or 0
                if name == "MARK":
                    frames.append(_Frame(pos))
                    continue
                if name == "GLOBAL" or name == "INST":
                    module, _, qual = str(arg).partition(" ")
                    text = f"{module}\n{qual}"
                    raw = text.encode("utf-8")
                    exact = data[pos + 1 : pos + 1 + len(raw)] == raw
                    segs.append(Segment(text=text, kind=SegmentKind.IDENTIFIER, verbatim=exact,
                                        encoding="utf-8" if exact else None,
                                        locator=Locator(offset=pos + 1 if exact else pos,
                                                        length=len(raw) if exact else None,
                                                        pointer=f"@{pos}:{name}")))
                elif name in _RAW_STRINGS or name in _TEXT_STRINGS:
                    text = arg if isinstance(arg, str) else str(arg)
                    if not text.strip():
                        continue
                    seg = _string_segment(data, name, text, pos)
                    if frames:
                        frames[-1].strings.append(len(segs))
                    segs.append(seg)
                    continue
                if frames and pickletools.markobject in op.stack_before:
                    frame = frames.pop()
                    # a list/tuple/set of strings, or a dict pairing each string with a
                    # non-string ({0: "Asian"} or {"Asian": 0}); str->str dicts are not labels
                    paired = frame.others == len(frame.strings) if name in ("SETITEMS", "DICT") \
                        else frame.others == 0
                    if name in _BUILDS and len(frame.strings) >= 2 and paired:
                        for i in frame.strings:
                            groups[i] = f"@{frame.mark}"
                    if frames:
                        frames[-1].others += 1
                elif frames and op.stack_after and name not in ("MEMOIZE", "PUT", "BINPUT", "LONG_BINPUT"):
                    frames[-1].others += 1
        except (ValueError, EOFError) as exc:
            if not segs:
                raise ExtractionError(f"not a readable pickle: {exc}") from exc
            logger.info("%s: pickle stream ends early (%s); kept %d strings", doc.uri, exc, len(segs))
        for i, seg in enumerate(segs):
            group = groups.get(i)
            if group is not None:
                yield Segment(text=seg.text, kind=SegmentKind.LABEL_LIST, group=group,
                              verbatim=seg.verbatim, encoding=seg.encoding, locator=seg.locator)
            else:
                yield seg


def _string_segment(data: bytes, name: str, text: str, pos: int) -> Segment:
    pointer = f"@{pos}:{name}"
    if name in _RAW_STRINGS:
        skip, enc = _RAW_STRINGS[name]
        start = pos + 1 + skip
        try:
            raw = text.encode(enc)
        except UnicodeEncodeError:
            raw = b""
        if raw and data[start : start + len(raw)] == raw:
            return Segment(text=text, kind=string_kind(text), verbatim=True, encoding=enc,
                           locator=Locator(offset=start, length=len(raw), pointer=pointer))
    return Segment(text=text, kind=string_kind(text), locator=Locator(offset=pos, pointer=pointer))


__all__ = ["PickleExtractor"]
