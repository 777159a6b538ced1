"""Identifier splitting: where snake_case, camelCase and SCREAMING_CASE names break into words.

Source code, SDK headers and JSON keys spell the words rules look for inside identifiers
(``EM_NATION_TYPE_UYGUR``, ``emRace``, ``dominant_race``, ``m_pRaceAttri``,
``HFFaceAttributeResult``). Normalization (``redline.text.normalize``) inserts a space at every
camel-case break found here and turns ``_`` into a space, keeping an offset map, so the matcher
sees ``em race`` while evidence is still quoted from the original ``emRace``.

Only ASCII letters take part in camel splitting: the breaks are computed from the original
text's case, which normalization folds away, so normalizing twice equals normalizing once.
"""

from __future__ import annotations

import re

# lower->Upper ("emRace" -> em|Race) and UPPER run -> Capitalised word ("HFFace" -> HF|Face),
# but not before the plural "s" of an acronym ("APIs", "SDKs", "IDsList" stay whole words).
# The break is after the matched character (``m.end()``): consuming one character instead of a
# lookbehind at every position lets the regex engine skip ahead by character class (2x faster).
_CAMEL = re.compile(r"[a-z](?=[A-Z])|[A-Z](?=[A-Z](?!s(?![a-z]))[a-z])")
_WORD = re.compile(r"[A-Za-z]+|[0-9]+|[^\W_]+")


def camel_breaks(text: str) -> list[int]:
    """Positions (indexes into ``text``) where a camel-case word starts inside a run of letters."""
    return [m.end() for m in _CAMEL.finditer(text)]


def insert_camel_breaks(text: str) -> str:
    """``text`` with a space inserted at every ``camel_breaks`` position (one C-level pass)."""
    return _CAMEL.sub(r"\g<0> ", text)


def split_identifier(name: str) -> list[tuple[int, int]]:
    """Word spans of an identifier: ``"face_selectorRace"`` -> spans of face, selector, Race.

    Separators (``_``, ``-``, ``.``, ``::``, digits boundaries) are dropped; each span is a
    ``(start, end)`` slice of ``name``.
    """
    breaks = set(camel_breaks(name))
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(name):
        start = m.start()
        for pos in range(m.start() + 1, m.end()):
            if pos in breaks:
                spans.append((start, pos))
                start = pos
        spans.append((start, m.end()))
    return spans


def identifier_words(name: str) -> list[str]:
    """Lower-case words of an identifier: ``"EM_NATION_TYPE_UYGUR"`` -> em, nation, type, uygur."""
    return [name[s:e].lower() for s, e in split_identifier(name)]


__all__ = ["camel_breaks", "identifier_words", "insert_camel_breaks", "split_identifier"]
