"""Keras / HDF5 model files (.h5, .hdf5): attributes and string datasets, read with h5py.

Keras stores its model as JSON in the ``model_config`` / ``training_config`` attributes; class
names, when a vendor keeps them, sit in an attribute (``class_names``) or a small string
dataset. Every string attribute and string dataset is read (never a weight, never code):

- a list of strings (a JSON list inside the config, a string array attribute, a string
  dataset, a JSON or delimited list in a ``*class*``/``*label*`` attribute) is one
  ``label-list`` group;
- layer names are identifiers, other strings metadata.

Byte offsets: HDF5 keeps small attributes contiguous, so each attribute's text is found in the
file and positions inside it are exact; text not found raw gets a pointer only
(``/path@attribute`` plus the JSON pointer inside it).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

from redline.errors import ExtractionError
from redline.extract.base import Extractor, extractors
from redline.extract.jsonpos import json_strings
from redline.extract.mlmodel import Utf8Offsets, split_labels
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind

MAX_OBJECTS = 20_000
MAX_STRINGS = 20_000  # string dataset size read at most
MAX_LABELS = 5000
_VOCAB_WORDS = ("vocab", "token", "merges")


def _as_text(value: Any) -> str | list[str] | None:
    import numpy as np

    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, str):
        return value
    if isinstance(value, np.ndarray) and value.dtype.kind in ("S", "O", "U") and value.size <= MAX_STRINGS:
        out = []
        for v in value.ravel().tolist():
            if isinstance(v, bytes):
                out.append(v.decode("utf-8", "replace"))
            elif isinstance(v, str):
                out.append(v)
            else:
                return None
        return out
    return None


@extractors.register("keras-h5")
class KerasH5Extractor(Extractor):
    name = "keras-h5"
    byte_offsets = True  # locators count bytes of the raw file (see Segment.encoding)
    media_types = ("application/x-hdf5",)
    raw_text = False  # the config JSON escapes non-ASCII text

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        import h5py

        try:
            f = h5py.File(io.BytesIO(data), "r")
        except (OSError, ValueError) as exc:
            raise ExtractionError(f"not a readable HDF5 file: {exc}") from exc
        items: list[tuple[str, str | list[str]]] = []
        with f:
            objects: list[tuple[str, Any]] = [("/", f)]

            def visit(name: str, obj: Any) -> None:
                if len(objects) < MAX_OBJECTS:
                    objects.append(("/" + name, obj))

            f.visititems(visit)
            for path, obj in objects:
                for attr in list(obj.attrs.keys())[:1000]:
                    try:
                        value = _as_text(obj.attrs[attr])
                    except (OSError, TypeError, ValueError):
                        continue
                    if value:
                        items.append((f"{path}@{attr}", value))
                if isinstance(obj, h5py.Dataset) and obj.dtype.kind in ("S", "O", "U") \
                        and obj.size <= MAX_STRINGS:
                    try:
                        value = _as_text(obj[()])
                    except (OSError, TypeError, ValueError):
                        continue
                    if value:
                        items.append((path, [value] if isinstance(value, str) else value))
        locator = _RawFinder(data)
        for ptr, value in items:
            if isinstance(value, list):
                yield from _label_list(locator, value, ptr)
            else:
                yield from _text_value(locator, value, ptr, limits)


class _RawFinder:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def find(self, raw: bytes) -> int | None:
        i = self.data.find(raw) if raw else -1
        return i if i >= 0 else None


def _label_list(finder: _RawFinder, values: list[str], ptr: str) -> Iterator[Segment]:
    is_labels = 2 <= len(values) <= MAX_LABELS and not any(w in ptr.lower() for w in _VOCAB_WORDS)
    kind = SegmentKind.LABEL_LIST if is_labels else SegmentKind.STRING
    for i, v in enumerate(values):
        if not v.strip():
            continue
        raw = v.encode("utf-8")
        off = finder.find(raw)
        yield Segment(text=v, kind=kind, group=ptr if is_labels else None, verbatim=off is not None,
                      encoding="utf-8" if off is not None else None,
                      locator=Locator(offset=off, length=len(raw) if off is not None else None,
                                      pointer=f"{ptr}/{i}"))


def _text_value(finder: _RawFinder, text: str, ptr: str, limits: Limits) -> Iterator[Segment]:
    base = finder.find(text.encode("utf-8"))
    stripped = text.lstrip()
    if stripped[:1] in ("{", "["):
        try:
            obj = json.loads(text)
        except ValueError:
            obj = None
        if obj is not None:
            yield from _json_value(text, obj, base, ptr, limits)
            return
    attr = ptr.rsplit("@", 1)[-1]
    labels = split_labels(text, attr)
    if labels:
        yield from _label_list(finder, labels, ptr)
        return
    if not text.strip():
        return
    yield Segment(text=text, kind=SegmentKind.METADATA, verbatim=base is not None,
                  encoding="utf-8" if base is not None else None,
                  locator=Locator(offset=base, length=len(text.encode()) if base is not None else None,
                                  pointer=ptr))


def _resolve(obj: Any, pointer: str) -> Any:
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(obj, list):
            obj = obj[int(token)]
        elif isinstance(obj, dict):
            obj = obj[token]
        else:
            return None
    return obj


def _json_value(text: str, obj: Any, base: int | None, ptr: str, limits: Limits) -> Iterator[Segment]:
    to_byte = Utf8Offsets(text, base or 0)
    parents: dict[str, bool] = {}
    for s in json_strings(text, limits.max_json_depth):
        if s.is_key:
            continue
        parent, _, last = s.pointer.rpartition("/")
        if parent not in parents:
            container = _resolve(obj, parent)
            vocab = any(w in parent.lower() for w in _VOCAB_WORDS)
            if isinstance(container, list):
                parents[parent] = (2 <= len(container) <= MAX_LABELS and not vocab
                                   and all(isinstance(x, str) for x in container))
            elif isinstance(container, dict):
                parents[parent] = (2 <= len(container) <= MAX_LABELS and not vocab
                                   and all(isinstance(x, str) for x in container.values())
                                   and all(k.isdigit() for k in container))
            else:
                parents[parent] = False
        if parents[parent]:
            kind, group = SegmentKind.LABEL_LIST, f"{ptr}{parent}"
        elif last == "name":
            kind, group = SegmentKind.IDENTIFIER, None
        elif last == "class_name":
            continue  # layer types (Dense, Conv2D): no signal
        else:
            kind, group = SegmentKind.METADATA, None
        exact = base is not None and s.verbatim
        if exact:
            b0 = to_byte(s.start)
            loc = Locator(offset=b0, length=to_byte(s.end) - b0, pointer=f"{ptr}{s.pointer}")
        else:
            loc = Locator(pointer=f"{ptr}{s.pointer}")
        yield Segment(text=s.value, kind=kind, group=group, verbatim=exact,
                      encoding="utf-8" if exact else None, locator=loc)


__all__ = ["KerasH5Extractor"]
