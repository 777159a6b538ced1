"""Where each string of a JSON text sits: JSON pointer, character span, decoded value.

The model extractors (HF config.json, safetensors headers, Keras model configs) need exact
positions for label values so a finding can be quoted from the original text; ``json`` gives
values without positions. ``json_strings`` is a small recursive-descent scanner over an already
valid JSON text (validate with ``json.loads`` first) that yields every string, keys included.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from redline.errors import ExtractionError, LimitExceeded

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|NaN|-?Infinity")
_WS = re.compile(r"[ \t\r\n]*")


@dataclass(frozen=True, slots=True)
class JsonString:
    pointer: str  # JSON pointer of the value (of the member, for keys)
    start: int  # index of the first character inside the quotes
    end: int  # index of the closing quote
    value: str  # decoded value
    is_key: bool

    @property
    def verbatim(self) -> bool:
        """True when the raw characters equal the decoded value (no escapes)."""
        return self.end - self.start == len(self.value)


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def json_strings(text: str, max_depth: int = 200) -> Iterator[JsonString]:
    """Every string of ``text`` in document order, with its pointer and span."""
    out: list[JsonString] = []
    _value(text, _skip(text, 0), "", out, 0, max_depth)
    yield from out


def _skip(text: str, i: int) -> int:
    m = _WS.match(text, i)
    return m.end() if m else i


def _string(text: str, i: int) -> tuple[str, int]:
    m = _STRING.match(text, i)
    if m is None:
        raise ExtractionError(f"invalid JSON string at character {i}")
    return json.loads(m.group()), m.end()


def _value(text: str, i: int, ptr: str, out: list[JsonString], depth: int, max_depth: int) -> int:
    if depth > max_depth:
        raise LimitExceeded("max_json_depth", depth, max_depth)
    ch = text[i : i + 1]
    if ch == '"':
        value, end = _string(text, i)
        out.append(JsonString(ptr, i + 1, end - 1, value, False))
        return end
    if ch == "{":
        i = _skip(text, i + 1)
        if text[i : i + 1] == "}":
            return i + 1
        while True:
            key, end = _string(text, i)
            child = f"{ptr}/{escape_pointer(key)}"
            out.append(JsonString(child, i + 1, end - 1, key, True))
            i = _skip(text, end)
            if text[i : i + 1] != ":":
                raise ExtractionError(f"invalid JSON: expected ':' at character {i}")
            i = _value(text, _skip(text, i + 1), child, out, depth + 1, max_depth)
            i = _skip(text, i)
            if text[i : i + 1] == ",":
                i = _skip(text, i + 1)
                continue
            if text[i : i + 1] == "}":
                return i + 1
            raise ExtractionError(f"invalid JSON: expected ',' or '}}' at character {i}")
    if ch == "[":
        i = _skip(text, i + 1)
        if text[i : i + 1] == "]":
            return i + 1
        n = 0
        while True:
            i = _value(text, i, f"{ptr}/{n}", out, depth + 1, max_depth)
            n += 1
            i = _skip(text, i)
            if text[i : i + 1] == ",":
                i = _skip(text, i + 1)
                continue
            if text[i : i + 1] == "]":
                return i + 1
            raise ExtractionError(f"invalid JSON: expected ',' or ']' at character {i}")
    m = _SCALAR.match(text, i)
    if m is None:
        raise ExtractionError(f"invalid JSON value at character {i}")
    return m.end()


__all__ = ["JsonString", "escape_pointer", "json_strings"]
