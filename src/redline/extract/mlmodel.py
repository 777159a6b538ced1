"""Hugging Face repo files read as data (config.json, model cards) and shared model helpers.

A classifier's only trace of what it infers is often its label list, so labels come out as
``label-list`` segments that share one ``Segment.group`` per list (``/id2label``, ``labels``,
``/__metadata__/classes``): the rule engine's label-set rules look at a group as one window.
What the model is for (architecture, fine-tuning task, model name, pipeline tag) comes out as
``metadata`` segments, so rules can see "face" or "person" next to the labels.

Nothing here executes or unpickles anything; every other model format has its own module
(``onnx_model``, ``tflite_model``, ``keras_model``, ``pickle_model``, ``safetensors_model``,
``label_file``) and shares the helpers below (``split_labels``, ``TextIndex``, ``Utf8Offsets``).
config.json and model cards are text documents: character offsets, line and column.
"""

from __future__ import annotations

import ast
import bisect
import json
import re
from collections.abc import Iterator

from redline.errors import ExtractionError
from redline.extract.base import Extractor, extractors
from redline.extract.jsonpos import JsonString, json_strings
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind

# Config keys that say what a model does (its task, architecture, name, modality).
TASK_KEYS = frozenset({
    "_name_or_path", "architectures", "model_type", "finetuning_task", "problem_type",
    "pipeline_tag", "task", "tasks", "task_specific_params", "model_name", "name",
    "description", "tags", "image_processor_type", "feature_extractor_type", "processor_class",
})
_LABEL_KEY = re.compile(r"label|class|categor|ethnic|race|names|target|vocab", re.IGNORECASE)
_INDEXED_LINE = re.compile(r"^[ \t]*(?:\d+[ \t]*[:=,\t][ \t]*|\d+[ \t]+(?=\D))?(?P<label>\S(?:.*\S)?)[ \t]*$")


class TextIndex:
    """Line/column of character offsets in a decoded text."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer(r"\n", text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1


class Utf8Offsets:
    """Byte offsets of increasing character offsets in ``text`` (encoded as UTF-8)."""

    def __init__(self, text: str, base: int = 0) -> None:
        self._text = text
        self._ascii = text.isascii()
        self._base = base
        self._char = 0
        self._byte = 0

    def __call__(self, char_offset: int) -> int:
        if self._ascii:
            return self._base + char_offset
        if char_offset < self._char:
            self._byte -= len(self._text[char_offset:self._char].encode("utf-8"))
        else:
            self._byte += len(self._text[self._char:char_offset].encode("utf-8"))
        self._char = char_offset
        return self._base + self._byte


def split_labels(value: str, key: str = "") -> list[str] | None:
    """Labels held in one string: a JSON or Python list/dict literal, or a delimited list."""
    v = value.strip()
    if len(v) > 1_000_000:
        return None
    if v[:1] in "[{(":
        parsed: object = None
        try:
            parsed = json.loads(v)
        except ValueError:
            try:
                parsed = ast.literal_eval(v)  # literals only: never evaluates code
            except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
                parsed = None
        labels = _labels_of(parsed)
        if labels:
            return labels
    if key and _LABEL_KEY.search(key):
        for sep in ("\n", ";", ",", "|"):
            parts = [p.strip() for p in v.split(sep)]
            parts = [p for p in parts if p]
            if len(parts) >= 2:
                return parts
    return None


def _labels_of(obj: object) -> list[str] | None:
    if isinstance(obj, (list, tuple)) and len(obj) >= 2 and all(isinstance(x, str) for x in obj):
        return list(obj)
    if isinstance(obj, dict) and len(obj) >= 2:
        vals = list(obj.values())
        if all(isinstance(x, str) for x in vals):
            return vals  # {"0": "Asian", ...}
        if all(isinstance(k, str) for k in obj) and all(isinstance(x, int) for x in vals):
            return list(obj)  # {"Asian": 0, ...}
    return None


def parse_label_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) character spans of a one-label-per-line file."""
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        m = _INDEXED_LINE.match(body)
        if m and not body.lstrip().startswith("#"):
            yield offset + m.start("label"), offset + m.end("label"), m.group("label")
        offset += len(line)


def decode_text_document(doc: Document, data: bytes) -> str:
    """The text offsets of a text document count (``redline.text.decode``: BOM dropped,
    declared charset, UTF-8, UTF-16, detection), the same text the rules quote from."""
    from redline.text.decode import decode_bytes

    return decode_bytes(data, declared=doc.charset).text


def decode_utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace")


@extractors.register("hf-config")
class HfConfigExtractor(Extractor):
    """Hugging Face ``config.json``: id2label/label2id as one label list, task as metadata."""

    name = "hf-config"
    media_types = ("application/x-hf-config",)
    raw_text = False  # labels are often \\u-escaped (json.dumps default): filter extracted text

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        text = decode_text_document(doc, data)
        start = 0
        try:
            json.loads(text[start:])
        except ValueError as exc:
            raise ExtractionError(f"config.json is not valid JSON: {exc}") from exc
        strings = list(json_strings(text[start:], limits.max_json_depth))
        index = TextIndex(text)
        has_id2label = any(s.pointer.startswith("/id2label/") and not s.is_key for s in strings)
        for s in strings:
            top = s.pointer.split("/", 2)[1] if s.pointer.count("/") >= 1 else ""
            if has_id2label and top == "id2label" and not s.is_key:
                yield _text_segment(s, start, index, SegmentKind.LABEL_LIST, "/id2label")
            elif not has_id2label and top == "label2id" and s.is_key and s.pointer.count("/") == 2:
                yield _text_segment(s, start, index, SegmentKind.LABEL_LIST, "/label2id")
            elif top in ("id2label", "label2id") or s.is_key:
                continue
            elif top in TASK_KEYS:
                yield _text_segment(s, start, index, SegmentKind.METADATA, None)
            else:
                yield _text_segment(s, start, index, SegmentKind.STRING, None)


def _text_segment(s: JsonString, base: int, index: TextIndex, kind: SegmentKind,
                  group: str | None) -> Segment:
    line, col = index.line_col(base + s.start)
    return Segment(text=s.value, kind=kind, group=group, verbatim=s.verbatim,
                   locator=Locator(line=line, column=col, offset=base + s.start,
                                   length=s.end - s.start, pointer=s.pointer))


_FRONT_END = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


@extractors.register("model-card")
class ModelCardExtractor(Extractor):
    """A model card (README.md with YAML front matter): metadata, label lists, then the text.

    Front-matter scalars (``pipeline_tag``, ``tags``, ``base_model``, ``model-index`` names)
    are metadata segments at their line and column; a list of two or more scalars under a
    label-like key (``labels``, ``classes``, ``id2label``) is one label-list group. The body
    is read by the Markdown extractor and shifted to its place in the file.
    """

    name = "model-card"
    media_types = ("text/x-model-card",)

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        import dataclasses

        import yaml

        from redline.extract.base import extractor_for

        text = decode_text_document(doc, data)
        first_nl = text.find("\n")
        m = _FRONT_END.search(text, first_nl + 1) if text.startswith("---") and first_nl > 0 else None
        if m is None:
            front_end = body_start = 0
        else:
            front_end = m.start()
            nl = text.find("\n", m.end())
            body_start = nl + 1 if nl >= 0 else len(text)
        if front_end:
            front = text[first_nl + 1 : front_end]
            try:
                node = yaml.compose(front, Loader=yaml.SafeLoader)
            except yaml.YAMLError as exc:
                raise ExtractionError(f"model card front matter is not valid YAML: {exc}") from exc
            if node is not None:
                index = TextIndex(text)
                yield from _yaml_segments(node, front, first_nl + 1, index, "", limits)
        body = text[body_start:].encode("utf-8")
        lines_before = text.count("\n", 0, body_start)
        md = extractor_for("text/markdown")
        for seg in md.extract(doc, body, limits):
            loc = seg.locator
            yield dataclasses.replace(seg, locator=dataclasses.replace(
                loc,
                offset=None if loc.offset is None else loc.offset + body_start,
                line=None if loc.line is None else loc.line + lines_before,
                end_line=None if loc.end_line is None else loc.end_line + lines_before))


def _yaml_segments(node: object, front: str, base: int, index: TextIndex, ptr: str,
                   limits: Limits, budget: list[int] | None = None) -> Iterator[Segment]:
    import yaml

    budget = budget if budget is not None else [limits.max_yaml_nodes]
    budget[0] -= 1
    if budget[0] < 0:
        raise ExtractionError("model card front matter has too many nodes (aliases?)")
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = str(key.value) if isinstance(key, yaml.ScalarNode) else "?"
            yield from _yaml_segments(value, front, base, index, f"{ptr}/{name}", limits, budget)
    elif isinstance(node, yaml.SequenceNode):
        items = node.value
        key = ptr.rsplit("/", 1)[-1]
        is_labels = (len(items) >= 2 and all(isinstance(i, yaml.ScalarNode) for i in items)
                     and bool(_LABEL_KEY.search(key)))
        for i, item in enumerate(items):
            if is_labels:
                yield _yaml_scalar(item, front, base, index, f"{ptr}/{i}", SegmentKind.LABEL_LIST, ptr)
            else:
                yield from _yaml_segments(item, front, base, index, f"{ptr}/{i}", limits, budget)
    elif isinstance(node, yaml.ScalarNode) and str(node.value).strip():
        yield _yaml_scalar(node, front, base, index, ptr, SegmentKind.METADATA, None)


def _yaml_scalar(node: object, front: str, base: int, index: TextIndex, ptr: str,
                 kind: SegmentKind, group: str | None) -> Segment:
    value = str(node.value)  # type: ignore[attr-defined]
    start = node.start_mark.index  # type: ignore[attr-defined]
    end = node.end_mark.index  # type: ignore[attr-defined]
    raw = front[start:end]
    if raw[:1] in ("'", '"') and raw[1:-1] == value:
        start, raw = start + 1, value
    line, col = index.line_col(base + start)
    return Segment(text=value, kind=kind, group=group, verbatim=raw == value,
                   locator=Locator(line=line, column=col, offset=base + start,
                                   length=len(raw), pointer=ptr))


__all__ = [
    "TASK_KEYS",
    "HfConfigExtractor",
    "ModelCardExtractor",
    "TextIndex",
    "Utf8Offsets",
    "decode_text_document",
    "decode_utf8",
    "parse_label_lines",
    "split_labels",
]
