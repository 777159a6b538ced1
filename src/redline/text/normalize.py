"""Text normalization for matching, with an offset map back to the original string.

``normalize(text)`` applies, character by character: NFKC (full-width -> half-width,
compatibility forms), case folding, Traditional -> Simplified Chinese (OpenCC ``t2s`` per
character), removal of invisible format characters (zero-width space/joiners, BOM, soft
hyphen), ``_`` -> space, and inserts a space at camel-case breaks of ASCII identifiers
(``redline.text.identifiers``). Each step is per character, and each character's mapping is
iterated to a fixed point, so ``normalize(normalize(x).text).text == normalize(x).text``.

The result keeps, for every normalized character, the span of original characters it came
from, so a match ``norm[s:e]`` is quoted as ``original[orig_span(s, e)]`` — evidence is never
rewritten.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

from redline.text.identifiers import camel_breaks

_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def _step(s: str) -> str:
    out = []
    for ch in s:
        if ch in _DROP:
            continue
        if ch == "_":
            out.append(" ")
            continue
        t = unicodedata.normalize("NFKC", ch).casefold()
        if any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in t):
            t = _t2s().convert(t)
        out.append(t)
    return "".join(out)


@lru_cache(maxsize=65536)
def map_char(ch: str) -> str:
    """The normalized form of one character (a pure function; memoized)."""
    cur = ch
    for _ in range(8):
        nxt = _step(cur)
        if nxt == cur:
            break
        cur = nxt
    return cur


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalized text plus, per normalized character, its original ``[start, end)`` span.

    ``starts``/``ends`` are ``None`` when the mapping is the identity (plain ASCII text with no
    camel-case break), which is the common case and costs nothing.
    """

    text: str
    original: str
    starts: array[int] | None = None  # compact: 8 bytes a character, not a tuple of ints
    ends: array[int] | None = None

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering normalized ``[start, end)``."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        s = self.starts[start]
        e = self.ends[end - 1]
        return s, max(s, e)

    def orig_index(self, i: int) -> int:
        if self.starts is None:
            return i
        return self.starts[i] if i < len(self.starts) else len(self.original)


def normalize(text: str) -> Normalized:
    """Normalize ``text`` for matching (see the module docstring)."""
    breaks = camel_breaks(text) if _has_upper_ascii(text) else []
    if text.isascii():
        low = text.lower()
        if "_" in low:
            low = low.replace("_", " ")
        if not breaks:
            return Normalized(low, text)
        return _insert_breaks(low, text, breaks)
    return _normalize_unicode(text, set(breaks))


def _has_upper_ascii(text: str) -> bool:
    # str.islower() is False when there is any cased upper character; cheap C-level test.
    return not text.islower() and any("A" <= c <= "Z" for c in text)


def _insert_breaks(low: str, text: str, breaks: list[int]) -> Normalized:
    pieces: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    prev = 0
    for b in breaks:
        pieces.append(low[prev:b])
        starts.extend(range(prev, b))
        ends.extend(range(prev + 1, b + 1))
        pieces.append(" ")
        starts.append(b)
        ends.append(b)
        prev = b
    pieces.append(low[prev:])
    starts.extend(range(prev, len(low)))
    ends.extend(range(prev + 1, len(low) + 1))
    return Normalized("".join(pieces), text, starts, ends)


def _normalize_unicode(text: str, breaks: set[int]) -> Normalized:
    # One str.translate for every character that maps to exactly one character; the few that
    # expand or vanish (ligatures, zero-width characters) and the camel-case breaks are the
    # only places where the offset map is not the identity.
    table: dict[int, str] = {}
    odd: set[str] = set()
    for ch in set(text):
        m = (" " if ch == "_" else ch.lower()) if ch < "\x80" else map_char(ch)
        if len(m) != 1:
            odd.add(ch)
        elif m != ch:
            table[ord(ch)] = m
    if not odd:
        out = text.translate(table)
        if not breaks:
            return Normalized(out, text)
        return _insert_breaks(out, text, sorted(breaks))
    odd_at = re.compile("[" + "".join(re.escape(c) for c in sorted(odd)) + "]")
    events = sorted(set(breaks).union(m.start() for m in odd_at.finditer(text)))
    pieces: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    pos = 0
    for i in events:
        if i > pos:
            pieces.append(text[pos:i].translate(table))
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        if i in breaks:
            pieces.append(" ")
            starts.append(i)
            ends.append(i)
        ch = text[i]
        if ch in odd:
            m = map_char(ch)
            pieces.append(m)
            starts.extend([i] * len(m))
            ends.extend([i + 1] * len(m))
        else:
            pieces.append(ch.translate(table))
            starts.append(i)
            ends.append(i + 1)
        pos = i + 1
    if pos < len(text):
        pieces.append(text[pos:].translate(table))
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return Normalized("".join(pieces), text, starts, ends)


__all__ = ["Normalized", "map_char", "normalize"]
