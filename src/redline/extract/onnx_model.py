"""ONNX models read with the ``onnx`` package (protobuf parsing only; nothing is run).

Yields what tells a reader what a model infers: model and graph ``doc_string``s, producer and
``metadata_props`` (label lists stored in a property become a label group), graph input/output
names, and the string class labels of classifier operators (``ZipMap``'s
``classlabels_strings``, ``LinearClassifier``, ``TreeEnsembleClassifier``, ``SVMClassifier``,
``LabelEncoder``), string ``Constant``s and string initializers (each list one ``label-list``
group). Subgraphs (If/Loop/Scan bodies) are walked too. External weight files are not loaded.

Locations are byte offsets: strings are stored raw in the protobuf, found behind their length
prefix, searched in order so repeated labels map to their own bytes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from redline.errors import ExtractionError
from redline.extract.base import Extractor, extractors
from redline.extract.binary import string_kind
from redline.extract.mlmodel import split_labels
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind

MAX_GRAPH_DEPTH = 16


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


class PbStrings:
    """Finds the byte offset of protobuf string fields in the serialized message."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.cursor = 0

    def find(self, raw: bytes, *, after: int | None = None) -> int | None:
        if not raw:
            return None
        needle = _varint(len(raw)) + raw
        start = self.cursor if after is None else after
        i = self.data.find(needle, start)
        if i < 0 and start:
            i = self.data.find(needle)
        if i < 0:
            return None
        self.cursor = i + len(needle)
        return i + len(needle) - len(raw)

    def segment(self, raw: bytes, kind: SegmentKind, pointer: str, group: str | None = None,
                after: int | None = None) -> Segment | None:
        text = raw.decode("utf-8", "replace").strip("\x00")
        if not text.strip():
            return None
        off = self.find(raw, after=after)
        exact = off is not None and "\ufffd" not in text and raw.decode("utf-8", "replace") == text
        return Segment(text=text, kind=kind, group=group, verbatim=exact,
                       encoding="utf-8" if exact else None,
                       locator=Locator(offset=off, length=len(raw) if off is not None else None,
                                       pointer=pointer))


def label_group(pb: PbStrings, items: Sequence[bytes], pointer: str, after: int | None = None
                ) -> Iterator[Segment]:
    """A list of strings: one label-list group when it has two or more entries."""
    kind = SegmentKind.LABEL_LIST if len(items) >= 2 else SegmentKind.STRING
    group = pointer if len(items) >= 2 else None
    for i, raw in enumerate(items):
        seg = pb.segment(raw, kind, f"{pointer}/{i}", group, after)
        if seg is not None:
            after = pb.cursor
            yield seg


@extractors.register("onnx")
class OnnxExtractor(Extractor):
    name = "onnx"
    byte_offsets = True  # locators count bytes of the raw file (see Segment.encoding)
    media_types = ("application/x-onnx",)

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        import onnx
        from google.protobuf.message import DecodeError

        try:
            model = onnx.load_model_from_string(data)
        except (DecodeError, ValueError, RuntimeError, TypeError) as exc:
            raise ExtractionError(f"not a readable ONNX model: {exc}") from exc
        pb = PbStrings(data)
        # Protobuf writes fields in field-number order, so each string is searched after the
        # previous one (``pb.cursor``): repeated labels map to their own bytes.
        for field in ("producer_name", "domain", "doc_string"):  # fields 2, 4, 6
            value = getattr(model, field)
            if value:
                seg = pb.segment(value.encode(), SegmentKind.METADATA, f"/{field}")
                if seg:
                    yield seg
        yield from self._graph(pb, model.graph, "/graph", 0)  # field 7
        for prop in model.metadata_props:  # field 14
            ptr = f"/metadata_props/{prop.key}"
            key_seg = pb.segment(prop.key.encode(), SegmentKind.KEY, ptr)
            if key_seg:
                yield key_seg
            labels = split_labels(prop.value, prop.key)
            if labels:
                raw_value = prop.value.encode()
                value_off = pb.find(raw_value)
                yield from _labels_in_value(data, raw_value, value_off, labels, ptr)
            else:
                seg = pb.segment(prop.value.encode(), SegmentKind.METADATA, ptr)
                if seg:
                    yield seg

    def _graph(self, pb: PbStrings, graph: Any, ptr: str, depth: int) -> Iterator[Segment]:
        import onnx

        if depth > MAX_GRAPH_DEPTH:
            return
        for n, node in enumerate(graph.node):  # field 1
            nptr = f"{ptr}/node/{node.name or n}"
            for attr in node.attribute:  # node field 5
                aptr = f"{nptr}/{attr.name}"
                if attr.type == onnx.AttributeProto.STRINGS and attr.strings:
                    yield from label_group(pb, list(attr.strings), aptr)
                elif attr.type == onnx.AttributeProto.STRING and attr.s:
                    text = attr.s.decode("utf-8", "replace")
                    seg = pb.segment(attr.s, string_kind(text), aptr)
                    if seg:
                        yield seg
                elif attr.type == onnx.AttributeProto.TENSOR and attr.t.data_type == onnx.TensorProto.STRING:
                    yield from label_group(pb, list(attr.t.string_data), aptr)
                elif attr.type == onnx.AttributeProto.GRAPH:
                    yield from self._graph(pb, attr.g, aptr, depth + 1)
                elif attr.type == onnx.AttributeProto.GRAPHS:
                    for gi, g in enumerate(attr.graphs):
                        yield from self._graph(pb, g, f"{aptr}/{gi}", depth + 1)
            if node.doc_string:  # node field 6
                seg = pb.segment(node.doc_string.encode(), SegmentKind.METADATA, f"{nptr}/doc_string")
                if seg:
                    yield seg
        if graph.name:  # field 2
            seg = pb.segment(graph.name.encode(), SegmentKind.IDENTIFIER, f"{ptr}/name")
            if seg:
                yield seg
        for init in graph.initializer:  # field 5
            if init.data_type == onnx.TensorProto.STRING and init.string_data:
                yield from label_group(pb, list(init.string_data), f"{ptr}/initializer/{init.name}")
        if graph.doc_string:  # field 10
            seg = pb.segment(graph.doc_string.encode(), SegmentKind.METADATA, f"{ptr}/doc_string")
            if seg:
                yield seg
        for what in ("input", "output"):  # fields 11, 12
            for i, vi in enumerate(getattr(graph, what)):
                for field, kind in (("name", SegmentKind.IDENTIFIER), ("doc_string", SegmentKind.METADATA)):
                    value = getattr(vi, field)
                    if value:
                        seg = pb.segment(value.encode(), kind, f"{ptr}/{what}/{i}/{field}")
                        if seg:
                            yield seg


def _labels_in_value(data: bytes, raw_value: bytes, value_off: int | None, labels: list[str],
                     ptr: str) -> Iterator[Segment]:
    cursor = 0
    for i, label in enumerate(labels):
        raw = label.encode()
        j = raw_value.find(raw, cursor) if value_off is not None and raw else -1
        if j >= 0 and value_off is not None:
            cursor = j + len(raw)
            yield Segment(text=label, kind=SegmentKind.LABEL_LIST, group=ptr, verbatim=True,
                          encoding="utf-8",
                          locator=Locator(offset=value_off + j, length=len(raw), pointer=f"{ptr}/{i}"))
        else:
            yield Segment(text=label, kind=SegmentKind.LABEL_LIST, group=ptr,
                          locator=Locator(offset=value_off, pointer=f"{ptr}/{i}"))


__all__ = ["OnnxExtractor", "PbStrings", "label_group"]
