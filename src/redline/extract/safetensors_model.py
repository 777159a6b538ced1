"""safetensors files: the JSON header (``__metadata__`` and tensor names), never the weights.

The header is an 8-byte little-endian length and that many bytes of UTF-8 JSON, parsed here
directly. Metadata values are metadata segments, unless a value holds a list of labels (a JSON
or Python list literal, or a delimited list under a ``*class*``/``*label*`` key), which becomes
one ``label-list`` group. Offsets are bytes of the file.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterator

from redline.errors import ExtractionError
from redline.extract.base import Extractor, extractors
from redline.extract.jsonpos import JsonString, json_strings
from redline.extract.mlmodel import Utf8Offsets, split_labels
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind

MAX_SAFETENSORS_HEADER = 100 * 1024**2


@extractors.register("safetensors")
class SafetensorsExtractor(Extractor):
    """The JSON header of a .safetensors file: ``__metadata__`` and tensor names."""

    name = "safetensors"
    byte_offsets = True  # locators count bytes of the raw file (see Segment.encoding)
    media_types = ("application/x-safetensors",)
    raw_text = False

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        if len(data) < 8:
            raise ExtractionError("not a safetensors file: shorter than its 8-byte header length")
        (n,) = struct.unpack("<Q", data[:8])
        if n > len(data) - 8 or n > MAX_SAFETENSORS_HEADER:
            raise ExtractionError(f"not a safetensors file: header length {n:,} exceeds the file")
        try:
            header = data[8 : 8 + n].decode("utf-8")
            json.loads(header)
        except (UnicodeDecodeError, ValueError) as exc:
            raise ExtractionError(f"safetensors header is not valid UTF-8 JSON: {exc}") from exc
        yield from json_binary_segments(header, 8, limits, tensor_names=True)


def json_binary_segments(text: str, base: int, limits: Limits, *, tensor_names: bool = False,
                         pointer_prefix: str = "") -> Iterator[Segment]:
    """Segments of a JSON text stored raw (UTF-8) at byte ``base`` of a binary document."""
    to_byte = Utf8Offsets(text, base)
    for s in json_strings(text, limits.max_json_depth):
        depth = s.pointer.count("/")
        ptr = pointer_prefix + s.pointer
        if tensor_names and s.is_key and depth == 1 and s.value != "__metadata__":
            kind = SegmentKind.IDENTIFIER
        elif s.is_key or (tensor_names and not s.pointer.startswith("/__metadata__/")):
            continue  # dtype/shape values of tensors, and keys
        else:
            key = s.pointer.rsplit("/", 1)[-1]
            labels = split_labels(s.value, key)
            if labels:
                yield from labels_in_string(text, s, labels, to_byte, ptr)
                continue
            kind = SegmentKind.METADATA
        yield binary_segment(text, s.start, s.end, s.value, s.verbatim, to_byte, kind, ptr)


def binary_segment(text: str, start: int, end: int, value: str, verbatim: bool,
                   to_byte: Utf8Offsets, kind: SegmentKind, pointer: str,
                   group: str | None = None) -> Segment:
    b0 = to_byte(start)
    b1 = to_byte(end)
    return Segment(text=value, kind=kind, group=group, verbatim=verbatim,
                   encoding="utf-8" if verbatim else None,
                   locator=Locator(offset=b0, length=b1 - b0, pointer=pointer))


def labels_in_string(text: str, s: JsonString, labels: list[str], to_byte: Utf8Offsets,
                     pointer: str) -> Iterator[Segment]:
    """One label-list segment per label found inside the raw JSON string ``s``."""
    raw = text[s.start : s.end]
    cursor = 0
    for i, label in enumerate(labels):
        j = raw.find(label, cursor)
        if j >= 0 and label:
            cursor = j + len(label)
            yield binary_segment(text, s.start + j, s.start + cursor, label, True, to_byte,
                                 SegmentKind.LABEL_LIST, f"{pointer}/{i}", pointer)
        else:
            b0 = to_byte(s.start)
            yield Segment(text=label, kind=SegmentKind.LABEL_LIST, group=pointer,
                          locator=Locator(offset=b0, length=to_byte(s.end) - b0,
                                          pointer=f"{pointer}/{i}"))


__all__ = ["SafetensorsExtractor", "binary_segment", "json_binary_segments", "labels_in_string"]
