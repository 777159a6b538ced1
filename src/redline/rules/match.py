"""Term matching: one Aho-Corasick automaton pass per normalized segment, and the raw-byte prefilter.

``Lexicon`` holds every concept term of the loaded packs, normalized exactly like segment text
(``redline.text.normalize``), in one ``ahocorasick_rs.AhoCorasick`` DFA (overlapping matches,
so "middle eastern" and "eastern" are both seen). A term written with a Latin/Cyrillic letter at
its edge must sit on a word boundary there; a trailing ``*`` makes it a prefix (no end check).
CJK, kana and Hangul edges need no boundary. A Japanese term written only in kanji that reads as
Chinese once normalized (顔 becomes 颜, as in 颜色 "colour"; 認識 becomes 认识, "to realize"; 画像
as in 用户画像, "user persona") matches only in a text that has kana: Japanese prose always does,
Chinese never (``kana_only``).

``Prefilter`` answers "may these raw bytes contain a hit?" with one multi-literal scan (Hyperscan
where available, else an ``ahocorasick_rs`` DFA) over a short list of anchor terms in UTF-8
(Simplified and Traditional), UTF-16LE/BE, GB18030, Big5, Shift-JIS and the windows-1251, -1256, -874, -1254 and -1250 byte forms,
ASCII case ignored. Latin anchor hits get an identifier-boundary check (``race`` passes in
``emRace``, ``race_`` and ``RACE`` but not in ``trace`` or ``embrace``); a hit inside a longer
decoy occurrence (``race condition``, ``data race``) does not count.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import os
import platform
import re
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ahocorasick_rs as ac

from redline.text.normalize import normalize, normalize_text

try:  # x86-64 wheels bundle the library; elsewhere the Aho-Corasick backend answers alike
    import hyperscan as _hyperscan
except ImportError:  # pragma: no cover - depends on the platform
    _hyperscan = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)


def _is_cjk(ch: str) -> bool:
    """A script written without spaces between words (CJK, kana, Hangul; Thai, Lao, Khmer,
    Myanmar): its term edges need no word boundary."""
    o = ord(ch)
    return (0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF
            or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F or o >= 0x20000
            or 0x0E00 <= o <= 0x0EFF or 0x1000 <= o <= 0x109F or 0x1780 <= o <= 0x17FF)


def needs_boundary(ch: str) -> bool:
    """Does a term edge made of ``ch`` need a word boundary (Latin, Cyrillic, Greek, Arabic...)?"""
    return ch.isalnum() and not _is_cjk(ch)


@dataclass(frozen=True, slots=True)
class TermEntry:
    concept: int  # index into CompiledRuleSet.concepts
    check_start: bool
    check_end: bool
    kana: bool = False  # matches only in a text with kana (a Japanese kanji term, see kana_only)


@dataclass(frozen=True, slots=True)
class Hit:
    """A concept term found in a normalized segment: ``norm[start:end]``."""

    concept: int
    start: int
    end: int


def _dfa(patterns: Sequence[str]) -> ac.AhoCorasick:
    """The term automaton: overlapping matches, DFA (its default is 4x slower to match)."""
    return ac.AhoCorasick(list(patterns), matchkind=ac.MatchKind.Standard, implementation=ac.Implementation.DFA)


_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc\uff66-\uff9d]")  # hiragana, katakana, ー


def kana_only(japanese: Iterable[str], others: Iterable[str]) -> frozenset[str]:
    """The Japanese terms (as written in a pack) to match only in texts with kana: those whose
    normalized form is all ideographs, is no term of another language, and could be Chinese
    (every character is in GB2312, the simplified set; a term with a Japanese-only form such as
    検 or 権 cannot be taken for Chinese and matches anywhere)."""
    other = {normalize(t.strip("*")).text.strip() for t in others}
    out = set()
    for t in japanese:
        norm = normalize(t.strip("*")).text.strip()
        if not norm or norm in other or not all(0x3400 <= ord(c) <= 0x9FFF for c in norm):
            continue
        try:
            norm.encode("gb2312")
        except UnicodeEncodeError:
            continue
        out.add(t)
    return frozenset(out)


def _build_lexicon(terms: Iterable[tuple[str, int] | tuple[str, int, bool]]
                   ) -> tuple[tuple[str, ...], tuple[tuple[TermEntry, ...], ...], ac.AhoCorasick]:
    """Normalized patterns, their entries, and the automaton over the patterns. A term may come
    with a third item, True when it matches only in a text with kana (``kana_only``)."""
    by_pattern: dict[str, list[TermEntry]] = {}
    for raw, concept, *flags in terms:
        prefix = raw.endswith("*")
        suffix = raw.startswith("*")
        norm = normalize(raw.strip("*")).text.strip()
        if not norm:
            continue
        entry = TermEntry(concept, not suffix and needs_boundary(norm[0]),
                          not prefix and needs_boundary(norm[-1]), bool(flags and flags[0]))
        lst = by_pattern.setdefault(norm, [])
        if entry not in lst:
            lst.append(entry)
        # multiword terms also match with '-' or no separator ("middle-eastern"); across a line
        # break too, as find() matches a copy with line breaks as spaces
        if " " in norm:
            for alt in (norm.replace(" ", "-"), norm.replace(" ", "")):
                alst = by_pattern.setdefault(alt, [])
                if entry not in alst:
                    alst.append(entry)
    patterns = tuple(by_pattern)
    return patterns, tuple(tuple(v) for v in by_pattern.values()), _dfa(patterns)


def _restrict(parent: Lexicon, concepts: frozenset[int]
              ) -> tuple[tuple[str, ...], tuple[tuple[TermEntry, ...], ...], ac.AhoCorasick]:
    keep = [(p, tuple(e for e in ents if e.concept in concepts))
            for p, ents in zip(parent.patterns, parent._entries, strict=True)]
    keep = [(p, ents) for p, ents in keep if ents] or [("\x00\x00", ())]  # no such concept: never a hit
    patterns = tuple(p for p, _ in keep)
    return patterns, tuple(ents for _, ents in keep), _dfa(patterns)


def _unwrapped(text: str) -> str:
    """``text`` with line breaks as spaces (same length, same offsets): a multiword term wrapped
    at a space ("South\nAsian" in hard-wrapped text) is matched as written on one line."""
    return text.replace("\n", " ") if "\n" in text else text


class Lexicon:
    """All concept terms in one automaton (built once per rule set, on first use).

    Normalizing the terms and building the DFA take about 0.1 s, and a scan in which no document
    passes the raw prefilter never matches a term: both wait for the first match.
    """

    __slots__ = ("_built", "_source")

    def __init__(self, terms: Iterable[tuple[str, int] | tuple[str, int, bool]]) -> None:
        # what to build from: (term, concept[, kana only]) items, or (a lexicon, concepts) for
        # a restriction
        self._source: list[Any] | tuple[Lexicon, frozenset[int]] = list(terms)
        self._built: tuple[tuple[str, ...], tuple[tuple[TermEntry, ...], ...], ac.AhoCorasick] | None = None

    def _get(self) -> tuple[tuple[str, ...], tuple[tuple[TermEntry, ...], ...], ac.AhoCorasick]:
        built = self._built
        if built is None:  # two threads may both build: the same value, either one is kept
            src = self._source
            built = self._built = (_restrict(*src) if isinstance(src, tuple) else _build_lexicon(src))
        return built

    def warm(self) -> Lexicon:
        """Build the automaton now (before forking workers that should inherit it)."""
        self._get()
        return self

    @property
    def patterns(self) -> tuple[str, ...]:
        return self._get()[0]

    @property
    def _entries(self) -> tuple[tuple[TermEntry, ...], ...]:
        return self._get()[1]

    @property
    def _automaton(self) -> ac.AhoCorasick:
        return self._get()[2]

    def restricted(self, concepts: frozenset[int]) -> Lexicon:
        """A lexicon of only the terms of ``concepts`` (already normalized: no re-normalizing;
        built on first use, as this one is)."""
        sub = object.__new__(Lexicon)
        sub._source = (self, concepts)
        sub._built = None
        return sub

    def match_starts(self, text: str) -> list[int]:
        """Start of every (non-overlapping) raw match, without boundary checks: a cheap test."""
        return [s for _, s, _ in self._automaton.find_matches_as_indexes(_unwrapped(text))]

    def find(self, text: str) -> list[Hit]:
        """Every concept hit in normalized ``text`` (overlapping), boundary-checked. A word
        hyphenated across a line break ("eth-\nnicity", PDF and OCR text) is also matched whole;
        its hit spans the break."""
        out = self._find(text)
        if hyphen_broken(text):
            cuts = [(m.start(), m.end()) for m in _HYPHEN_BREAK.finditer(text)]
            if cuts:
                out += _across(self._find(_joined(text, cuts)), cuts)
        return out

    def _find(self, text: str) -> list[Hit]:
        out: list[Hit] = []
        n = len(text)
        kana: bool | None = None  # does the text have kana? (asked only for a kana-only term)
        for pi, s, e in self._automaton.find_matches_as_indexes(_unwrapped(text), overlapping=True):
            for ent in self._entries[pi]:
                if ent.kana:
                    if kana is None:
                        kana = _KANA.search(text) is not None
                    if not kana:
                        continue
                if ent.check_start and s > 0 and text[s - 1].isalnum() and not _is_cjk(text[s - 1]):
                    continue
                if ent.check_end and e < n and text[e].isalnum() and not _is_cjk(text[e]):
                    continue
                out.append(Hit(ent.concept, s, e))
        return out


# A line-end hyphen between two letters: a word broken across lines (PDF text layers, OCR, hard wraps).
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")


def hyphen_broken(text: str) -> bool:
    """May ``text`` hold a word hyphenated across a line break (cheap test before ``dehyphenated``)?"""
    return "-\n" in text or "-\r\n" in text


def dehyphenated(text: str) -> str:
    """``text`` with words hyphenated across line breaks joined ("eth-\nnicity" -> "ethnicity")."""
    return _HYPHEN_BREAK.sub("", text)


def _joined(text: str, cuts: list[tuple[int, int]]) -> str:
    parts, prev = [], 0
    for a, b in cuts:
        parts.append(text[prev:a])
        prev = b
    parts.append(text[prev:])
    return "".join(parts)


def _across(hits: list[Hit], cuts: list[tuple[int, int]]) -> list[Hit]:
    """The hits of the joined text that span a cut, in the coordinates of the text with the cuts."""
    # cut k sits at joined position j_k; every original offset at or after it moves by the
    # lengths removed before it
    joins = []
    removed = 0
    for a, b in cuts:
        joins.append((a - removed, removed + (b - a)))  # (joined position, removed up to and incl. it)
        removed += b - a
    keys = [j for j, _ in joins]
    out = []
    for h in hits:
        k = bisect.bisect_right(keys, h.start)  # cuts at or before the start (the start is after them)
        i = bisect.bisect_left(keys, h.end)  # cuts strictly before the end
        if i <= k:
            continue  # the hit crosses no cut: the plain pass found it
        before = joins[k - 1][1] if k else 0
        inside = joins[i - 1][1]
        out.append(Hit(h.concept, h.start + before, h.end + inside))
    return out


# --- raw-byte prefilter ----------------------------------------------------------------------

_ASCII_LETTERS = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_UPPER = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOWER = frozenset(b"abcdefghijklmnopqrstuvwxyz")
_BINARY_CONTROL = frozenset(set(range(0x20)) - {0x09, 0x0A, 0x0D})


@dataclass(frozen=True, slots=True)
class _Anchor:
    decoy: bool
    check_start: bool
    check_end: bool
    width: int  # 1 for 8-bit/UTF-8 forms, 2 for UTF-16
    little: bool  # UTF-16LE
    length: int = 0  # bytes of the pattern
    coverable: bool = False  # some longer decoy contains this anchor's bytes


# Simplified -> Traditional (and Japanese) forms of the characters used in CJK anchors; a small
# table instead of OpenCC's s2t dictionaries, whose loading alone costs more than compiling.
_S2T = str.maketrans({
    "种": "種", "维": "維", "尔": "爾", "肤": "膚", "汉": "漢", "壮": "壯", "罗": "羅", "兴": "興",
    "亚": "亞", "国": "國", "别": "別", "黄": "黃", "恋": "戀", "会": "會", "倾": "傾", "见": "見",
    "萨": "薩", "发": "發", "层": "層", "识": "識", "检": "檢", "测": "測", "脸": "臉", "阶": "階",
})
_S2J = str.maketrans({"种": "種", "维": "維", "尔": "爾", "国": "国", "别": "別", "黄": "黄", "会": "会",
                      "检": "検", "恋": "恋", "兴": "興", "亚": "亜", "萨": "サ"})


_ARABIC_FORMS = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})


def _variants(term: str) -> set[str]:
    """Spellings an anchor may take in raw text: case variants, Traditional/Japanese forms, and
    a multiword anchor wrapped at a space or written as one identifier (the lexicon matches
    "union\norganisers", "union_affiliation" and "unionAffiliation" too)."""
    out = {term}
    if " " in term:  # as the lexicon matches it: wrapped, or an identifier (political_leaning, sexualOrientation)
        out |= {term.replace(" ", sep) for sep in ("\n", "\r\n", "_", "-", "")}
    if not term.isascii():
        out |= {term.upper(), term.title(), term.capitalize()}
        if any(c in _ARABIC_FORMS for c in term):  # Persian/Urdu letters as Arabic (windows-1256) writes them
            out.add(term.translate(_ARABIC_FORMS))
        if any(_is_cjk(c) for c in term):
            out.add(term.translate(_S2T))
            out.add(term.translate(_S2J))
    return out


# Byte forms of every anchor: Unicode, the CJK legacy encodings, and the Windows code pages of
# Cyrillic, Arabic/Persian, Thai, Turkish and Central European text (pages that declare nothing
# are still common in those scripts; the decoder detects them, so the prefilter must see them).
_ENCODINGS = (("utf-8", 1, True), ("utf-16-le", 2, True), ("utf-16-be", 2, False), ("gb18030", 1, True),
              ("big5", 1, True), ("shift_jis", 1, True), ("cp1251", 1, True), ("cp1256", 1, True),
              ("cp874", 1, True), ("cp1254", 1, True), ("cp1250", 1, True))

_TEXT_WINDOW = 1 << 20
_TEXT_OVERLAP = 512  # characters; longer than any normalized anchor


_TABLE_FORMAT = 1  # bump when the table's layout changes (its cache files are then ignored)
# Digest of the code that builds the byte table (this module: variants, encodings, boundaries):
# a cached table is only used by the code that would have built the same one.
_SOURCE_DIGEST = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def _byte_table(anchors: Sequence[str], decoys: Sequence[str]) -> tuple[list[bytes], tuple[_Anchor, ...]]:
    """Every byte form of the anchors and decoys (``_variants`` x ``_ENCODINGS``, lower-cased) with
    its checks, in a fixed order (pattern ids, and the database cache, depend on it)."""
    pats: dict[bytes, _Anchor] = {}
    for raw, is_decoy in [(a, False) for a in anchors] + [(d, True) for d in decoys]:
        prefix = raw.endswith("*")
        term = raw.strip("*").lower()
        if not term:
            continue
        cs = needs_boundary(term[0])
        ce = not prefix and needs_boundary(term[-1])
        for form in sorted(_variants(term)):
            for enc, width, little in _ENCODINGS:
                if form.isascii() and width == 1 and enc != "utf-8":
                    continue  # same bytes as UTF-8
                try:
                    b = form.encode(enc).lower()
                except UnicodeEncodeError:
                    continue
                if len(b) < 3:
                    continue
                anchor = _Anchor(is_decoy, cs and form.isascii(), ce and form.isascii(), width, little)
                if b not in pats or pats[b].decoy:
                    pats[b] = anchor
    # An anchor that no decoy contains is final once its boundaries hold; the others wait for
    # the end of the scan (a decoy that covers them may end later).
    inside_decoys = {d[i:j] for d, a in pats.items() if a.decoy
                     for i in range(len(d)) for j in range(i + 3, len(d) + (i > 0))}
    return list(pats), tuple(
        _Anchor(a.decoy, a.check_start, a.check_end, a.width, a.little, len(k), not a.decoy and k in inside_decoys)
        for k, a in pats.items())


def _cached_table(key: str) -> tuple[list[bytes], tuple[_Anchor, ...]] | None:
    """The byte table of ``key`` from the cache (JSON, checked by SHA-256), or None."""
    where = cache_dir()
    if where is None:
        return None
    path = where / f"prefilter-{key}.json"
    try:
        blob = path.read_bytes()
        digest, payload = blob[:32], blob[32:]
        if hashlib.sha256(payload).digest() != digest:
            logger.info("prefilter table cache %s is corrupt: building it again", path)
            return None
        doc = json.loads(payload)
        if doc.get("format") != _TABLE_FORMAT:
            return None
        patterns = [bytes.fromhex(h) for h in doc["patterns"]]
        anchors = tuple(_Anchor(bool(a[0]), bool(a[1]), bool(a[2]), int(a[3]), bool(a[4]), int(a[5]), bool(a[6]))
                        for a in doc["anchors"])
        if len(patterns) != len(anchors) or any(len(p) != a.length for p, a in zip(patterns, anchors)):
            return None
        return patterns, anchors
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        logger.info("prefilter table cache %s unusable (%s): building it again", path, exc)
        return None


def _store_table(key: str, table: tuple[list[bytes], tuple[_Anchor, ...]]) -> None:
    where = cache_dir()
    if where is None:
        return
    patterns, anchors = table
    doc = {"format": _TABLE_FORMAT, "patterns": [p.hex() for p in patterns],
           "anchors": [[a.decoy, a.check_start, a.check_end, a.width, a.little, a.length, a.coverable]
                       for a in anchors]}
    payload = json.dumps(doc, separators=(",", ":")).encode()
    try:
        write_cache_file(where / f"prefilter-{key}.json", hashlib.sha256(payload).digest() + payload, _CACHE_KEEP)
    except OSError as exc:  # a read-only home, a full disk: no cache
        logger.debug("prefilter table cache not written to %s: %s", where, exc)


class Prefilter:
    """Raw bytes -> may this document contain a hit?

    Every occurrence of an anchor pattern (any case) is a candidate; a candidate counts unless it
    fails its identifier-boundary check or lies inside a longer decoy occurrence ("race" inside
    "race condition" or "trace"). Two backends give the same answer: Hyperscan (SIMD literal
    matching, several GB/s, where its wheel exists) and an ``ahocorasick_rs`` DFA over
    ``data.lower()`` (portable fallback, ~0.4 GB/s).
    """

    __slots__ = ("_anchors", "_backend", "_text_ac", "_text_anchors", "_text_patterns", "anchors", "backend")

    def __init__(self, anchors: Sequence[str], decoys: Sequence[str] = (), *, backend: str | None = None) -> None:
        self.anchors = tuple(sorted(set(anchors)))
        text_pats: dict[str, _Anchor] = {}
        for raw, is_decoy in [(a, False) for a in self.anchors] + [(d, True) for d in decoys]:
            term = raw.strip("*").lower()
            if term:
                text_pats.setdefault(normalize(term).text, _Anchor(
                    is_decoy, needs_boundary(term[0]), not raw.endswith("*") and needs_boundary(term[-1]), 1, True))
        key = hashlib.sha256(repr((_TABLE_FORMAT, _SOURCE_DIGEST, sys.version_info[:2], self.anchors,
                                   tuple(decoys))).encode()).hexdigest()[:40]
        table = _cached_table(key)
        if table is None:
            table = _byte_table(self.anchors, decoys)
            _store_table(key, table)
        patterns, self._anchors = table
        self.backend = backend or ("hyperscan" if _hyperscan is not None else "aho-corasick")
        if self.backend == "hyperscan":
            if _hyperscan is None:
                raise RuntimeError("the hyperscan module is not installed")
            self._backend: _HyperscanBackend | _AhoBackend = _HyperscanBackend(patterns, self._anchors, key)
        elif self.backend == "aho-corasick":
            self._backend = _AhoBackend(patterns, self._anchors)
        else:
            raise ValueError(f"unknown prefilter backend {backend!r}")
        self._text_anchors = tuple(text_pats.values())
        self._text_patterns = tuple(text_pats)
        self._text_ac: ac.AhoCorasick | None = None  # built on first use (check_text)

    def check(self, data: bytes) -> bool:
        return self._backend.check(data)

    @property
    def _text_automaton(self) -> ac.AhoCorasick:
        """The anchors normalized, for extracted text (PDF, DOCX): most scans never need it."""
        got = self._text_ac
        if got is None:
            got = self._text_ac = ac.AhoCorasick(list(self._text_patterns), matchkind=ac.MatchKind.LeftmostLongest,
                                                 implementation=ac.Implementation.DFA)
        return got

    def check_text(self, text: str) -> bool:
        """May this (extracted) text contain a hit? Normalized, then matched in windows of
        ``_TEXT_WINDOW`` characters overlapping by more than any anchor: the automaton keeps 8
        bytes of offsets per character of its input, and a PDF's text can be tens of MB."""
        t = normalize_text(text)
        n = len(t)
        for lo in range(0, max(n, 1), _TEXT_WINDOW):
            base = max(0, lo - _TEXT_OVERLAP)
            for pi, s, e in self._text_automaton.find_matches_as_indexes(_unwrapped(t[base:lo + _TEXT_WINDOW])):
                a = self._text_anchors[pi]
                if a.decoy:
                    continue
                s += base
                e += base
                if a.check_start and s > 0 and t[s - 1].isalnum() and not _is_cjk(t[s - 1]):
                    continue
                if a.check_end and e < n and t[e].isalnum() and not _is_cjk(t[e]):
                    continue
                return True
        return False


def _valid(data: bytes, a: _Anchor, s: int, e: int) -> bool:
    """Do the identifier-boundary checks of anchor ``a`` hold for ``data[s:e]``?"""
    if a.width == 1:
        if a.check_start and s > 0 and data[s - 1] in _ASCII_LETTERS and not (
                data[s] in _UPPER and data[s - 1] in _LOWER):
            return False
        if a.check_end and e < len(data) and data[e] in _ASCII_LETTERS and not (
                data[e] in _UPPER and data[e - 1] in _LOWER):
            # Binary containers store strings length-prefixed, so the byte after one is
            # arbitrary (pickle's "Asianq"): after a control byte, no end check.
            return s > 0 and data[s - 1] in _BINARY_CONTROL
        return True
    if a.check_start and s >= 2 and _u16_letter(data, s - 2, a.little):
        return False
    return not (a.check_end and e + 2 <= len(data) and _u16_letter(data, e, a.little))


def _uncovered(pending: list[tuple[int, int]], decoys: list[tuple[int, int]]) -> bool:
    """Is some candidate span not inside a longer decoy span?"""
    return any(not any(ds <= s and e <= de and de - ds > e - s for ds, de in decoys) for s, e in pending)


def cache_dir() -> Path | None:
    """Where compiled prefilter databases are kept: ``$REDLINE_CACHE_DIR`` (``off`` or empty:
    nowhere), else ``$XDG_CACHE_HOME/redline`` or ``~/.cache/redline``."""
    raw = os.environ.get("REDLINE_CACHE_DIR")
    if raw is not None:
        raw = raw.strip()
        return Path(raw) if raw and raw.lower() not in ("off", "0", "no", "none") else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "redline"


def write_cache_file(path: Path, data: bytes, keep: int) -> None:
    """Write a cache file atomically (readers see the old file or the whole new one), then keep
    only the ``keep`` newest files of its kind (same name prefix and suffix) in its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    kind = f"{path.name.split('-', 1)[0]}-*{path.suffix}"
    old = sorted(path.parent.glob(kind), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in old[keep:]:
        stale.unlink(missing_ok=True)


_CACHE_KEEP = 8  # databases kept (one per distinct set of packs); the oldest go first


def _compiled_database(patterns: list[bytes], table_key: str) -> Any:
    """A Hyperscan block-mode database of ``patterns`` (caseless), from the cache when it holds one.

    Compiling the ~11,000 byte forms takes ~75 ms of every start; a serialized database loads in
    well under 1 ms. The file is named by a digest of the table key (which names the patterns:
    anchors, decoys and the code that made their byte forms, see ``Prefilter``), the flags, the
    Hyperscan version and the machine, and holds a SHA-256 of its payload: a torn, corrupt or
    foreign file is compiled again and replaced, never trusted. A cache that cannot be written is
    skipped. The byte table itself is cached the same way, as JSON (``_cached_table``): building
    it (every anchor in eleven encodings) took as long again."""
    assert _hyperscan is not None
    flags = _hyperscan.HS_FLAG_CASELESS
    where = cache_dir()
    path = None
    if where is not None:
        # the table key names the patterns (their anchors, decoys and the code that made them)
        key = hashlib.sha256(repr((getattr(_hyperscan, "__version__", "?"), platform.machine(), flags,
                                   table_key)).encode()).hexdigest()[:40]
        path = where / f"prefilter-{key}.hsdb"
        try:
            blob = path.read_bytes()
            digest, payload = blob[:32], blob[32:]
            if hashlib.sha256(payload).digest() == digest:
                db = _hyperscan.loadb(payload, _hyperscan.HS_MODE_BLOCK)
                # a database built for other CPU features (a home shared by machines) fails here
                db.scan(b"\x00", match_event_handler=lambda *_: None, scratch=_hyperscan.Scratch(db))
                return db
            logger.info("prefilter cache %s is corrupt: compiling again", path)
        except FileNotFoundError:
            pass
        except (OSError, _hyperscan.error) as exc:  # unreadable, or built for another CPU
            logger.info("prefilter cache %s unusable (%s): compiling again", path, exc)
    # the literal API stops at NUL bytes (UTF-16 forms have them): escape every byte instead
    exprs = [b"".join(b"\\x%02x" % c for c in p) for p in patterns]
    db = _hyperscan.Database(mode=_hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs), flags=flags)
    if path is not None:
        _store(path, db)
    return db


def _store(path: Path, db: Any) -> None:
    assert _hyperscan is not None
    try:
        payload = _hyperscan.dumpb(db)
        write_cache_file(path, hashlib.sha256(payload).digest() + payload, _CACHE_KEEP)
    except (OSError, _hyperscan.error) as exc:  # a read-only home, a full disk: no cache
        logger.debug("prefilter cache not written to %s: %s", path, exc)


class _HyperscanBackend:
    """All anchor and decoy literals in one Hyperscan block-mode database (caseless)."""

    __slots__ = ("_anchors", "_db", "_local")

    def __init__(self, patterns: list[bytes], anchors: tuple[_Anchor, ...], table_key: str) -> None:
        assert _hyperscan is not None
        self._anchors = anchors
        self._db = _compiled_database(patterns, table_key)
        self._local = threading.local()  # one scratch space per thread

    def check(self, data: bytes) -> bool:
        if not data:
            return False
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = _hyperscan.Scratch(self._db)
        anchors = self._anchors
        decoys: list[tuple[int, int]] = []
        pending: list[tuple[int, int]] = []

        def on_match(pi: int, _from: int, e: int, _flags: int, _ctx: object) -> bool | None:
            a = anchors[pi]
            s = e - a.length
            if a.decoy:
                decoys.append((s, e))
            elif _valid(data, a, s, e):
                if not a.coverable:
                    return True  # stop: a hit no decoy can hide
                pending.append((s, e))
            return None

        try:
            self._db.scan(data, match_event_handler=on_match, scratch=scratch)
        except _hyperscan.ScanTerminated:
            return True
        return _uncovered(pending, decoys)


class _AhoBackend:
    """The same answer from an ``ahocorasick_rs`` DFA (overlapping matches over ``data.lower()``)."""

    __slots__ = ("_anchors", "_automaton")

    def __init__(self, patterns: list[bytes], anchors: tuple[_Anchor, ...]) -> None:
        self._anchors = anchors
        self._automaton = ac.BytesAhoCorasick(patterns, matchkind=ac.MatchKind.Standard,
                                              implementation=ac.Implementation.DFA)

    def check(self, data: bytes) -> bool:
        decoys: list[tuple[int, int]] = []
        pending: list[tuple[int, int]] = []
        for pi, s, e in self._automaton.find_matches_as_indexes(data.lower(), overlapping=True):
            a = self._anchors[pi]
            if a.decoy:
                decoys.append((s, e))
            elif _valid(data, a, s, e):
                if not a.coverable:
                    return True
                pending.append((s, e))
        return _uncovered(pending, decoys)


def _u16_letter(b: bytes, i: int, little: bool) -> bool:
    lo, hi = (b[i], b[i + 1]) if little else (b[i + 1], b[i])
    return hi == 0 and lo in _ASCII_LETTERS


__all__ = ["Hit", "Lexicon", "Prefilter", "TermEntry", "cache_dir", "dehyphenated", "hyphen_broken", "needs_boundary", "write_cache_file"]
