"""TensorFlow Lite models: FlatBuffer description, tensor names, metadata, packed label files.

Read with the generated ``tflite`` FlatBuffer accessors (no interpreter, nothing runs):

- ``Model.description``, subgraph names and input/output tensor names;
- every ``Model.metadata`` buffer (``TFLITE_METADATA`` holds the ModelMetadata FlatBuffer
  written by the TFLite metadata writers: model name, description, author, tensor
  descriptions, associated file names): its strings, as metadata segments;
- the associated files the metadata writers pack as a zip appended to the model
  (``labels.txt`` for a classifier's outputs): each label file becomes one ``label-list``
  group. Large vocabularies (tokenizer files) are kept as plain strings, not as a label set.

Offsets are bytes of the .tflite file (labels in stored zip members included).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from redline.errors import ExtractionError
from redline.extract.base import Extractor, extractors
from redline.extract.binary import string_segments
from redline.extract.mlmodel import Utf8Offsets, decode_utf8, parse_label_lines
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind

MAX_ASSOCIATED_FILE = 4 * 1024**2
MAX_LABELS = 5000
_NOT_LABELS = ("vocab", "merges", "tokenizer", "sentencepiece", ".model", "spm")
_LOCAL = struct.Struct("<4s5H3I2H")


def _fb_string(tab: Any, slot: int) -> tuple[int, bytes] | None:
    """(byte offset, raw bytes) of the string in ``slot`` of a FlatBuffer table."""
    import flatbuffers

    o = tab.Offset(slot)
    if not o:
        return None
    uoffset = flatbuffers.number_types.UOffsetTFlags
    pos = o + tab.Pos
    pos += flatbuffers.encode.Get(uoffset.packer_type, tab.Bytes, pos)
    n = flatbuffers.encode.Get(uoffset.packer_type, tab.Bytes, pos)
    start = pos + uoffset.bytewidth
    return start, bytes(tab.Bytes[start : start + n])


def _segment(found: tuple[int, bytes] | None, kind: SegmentKind, pointer: str) -> Segment | None:
    if found is None:
        return None
    off, raw = found
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text.strip():
        return None
    return Segment(text=text, kind=kind, verbatim=True, encoding="utf-8",
                   locator=Locator(offset=off, length=len(raw), pointer=pointer))


@extractors.register("tflite")
class TfliteExtractor(Extractor):
    name = "tflite"
    byte_offsets = True  # locators count bytes of the raw file (see Segment.encoding)
    media_types = ("application/x-tflite",)

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        import tflite

        try:
            model = tflite.Model.GetRootAsModel(data, 0)
            segs = list(self._model(model, data))
        except (IndexError, struct.error, ValueError, TypeError) as exc:
            raise ExtractionError(f"not a readable TFLite FlatBuffer: {exc}") from exc
        yield from segs
        yield from _associated_files(data)

    def _model(self, model: Any, data: bytes) -> Iterator[Segment]:
        seg = _segment(_fb_string(model._tab, 10), SegmentKind.METADATA, "/description")
        if seg:
            yield seg
        for g in range(model.SubgraphsLength()):
            sub = model.Subgraphs(g)
            seg = _segment(_fb_string(sub._tab, 12), SegmentKind.IDENTIFIER, f"/subgraphs/{g}/name")
            if seg:
                yield seg
            for what, idx in (("inputs", sub.InputsAsNumpy()), ("outputs", sub.OutputsAsNumpy())):
                if isinstance(idx, int):  # the accessor returns 0 for an absent vector
                    continue
                for k, t in enumerate(idx.tolist()):
                    if 0 <= t < sub.TensorsLength():
                        tensor = sub.Tensors(t)
                        seg = _segment(_fb_string(tensor._tab, 10), SegmentKind.IDENTIFIER,
                                       f"/subgraphs/{g}/{what}/{k}")
                        if seg:
                            yield seg
        for i in range(model.MetadataLength()):
            meta = model.Metadata(i)
            name_found = _fb_string(meta._tab, 4)
            name = name_found[1].decode("utf-8", "replace") if name_found else str(i)
            b = meta.Buffer()
            if not 0 <= b < model.BuffersLength():
                continue
            start, length = _buffer_span(model.Buffers(b), len(data))
            if length:
                yield from string_segments(data[start : start + length], base=start,
                                           pointer=f"/metadata/{name}", kind=SegmentKind.METADATA)


def _buffer_span(buf: Any, size: int) -> tuple[int, int]:
    tab = buf._tab
    o = tab.Offset(4)
    if o:
        return tab.Vector(o), tab.VectorLen(o)
    # big models keep buffers outside the FlatBuffer: offset/size from the file start
    off, n = buf.Offset(), buf.Size()
    if off and n and off + n <= size:
        return off, n
    return 0, 0


def _associated_files(data: bytes) -> Iterator[Segment]:
    """Label files packed by the TFLite metadata writers as a zip appended to the model."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error):
        return
    for info in infos:
        if info.is_dir() or info.file_size > MAX_ASSOCIATED_FILE or info.compress_size > MAX_ASSOCIATED_FILE:
            continue
        ptr = f"/associated_files/{info.filename}"
        raw, base = _member_bytes(data, info)
        if raw is None:
            continue
        text = decode_utf8(raw)
        lines = list(parse_label_lines(text))
        low = info.filename.lower()
        is_labels = len(lines) <= MAX_LABELS and not any(w in low for w in _NOT_LABELS)
        kind = SegmentKind.LABEL_LIST if is_labels else SegmentKind.STRING
        group = ptr if is_labels else None
        exact = base is not None and "\ufffd" not in text
        to_byte = Utf8Offsets(text, base or 0)
        for n, (s, e, label) in enumerate(lines):
            if exact:
                b0 = to_byte(s)
                yield Segment(text=label, kind=kind, group=group, verbatim=True, encoding="utf-8",
                              locator=Locator(offset=b0, length=to_byte(e) - b0, pointer=ptr))
            else:
                yield Segment(text=label, kind=kind, group=group,
                              locator=Locator(line=n + 1, pointer=ptr))


def _member_bytes(data: bytes, info: zipfile.ZipInfo) -> tuple[bytes | None, int | None]:
    """A member's content and, when stored uncompressed, its byte offset in ``data``."""
    h = info.header_offset
    if data[h : h + 4] != b"PK\x03\x04" or len(data) < h + _LOCAL.size:
        return None, None
    fields = _LOCAL.unpack(data[h : h + _LOCAL.size])
    start = h + _LOCAL.size + fields[-2] + fields[-1]
    body = data[start : start + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        return body, start
    if info.compress_type == zipfile.ZIP_DEFLATED:
        try:
            d = zlib.decompressobj(-zlib.MAX_WBITS)
            out = d.decompress(body, MAX_ASSOCIATED_FILE)
        except zlib.error:
            return None, None
        return out, None
    return None, None


__all__ = ["TfliteExtractor"]
