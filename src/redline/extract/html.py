"""HTML: visible text per block element, title, meta descriptions, text-bearing attributes.

Parsed with selectolax (lexbor), the fastest HTML5 parser available to Python (``design.md``:
HTML parsing dominates scan time). ``script``, ``style``, ``noscript`` and ``template`` are
dropped, except JSON-LD, whose product descriptions are page text for our purposes.

Segments:
- one ``prose`` (``heading`` for ``h1``-``h6`` and ``title``) segment per run of text nodes that
  share their nearest block-level ancestor, so ``<p>detects <b>Uyghur</b> faces</p>`` is one
  sentence;
- ``metadata`` segments for ``<meta name=description|keywords, property=og:*>`` and for the
  attributes people read: ``alt``, ``title``, ``aria-label``, ``placeholder``, ``label``;
- ``comment`` segments for HTML comments (hidden text is still published text).

Locations: the parser keeps no source positions, so each text is searched for in the decoded
source, forward from the previous hit (skipping ``<script>``/``<style>`` bodies and tag
insides). Text that may be written with character references (quotes, ``&``, non-ASCII below the
CJK blocks) is found by its longest plain piece and checked around it, each such character as
itself or as a reference, so an escaped ``&#39;x&#39;`` is not taken for a later literal
``'x'`` (which would leave the rest of the page behind the cursor, unlocated). A block whose
text is found exactly is ``verbatim`` with line/column/offset; a block made of several nodes
(inline tags, entities) is not verbatim and points at the line and column of its first text. Hostile markup: lexbor's cost grows with the square of the nesting depth
(50,000 nested ``<div>`` take ~10 s), so documents nested deeper than ``MAX_HTML_DEPTH`` are read
by a tag-stripping fallback instead of the parser — every text run between tags, verbatim.

Without locating: ``HtmlExtractor.extract_unlocated`` walks the page once and stops before any
text is searched for (``UnlocatedPage``). Locating never changes which blocks there are, their
kinds or their order; it only decides whether a block's text is the verbatim slice (outer
whitespace trimmed) or the whitespace-collapsed form, so the page carries both where they
differ, and the pipeline asks the rule set whether any rule may fire on them
(``may_fire(segments, relaxed=True)``) before paying for the search.
"""

from __future__ import annotations

import dataclasses
import html
import logging
import re
from collections.abc import Iterable, Iterator
from itertools import accumulate, islice
from operator import sub
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from redline.extract.base import Extractor, extractors
from redline.extract.text import LineCounter, verbatim_segments
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind
from redline.text.decode import decode_bytes

logger = logging.getLogger(__name__)

MAX_HTML_DEPTH = 4096  # deeper documents go to the tag-stripping fallback (see module docstring)

_DROP = ("script", "style", "noscript", "template")
_DROP_SELECTOR = ",".join(_DROP)
_BLOCK = frozenset("""
address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption
figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html li main nav ol p pre section
table tbody thead tfoot td th tr ul summary option optgroup select button label legend title
center menu dir frameset frame iframe object video audio canvas map
""".split())
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "title"})
_HEADING, _PROSE = SegmentKind.HEADING, SegmentKind.PROSE
_TEXT_ATTRS = ("alt", "title", "aria-label", "placeholder", "label")
_ATTR_SELECTOR = ",".join([f"[{a}]" for a in _TEXT_ATTRS] + ["meta[content]"])
_META_NAMES = frozenset({"description", "keywords", "og:description", "og:title", "twitter:title",
                         "twitter:description", "dc.description", "dc.title", "subject", "abstract"})
_VOID_OR_IMPLIED = frozenset("""
area base br col embed hr img input link meta param source track wbr p li td th tr option dt dd
""".split())

_SKIP_OPEN = re.compile(r"<(script|style)\b", re.I)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)")
# Characters a page may write as a character reference (``&#39;``, ``&quot;``, ``&eacute;``,
# ``&mdash;``, ``&nbsp;``): markup-significant ASCII and every non-ASCII character below the CJK
# blocks. A text node without any of them is looked for as it is; one with them is found by its
# longest plain piece and checked around it, each such character as itself or as a reference
# (``_find_tolerant``). CJK text is practically never escaped; the literal path keeps it fast.
_ESCAPED = re.compile("[&<>\"'\x80-\u2e7f]")
_ESCAPED_CRLF = re.compile("[&<>\"'\x80-\u2e7f\n]")  # sources with CR LF (the parser keeps LF)
_SPLIT = re.compile("([&<>\"'\x80-\u2e7f])")
_SPLIT_CRLF = re.compile("([&<>\"'\x80-\u2e7f\n])")
_REF_AT = re.compile(r"&[#0-9A-Za-z]{1,32};?")
_REF_BEFORE = re.compile(r"&[#0-9A-Za-z]{1,32};?\Z")
# Items of one walk (``HtmlWalker._items``), before any text is located.
_TEXT, _ATTRS, _SEG, _RESET = "text", "attrs", "segment", "reset"
_Item = tuple[Any, ...]
_RESET_ITEM: _Item = (_RESET,)
SEARCH_WINDOW = 256 * 1024  # how far past the previous text a text node is looked for
_WS = re.compile(r"\s+")


@extractors.register("html")
class HtmlExtractor(Extractor):
    name = "html"
    media_types = ("text/html", "application/xhtml+xml")

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        source = decode_bytes(data, declared=doc.charset, markup=True).text
        yield from HtmlWalker(source, limits).segments()

    def extract_unlocated(self, doc: Document, data: bytes, limits: Limits) -> UnlocatedPage | None:
        """The page read without locating its texts in the source (see ``UnlocatedPage``), or
        None when the number of segments ``extract`` yields cannot be known without it."""
        source = decode_bytes(data, declared=doc.charset, markup=True).text
        return HtmlWalker(source, limits).unlocated()


class UnlocatedPage(Extractor):
    """One HTML page walked once, before any text is searched for in its source.

    ``segments`` holds every text ``HtmlExtractor.extract`` may yield for the page, with kinds
    (no locators): a text is written verbatim when the source holds it as it is, and with its
    whitespace collapsed when it does not, which only locating tells, so each text that differs
    between the two forms is here in both. Every segment ``extract`` yields has a counterpart of
    its own here with the same text and kind (blank ones aside). ``count`` is the number of
    segments ``extract`` yields. ``extract`` (this object is an ``Extractor`` of its one page)
    yields exactly those segments, located, from the same walk without parsing again.
    """

    name = "html"

    def __init__(self, walker: HtmlWalker, items: list[_Item], segments: list[Segment],
                 count: int) -> None:
        self._walker = walker
        self._items = items
        self.segments = segments
        self.count = count

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        return self._walker.located(iter(self._items))


class HtmlWalker:
    """One pass over one decoded HTML source (see the module docstring)."""

    def __init__(self, source: str, limits: Limits) -> None:
        self.src = source
        self.limits = limits
        self.lines = LineCounter(source)
        self.cursor = 0
        self.skip = _skip_ranges(source)
        self._skip_i = 0
        self.crlf = "\r" in source  # the parser turns CR LF into LF in text

    def segments(self) -> Iterator[Segment]:
        return self.located(self._items())

    def unlocated(self) -> UnlocatedPage | None:
        """The page's texts in every form located extraction may give them (``UnlocatedPage``),
        or None when its segment count depends on locating: a text longer than
        ``max_line_chars`` (verbatim, it is cut in lines; collapsed, truncated), or a blank
        ``<meta content>`` (verbatim, no segment; not found, an empty one)."""
        items: list[_Item] = []
        out: list[Segment] = []
        count = 0
        limit = self.limits.max_line_chars
        cap = self.limits.max_segments
        for item in self._items():
            items.append(item)
            tag = item[0]
            if tag is _TEXT:
                parts = item[2]
                texts: Iterable[str] = (parts[0] if len(parts) == 1 else "".join(parts),)
                kind = item[1]
            elif tag is _ATTRS:
                texts = item[1]
                kind = SegmentKind.METADATA
            elif tag is _SEG:
                out.append(item[1])
                count += 1
                continue
            else:  # _RESET
                continue
            for raw in texts:
                verbatim = raw.strip()
                if not verbatim or len(verbatim) > limit:
                    return None
                out.append(_new_segment(verbatim, kind, _NO_LOCATOR, False))
                loose = " ".join(raw.split())
                if loose != verbatim:
                    out.append(_new_segment(loose, kind, _NO_LOCATOR, False))
                count += 1
            if count > cap:  # extract would stop at the limit: let it, with its error
                return None
        return UnlocatedPage(self, items, out, count)

    def located(self, items: Iterator[_Item]) -> Iterator[Segment]:
        """The segments of the walk's ``items``, each text located in the source."""
        flush = self._flush
        attributes = self._attributes
        for item in items:
            tag = item[0]
            if tag is _TEXT:
                yield from flush(item[2], item[1])
            elif tag is _ATTRS:
                yield from attributes(item[1])
            elif tag is _SEG:
                yield item[1]
            else:  # _RESET: the attribute pass has a cursor of its own
                self.cursor, self._skip_i, self.lines = 0, 0, LineCounter(self.src)

    def _items(self) -> Iterator[_Item]:
        """What the page holds, in order, before locating: ``(_TEXT, kind, parts)`` per block
        (its text nodes; ``_flush`` locates them), ``_RESET``, ``(_ATTRS, values)`` per element
        with text-bearing attributes, then ``(_SEG, segment)`` for JSON-LD bodies and comments
        (found by plain search, independent of the cursor), or for every text run of the
        tag-stripping fallback."""
        src = self.src
        if _too_deep(src):
            logger.debug("HTML nested deeper than %d: tag-stripping fallback", MAX_HTML_DEPTH)
            for seg in self._fallback():
                yield _SEG, seg
            return
        tree = LexborHTMLParser(src)
        jsonld = []
        for node in tree.css("script[type='application/ld+json']"):
            jsonld.append(node.text(deep=True) or "")
        # One query for all of them; last first, so an element inside another dropped one
        # (a <script> in a <noscript>) is removed before its ancestor frees it.
        for node in reversed(tree.css(_DROP_SELECTOR)):
            node.decompose()
        for node in reversed(_page_asides(tree)):
            node.decompose()
        yield from self._walk(tree)
        # Attributes in a second pass over only the elements that carry them (building the
        # attribute dict of every element cost more than the walk), with a cursor of its own.
        yield _RESET_ITEM
        # lexbor returns an element once per selector it matches ([title] and [aria-label]):
        # each element once.
        seen: set[int] = set()
        for node in tree.css(_ATTR_SELECTOR):
            key = node.mem_id
            if key not in seen:
                seen.add(key)
                values = _attribute_values(node.tag or "", node.attributes)
                if values:
                    yield _ATTRS, values
        lines = LineCounter(src)
        for body in jsonld:
            pos = src.find(body) if body.strip() else -1
            if pos >= 0:
                for seg in verbatim_segments(src, pos, pos + len(body), SegmentKind.METADATA,
                                             lines, self.limits.max_line_chars):
                    yield _SEG, seg
        for seg in self._comments():
            yield _SEG, seg

    # --- the tree walk -------------------------------------------------------------------

    def _walk(self, tree: LexborHTMLParser) -> Iterator[_Item]:
        root = tree.root
        if root is None:
            return
        block_id: int | None = None
        block_tag = ""
        parts: list[str] = []  # texts of the current block, one item when it ends
        # Nearest block of a text node depends only on its parent: one upward walk per parent.
        blocks: dict[int, tuple[int, str]] = {}
        for node in root.traverse(include_text=True):
            tag = node.tag
            if tag == "-text":
                blank = node.is_empty_text_node  # whitespace only (checked in C)
                raw = "" if blank else (node.text_content or "")
                gap = blank or not raw.strip()
                # Whitespace between two inline elements of one block separates their words
                # ("<b>Ethnicity</b> <i>detection</i>", "<code>koi8_t</code> <a>codecs</a>"):
                # one space, unless the text before already ends in one; otherwise it is nothing.
                if gap and (not parts or parts[-1][-1:].isspace()):
                    continue
                parent = node.parent
                if parent is None:
                    if gap:
                        continue
                    bid, btag = 0, ""
                else:
                    key = parent.mem_id
                    hit = blocks.get(key)
                    if hit is None:
                        block = _block_above(parent)
                        hit = (block.mem_id, block.tag or "") if block is not None else (0, "")
                        blocks[key] = hit
                    bid, btag = hit
                if gap:
                    if bid == block_id:
                        parts.append(_GAP)
                    continue
                if bid != block_id and parts:
                    yield _TEXT, _HEADING if block_tag in _HEADINGS else _PROSE, _trimmed(parts)
                    parts = []
                block_id = bid
                block_tag = btag
                parts.append(raw)
            elif tag == "br" and parts:  # a line break ends a run of text, as it does on screen
                yield _TEXT, _HEADING if block_tag in _HEADINGS else _PROSE, _trimmed(parts)
                parts, block_id = [], None
        if parts:
            yield _TEXT, _HEADING if block_tag in _HEADINGS else _PROSE, _trimmed(parts)

    def _attributes(self, values: list[str]) -> Iterator[Segment]:
        # One element's attributes are in the source in any order (aria-label before title):
        # each value is looked for from the same place, and the cursor ends after the last.
        start = furthest = self.cursor
        found = []
        for value in values:
            self.cursor = start
            found.append(self._find(value, in_tag=True))
            furthest = max(furthest, self.cursor)
        self.cursor = furthest
        for value, (pos, exact) in zip(values, found):
            if exact:
                yield from self._verbatim(pos, pos + len(value), SegmentKind.METADATA)
            else:
                yield self._loose(value, SegmentKind.METADATA, pos)

    def _flush(self, parts: list[str], kind: SegmentKind) -> Iterable[Segment]:
        """The segment of one block's texts. One text: located exactly (verbatim when the
        source holds it as it is). Several (inline tags between them): never one slice of the
        source, so only the first text that can be found is located (the segment's place), and
        the last, to move the cursor past the block."""
        find = self._find
        if len(parts) == 1:
            raw = parts[0]
            pos, exact = find(raw)
            if exact:
                return self._verbatim(pos, pos + len(raw), kind)
            return (self._loose(raw, kind, pos),)
        joined = "".join(parts)
        anchor, exact, i = -1, False, 0
        for i, raw in enumerate(parts):
            anchor, exact = find(raw)
            if anchor >= 0:
                break
        if anchor >= 0:
            if i == 0 and exact and self.src.startswith(joined, anchor):
                self.cursor = anchor + len(joined)
                return self._verbatim(anchor, anchor + len(joined), kind)
            if i < len(parts) - 1:
                find(parts[-1])
        return (self._loose(joined, kind, anchor),)

    def _verbatim(self, start: int, end: int, kind: SegmentKind) -> Iterable[Segment]:
        """``verbatim_segments`` with its common case (one short run) done without a generator:
        the same trimmed slice and locator."""
        text = self.src[start:end]
        stripped = text.strip()  # str.strip trims exactly the characters str.isspace accepts
        if not stripped:
            return ()
        if len(stripped) > self.limits.max_line_chars:
            return verbatim_segments(self.src, start, end, kind, self.lines,
                                     self.limits.max_line_chars)
        pos = start + len(text) - len(text.lstrip())
        line, column = self.lines.at(pos)
        return (_new_segment(stripped, kind, _new_locator(line, column, pos), True),)

    def _loose(self, text: str, kind: SegmentKind, pos: int) -> Segment:
        """A non-verbatim segment (whitespace collapsed) located at ``pos`` or the cursor."""
        text = " ".join(text.split())  # == _WS.sub(" ", text).strip(): same whitespace class
        limit = self.limits.max_line_chars
        if len(text) > limit:
            text = text[:limit]
        line, column = self.lines.at(pos if pos >= 0 else self.cursor)
        return _new_segment(text, kind, _new_locator(line, column if pos >= 0 else None, None), False)

    # --- finding text in the source ------------------------------------------------------

    def _find(self, raw: str, *, in_tag: bool = False) -> tuple[int, bool]:
        """(offset, exact) of ``raw`` in the source at or after the cursor, outside scripts
        (and inside or outside tags as asked); offset -1 when not found.

        Text with characters that may be escaped in the source goes to ``_find_tolerant``: a
        literal search alone would skip an escaped ``&#39;normal&#39;`` and land on a later
        ``'normal'`` far down the page, leaving every following text behind the cursor.
        ``exact`` is True when the source holds ``raw`` as is; otherwise the offset is that of
        its first non-blank character.
        """
        if not (_ESCAPED_CRLF if self.crlf else _ESCAPED).search(raw):
            pos = self._search(raw, in_tag)
            if pos >= 0:
                self.cursor = pos + len(raw)
                return pos, True
            return -1, False
        return self._find_tolerant(raw, in_tag)

    def _find_tolerant(self, raw: str, in_tag: bool) -> tuple[int, bool]:
        """``_find`` for text with characters that may be written as references: its longest
        plain piece is searched for, then the text is checked piece by piece around it."""
        tokens = (_SPLIT_CRLF if self.crlf else _SPLIT).split(raw)  # plain, char, plain, ...
        anchor = max(tokens[::2], key=len)
        if len(anchor.strip()) < 3:  # nothing specific enough to look for
            return -1, False
        k = tokens.index(anchor)  # the longest piece holds no other piece: its first place
        off = raw.find(anchor)
        src = self.src
        start = self.cursor
        for _ in range(8):
            pos = self._search(anchor, in_tag, start)
            if pos < 0:
                return -1, False
            begin = pos - off
            if begin >= self.cursor and src.startswith(raw, begin):  # written as it is
                self.cursor = begin + len(raw)
                return begin, True
            end = pos + len(anchor)
            for t in range(k + 1, len(tokens)):
                tok = tokens[t]
                if t % 2:
                    end = _char_at(src, end, tok)
                elif src.startswith(tok, end):
                    end += len(tok)
                else:
                    end = -1
                if end < 0:
                    break
            begin = pos
            if end >= 0:
                for t in range(k - 1, -1, -1):
                    tok = tokens[t]
                    if t % 2:
                        begin = _char_before(src, begin, tok)
                    elif begin >= len(tok) and src.startswith(tok, begin - len(tok)):
                        begin -= len(tok)
                    else:
                        begin = -1
                    if begin < 0:
                        break
            if end < 0 or begin < self.cursor:
                start = pos + 1
                continue
            self.cursor = end
            if end - begin == len(raw):  # every character as it is: the exact slice
                return begin, True
            return begin + len(raw) - len(raw.lstrip()), False
        return -1, False

    def _search(self, needle: str, in_tag: bool, start: int = -1) -> int:
        src = self.src
        cursor = self.cursor
        start = cursor if start < cursor else start  # noqa: FURB136 - max() is a call (hot)
        # Bounded: a text that is not in the source (rewritten by the parser) must not cost a
        # scan to the end of the document for every node.
        limit = start + SEARCH_WINDOW
        skip = self.skip
        for _ in range(8):
            pos = src.find(needle, start, limit)
            if pos < 0:
                return -1
            if skip:  # _in_skip, inlined (hot)
                i = self._skip_i
                n = len(skip)
                while i < n and skip[i][1] <= pos:
                    i += 1
                self._skip_i = i
                if i < n and skip[i][0] <= pos:
                    skip_end = skip[i][1]
                    if skip_end:
                        start = skip_end
                        limit = max(limit, skip_end + SEARCH_WINDOW)
                        continue
            lt = src.rfind("<", cursor, pos)
            # Inside a tag when no ">" follows the last "<"; text wants outside, attribute values
            # inside (or no "<" since the cursor at all).
            if lt >= 0 and (src.rfind(">", lt, pos) < 0) != in_tag:
                start = pos + 1
                continue
            return pos
        return -1

    def _in_skip(self, pos: int) -> int:
        skip = self.skip
        i = self._skip_i
        while i < len(skip) and skip[i][1] <= pos:
            i += 1
        self._skip_i = i
        if i < len(skip) and skip[i][0] <= pos:
            return skip[i][1]
        return 0

    def _comments(self) -> Iterator[Segment]:
        src = self.src
        lines = LineCounter(src)
        pos = 0
        skip = self.skip
        si = 0
        while True:
            start = src.find("<!--", pos)
            if start < 0:
                break
            while si < len(skip) and skip[si][1] <= start:
                si += 1
            if si < len(skip) and skip[si][0] <= start:
                pos = skip[si][1]  # "<!--" inside a script: not a comment
                continue
            end = src.find("-->", start + 4)
            stop = len(src) if end < 0 else end  # unterminated: to the end, as HTML5 reads it
            yield from verbatim_segments(src, start + 4, stop, SegmentKind.COMMENT, lines,
                                         self.limits.max_line_chars)
            if end < 0:
                break
            pos = end + 3

    def _fallback(self) -> Iterator[Segment]:
        src = self.src
        pos = 0
        n = len(src)
        while pos < n:
            lt = src.find("<", pos)
            end = n if lt < 0 else lt
            if end > pos and src[pos:end].strip():
                yield from verbatim_segments(src, pos, end, SegmentKind.PROSE, self.lines,
                                             self.limits.max_line_chars)
            if lt < 0:
                break
            gt = src.find(">", lt)
            pos = n if gt < 0 else gt + 1


def _attribute_values(tag: str, attrs: dict[str, str | None]) -> list[str]:
    """The texts people read in one element's attributes, in ``_TEXT_ATTRS`` order (a listed
    ``<meta>``'s content first)."""
    values: list[str] = []
    if tag == "meta":
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if key in _META_NAMES and content:
            values.append(content)
    for name in _TEXT_ATTRS:
        value = attrs.get(name)
        if value and value.strip():
            values.append(value)
    return values


def _skip_ranges(src: str) -> list[tuple[int, int]]:
    """Source spans of ``<script>``/``<style>`` elements, found in one linear pass (a regex
    with a lazy body and a back-reference is quadratic on unterminated tags)."""
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(src)
    while True:
        m = _SKIP_OPEN.search(src, pos)
        if m is None:
            return out
        close = re.compile(r"</" + m.group(1) + r"\s*>", re.I).search(src, m.end())
        if close is None:
            out.append((m.start(), n))  # unterminated: the rest of the document is script text
            return out
        out.append((m.start(), close.end()))
        pos = close.end()


def _slot_factory(cls: type, given: tuple[str, ...]) -> Any:
    """``f(*values of given)`` equal to ``cls(**dict(zip(given, values)))`` for a frozen slotted
    dataclass whose other fields have plain defaults: the slots are set directly (a frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``, about 1 us a
    ``Locator``, and a page makes hundreds of segments). Falls back to the constructor when the
    class does not fit."""
    def plain(*values: object) -> object:
        return cls(**dict(zip(given, values)))

    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or not hasattr(cls, "__slots__") or \
            set(given) - {f.name for f in fields}:
        return plain
    ns: dict[str, object] = {"_new": object.__new__, "_cls": cls}
    body = []
    for f in fields:
        ns[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.name in given:
            value = f.name
        elif f.default is not dataclasses.MISSING and isinstance(f.default, (type(None), bool, int, str)):
            ns[f"_d_{f.name}"] = f.default
            value = f"_d_{f.name}"
        else:
            return plain
        body.append(f"    _set_{f.name}(o, {value})\n")
    src = f"def make({', '.join(given)}):\n    o = _new(_cls)\n{''.join(body)}    return o\n"
    exec(compile(src, f"<{cls.__name__} factory>", "exec"), ns)  # noqa: S102 - built here
    return ns["make"]


_new_locator = _slot_factory(Locator, ("line", "column", "offset"))
_new_segment = _slot_factory(Segment, ("text", "kind", "locator", "verbatim"))
_NO_LOCATOR = Locator()


def _char_at(src: str, i: int, ch: str) -> int:
    """End of ``ch`` written at ``src[i]`` as itself or as a reference to it (LF also as
    CR LF); -1 when it is not there."""
    if src.startswith(ch, i):
        return i + 1
    if ch == "\n" and src.startswith("\r\n", i):
        return i + 2
    m = _REF_AT.match(src, i)
    if m is not None and html.unescape(m.group()) == ch:
        return m.end()
    return -1


def _char_before(src: str, i: int, ch: str) -> int:
    """Start of ``ch`` written just before ``src[i]`` (see ``_char_at``); -1 when it is not."""
    if ch == "\n" and i >= 2 and src.startswith("\r\n", i - 2):  # before the bare LF case
        return i - 2
    if i > 0 and src[i - 1] == ch:
        return i - 1
    m = _REF_BEFORE.search(src, max(0, i - 40), i)
    if m is not None and html.unescape(m.group()) == ch:
        return m.start()
    return -1


def _page_asides(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's sidebars: ``<aside>`` elements outside every ``<article>``, on a page that marks
    its main content (``<main>`` or ``<article>``). Their "related" and "most read" link titles
    are other pages' headlines; a match report with a sidebar link to a story about ethnicity
    analytics is not that story. An ``<aside>`` inside an article (a fact box, a pull quote)
    belongs to the article and is kept, as is every ``<aside>`` of a page without main content."""
    if tree.css_first("main, article") is None:
        return []
    out = []
    for node in tree.css("aside"):
        p = node.parent
        while p is not None and p.tag != "article":
            p = p.parent
        if p is None:
            out.append(node)
    return out


_GAP = " "  # a whitespace-only text node between inline elements, as one space


def _trimmed(parts: list[str]) -> list[str]:
    """A block's texts without the gaps after its last text (whitespace before ``</p>``)."""
    while parts and parts[-1] is _GAP:
        parts.pop()
    return parts


def _block_of(node: LexborNode) -> LexborNode | None:
    """Nearest block-level ancestor (bounded walk, so deep inline nesting stays linear)."""
    return _block_above(node.parent)


def _block_above(p: LexborNode | None) -> LexborNode | None:
    """``_block_of`` a node whose parent is ``p``."""
    for _ in range(48):
        if p is None:
            return None
        if p.tag in _BLOCK:
            return p
        p = p.parent
    return p


def _too_deep(src: str) -> bool:
    """``_nesting_depth(src) > MAX_HTML_DEPTH``, cheap exact bounds first: the depth never
    exceeds the number of +1 steps (opening tags), which is at most the number of "<" not
    followed by "/"."""
    if src.count("<") - src.count("</") <= MAX_HTML_DEPTH:
        return False
    steps = list(map(_TAG_STEPS.__getitem__, _TAG_TOKEN.findall(src)))
    if steps.count(1) <= MAX_HTML_DEPTH:
        return False
    # The depth after a step is the running sum minus its running minimum (at most 0), so it
    # never exceeds max(sums) - min(0, min(sums)): one pass decides for ordinary pages.
    sums = list(accumulate(steps))
    if max(sums) - min(0, min(sums)) <= MAX_HTML_DEPTH:
        return False
    return _depth_of(steps) > MAX_HTML_DEPTH


def _nesting_depth(src: str) -> int:
    """An upper estimate of element nesting (void and end-tag-optional elements not counted).

    Exact up to ``MAX_HTML_DEPTH``; above it, some value above it. The depth after each tag is
    ``max(0, depth + step)``, i.e. the running sum of the steps minus its running minimum
    (clamped at 0): C-level iterators instead of a Python loop over every tag.
    """
    if src.count("<") <= MAX_HTML_DEPTH:
        return 0
    return _depth_of(list(map(_TAG_STEPS.__getitem__, _TAG_TOKEN.findall(src))))


def _depth_of(steps: list[int]) -> int:
    """Maximum of ``max(0, depth + step)`` over the steps, from depth 0 (see above)."""
    if not steps:
        return 0
    sums = list(accumulate(steps))
    return max(0, max(map(sub, sums, islice(accumulate(sums, min, initial=0), 1, None))))


class _TagSteps(dict[str, int]):
    """``"div"`` -> +1, ``"/div"`` -> -1, void or end-tag-optional names -> 0 (memoised)."""

    def __missing__(self, token: str) -> int:
        closing = token.startswith("/")
        name = (token[1:] if closing else token).lower()
        step = 0 if name in _VOID_OR_IMPLIED else (-1 if closing else 1)
        self[token] = step
        return step


_TAG_TOKEN = re.compile(r"<(/?[A-Za-z][A-Za-z0-9:-]*)")  # the tags _TAG finds, one string each
_TAG_STEPS = _TagSteps()
