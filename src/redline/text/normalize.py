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
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from redline.text.identifiers import camel_breaks, insert_camel_breaks

_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# Arabic-script letters written two ways: Arabic yeh/alef maksura and kaf (and windows-1256, which
# has no Persian yeh) against Persian/Urdu yeh and keheh; Urdu heh goal and do-chashmi against heh.
# One form each, so قوميت (Arabic yeh) matches قومیت and مذہب matches مذهب.
_ARABIC_FOLD = {"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u06c1": "\u0647",
                "\u06be": "\u0647"}


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
        if ch in _ARABIC_FOLD:
            out.append(_ARABIC_FOLD[ch])
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


class _Table(dict[int, str]):
    """``str.translate`` table of every character seen so far: code point -> normalized form.

    Filled on first sight of a character (``__missing__``), so one translate call normalizes a
    whole text at C speed; characters that expand (ligatures, ``ß``) or vanish (zero-width) map
    to their (longer or empty) string.
    """

    def __missing__(self, key: int) -> str:
        ch = chr(key)
        m = (" " if ch == "_" else ch.lower()) if key < 0x80 else map_char(ch)
        self[key] = m
        return m


_TABLE = _Table()
_LIN, _EXP, _BRK = 0, 1, 2  # offset-map pieces: 1:1 run, expansion of one character, camel break


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalized text plus the map of each normalized character to its original span.

    The map is built on the first ``orig_span`` call (most segments are matched and dropped
    without one), as a few pieces: runs where normalized and original characters correspond one
    to one, the characters of one expanded original character, and camel-case break spaces. The
    common case (plain text, no camel break, no expanding character) is the identity map.
    """

    text: str
    original: str
    # lazily: None = not built; () = identity; else (piece starts, original starts, kinds)
    _map: tuple[list[int], list[int], list[int]] | tuple[()] | None = field(
        default=None, compare=False, repr=False)

    def _pieces(self) -> tuple[list[int], list[int], list[int]] | tuple[()]:
        m = self._map
        if m is None:
            m = _build_map(self.original, len(self.text))
            object.__setattr__(self, "_map", m)
        return m

    def _at(self, m: tuple[list[int], list[int], list[int]], i: int, end: bool) -> int:
        nst, ost, kinds = m
        k = bisect_right(nst, i) - 1
        kind = kinds[k]
        if kind == _LIN:
            return ost[k] + (i - nst[k]) + (1 if end else 0)
        if kind == _EXP:
            return ost[k] + (1 if end else 0)
        return ost[k]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering normalized ``[start, end)``."""
        m = self._pieces()
        if not m:
            return start, end
        if end <= start:
            pos = self._at(m, start, False) if start < len(self.text) else len(self.original)
            return pos, pos
        s = self._at(m, start, False)
        e = self._at(m, end - 1, True)
        return s, max(s, e)

    def orig_index(self, i: int) -> int:
        m = self._pieces()
        if not m:
            return i
        return self._at(m, i, False) if i < len(self.text) else len(self.original)


def normalize(text: str) -> Normalized:
    """Normalize ``text`` for matching (see the module docstring); the offset map is lazy."""
    return Normalized(normalize_text(text), text)


def normalize_text(text: str) -> str:
    """``normalize(text).text``: camel-case break spaces inserted, then one ``str.translate``."""
    if text.isascii():
        if not text.islower() and _HAS_UPPER(text) is not None:
            text = insert_camel_breaks(text)
        low = text.lower()
        return low.replace("_", " ") if "_" in low else low
    if _HAS_UPPER(text) is not None:
        text = insert_camel_breaks(text)
    return text.translate(_TABLE)


_HAS_UPPER = re.compile("[A-Z]").search


def fold(text: str) -> str:
    """``normalize_text`` without the camel-case break spaces (one ``str.translate``): every
    term found in the normalized text is found here too, spaces aside, so this serves a quick
    "may it hold a term?" test over many texts."""
    return text.translate(_TABLE)


def _build_map(text: str, n_norm: int) -> tuple[list[int], list[int], list[int]] | tuple[()]:
    """Offset-map pieces of ``normalize(text)`` (``n_norm`` characters); () for the identity."""
    breaks = camel_breaks(text) if _HAS_UPPER(text) is not None else []
    if text.isascii():
        odd_at: list[int] = []
    else:
        table = _TABLE
        odd = [ch for ch in set(text) if len(table[ord(ch)]) != 1]
        odd_at = ([m.start() for m in re.finditer(
            "[" + "".join(re.escape(c) for c in sorted(odd)) + "]", text)] if odd else [])
    if not breaks and not odd_at:
        return ()
    bset = set(breaks)
    events = sorted(bset.union(odd_at)) if odd_at else breaks
    nst: list[int] = []
    ost: list[int] = []
    kinds: list[int] = []
    npos = pos = 0
    table = _TABLE
    for i in events:
        if i > pos:
            nst.append(npos)
            ost.append(pos)
            kinds.append(_LIN)
            npos += i - pos
        if i in bset:
            nst.append(npos)
            ost.append(i)
            kinds.append(_BRK)
            npos += 1
        if i < len(text):
            m = table[ord(text[i])]
            if len(m) == 1:
                nst.append(npos)
                ost.append(i)
                kinds.append(_LIN)
            elif m:
                nst.append(npos)
                ost.append(i)
                kinds.append(_EXP)
            npos += len(m)
        pos = i + 1
    if pos < len(text):
        nst.append(npos)
        ost.append(pos)
        kinds.append(_LIN)
        npos += len(text) - pos
    assert npos == n_norm, (npos, n_norm)
    return nst, ost, kinds


__all__ = ["Normalized", "map_char", "normalize", "normalize_text"]
