"""Plain text, Markdown, CSV/TSV and label files: verbatim segments of the decoded text.

- Plain text: one segment per paragraph (lines up to a blank line).
- Markdown: the same, and ATX (``# Title``) and setext (``Title\\n====``) headings as
  ``heading`` segments of their own.
- CSV/TSV: the header row's cells as ``key`` segments sharing one group (a table schema, like
  a JSON object's keys), then paragraphs of rows.
- Label files (``labels.txt``, ``*.names``): one ``label-list`` segment per label, all in one
  group, so a rule sees the classifier's whole output set.

Every segment is an exact slice of the decoded text (``verbatim``) with line, column and
offset of its first character. Memory stays bounded on hostile input: a paragraph never
exceeds ``limits.max_line_chars`` characters, and a longer line (a single 100 MB line) is cut
into chunks of that size, preferably at whitespace or punctuation, else with a short overlap so
a term straddling the cut is still seen whole in one chunk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redline.extract.base import Extractor, extractors
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind
from redline.text.decode import decode_bytes

# Characters where a long line may be cut without splitting a word (ASCII and CJK punctuation).
_BREAKS = re.compile(r"[\s。，、；：！？,.;:!?)\]}>]")
CHUNK_OVERLAP = 64  # characters repeated across a hard cut (no break character nearby)


def decode_text(data: bytes, declared: str | None = None, *, markup: bool = False) -> str:
    """Decoded text of a document (``redline.text.decode``)."""
    return decode_bytes(data, declared=declared, markup=markup).text


@extractors.register("text")
class TextExtractor(Extractor):
    name = "text"
    media_types = ("text/plain", "text/markdown", "text/csv", "text/x-labels", "text/*")
    priority = 200

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        text = decode_text(data, doc.charset)
        mt = (doc.media_type or "").split(";", 1)[0].strip().lower()
        name = doc.name.lower()
        if mt == "text/x-labels" or name.endswith(".names") or name in _LABEL_NAMES:
            yield from segment_labels(text, group=f"labels:{doc.name}")
        elif mt == "text/csv" or name.endswith((".csv", ".tsv")):
            yield from segment_csv(text, limits.max_line_chars)
        elif mt == "text/markdown" or name.endswith((".md", ".markdown")):
            yield from segment_lines(text, max_chars=limits.max_line_chars, markdown=True)
        else:
            yield from segment_lines(text, max_chars=limits.max_line_chars)


_LABEL_NAMES = frozenset({"labels.txt", "classes.txt", "class_names.txt", "synset.txt", "label.txt"})

_NONSPACE = re.compile(r"\S")
_ATX = re.compile(r"[ ]{0,3}#{1,6}(?:[ \t]|$)")
_SETEXT = re.compile(r"[ ]{0,3}(?:=+|-{2,})[ \t]*$")


def _line_starts(text: str) -> Iterator[tuple[int, int, str]]:
    """(line number, offset, line with its end) without copying the text more than line by line."""
    line = 1
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl + 1
        yield line, pos, text[pos:end] if end - pos <= 4096 else text[pos:pos + 4096]
        line += 1
        pos = end


def segment_lines(
    text: str,
    kind: SegmentKind = SegmentKind.PROSE,
    *,
    max_chars: int = 1024**2,
    markdown: bool = False,
    base_line: int = 1,
    base_offset: int = 0,
) -> Iterator[Segment]:
    """Verbatim paragraph segments (blocks of non-blank lines), each at most ``max_chars`` long.

    ``base_line``/``base_offset`` shift the locators when ``text`` is a slice of a larger text.
    Only the first 4096 characters of a line are looked at to classify it, so a huge line costs
    one pass, not a copy per test.
    """
    para_start = -1  # offset of the current paragraph's first line
    para_line = 0
    para_end = 0
    lines = list(_line_starts(text)) if markdown else None
    it: Iterator[tuple[int, int, str]] = iter(lines) if lines is not None else _line_starts(text)
    for idx, (lineno, off, head) in enumerate(it):
        end = text.find("\n", off)
        end = len(text) if end < 0 else end + 1
        blank = not head.strip()
        if blank and len(head) == 4096:  # only the head of a long line was looked at
            blank = _NONSPACE.search(text, off, end) is None
        heading = False
        if markdown and not blank and lines is not None:
            if _ATX.match(head):
                heading = True
            elif idx + 1 < len(lines) and _SETEXT.match(lines[idx + 1][2]) and para_start < 0:
                heading = True
        if blank or heading:
            if para_start >= 0:
                yield from _bounded(text, para_start, para_end, para_line, kind, max_chars,
                                    base_line, base_offset)
                para_start = -1
            if heading:
                yield from _bounded(text, off, end, lineno, SegmentKind.HEADING, max_chars,
                                    base_line, base_offset)
            continue
        if markdown and lines is not None and idx > 0 and _SETEXT.match(head) and para_start < 0:
            continue  # the underline of a setext heading already emitted
        if para_start < 0:
            para_start, para_line = off, lineno
        elif end - para_start > max_chars:
            yield from _bounded(text, para_start, para_end, para_line, kind, max_chars,
                                base_line, base_offset)
            para_start, para_line = off, lineno
        para_end = end
    if para_start >= 0:
        yield from _bounded(text, para_start, para_end, para_line, kind, max_chars, base_line, base_offset)


def _bounded(
    text: str, start: int, end: int, line: int, kind: SegmentKind, max_chars: int,
    base_line: int, base_offset: int,
) -> Iterator[Segment]:
    """Segments of ``text[start:end]`` (outer whitespace trimmed), cut into ``max_chars``."""
    while end > start and text[end - 1] in " \t\r\n\f\v":
        end -= 1
    while start < end and text[start] in " \t":
        start += 1
    if start >= end:
        return
    line_start = text.rfind("\n", 0, start) + 1
    if end - start <= max_chars:
        yield _verbatim(text[start:end], kind, base_line + line - 1, start - line_start + 1,
                        base_offset + start)
        return
    # A paragraph that is one huge line: chunks cut at breaks, else hard cuts with overlap.
    overlap = min(CHUNK_OVERLAP, max_chars // 4)
    pos = start
    while pos < end:
        stop = min(end, pos + max_chars)
        nxt = stop
        if stop < end:
            cut = _last_break(text, max(pos + max_chars // 2, stop - 4096), stop)
            if cut > pos:
                stop = nxt = cut
            else:
                nxt = stop - overlap
        chunk = text[pos:stop]
        if chunk.strip():
            yield _verbatim(chunk, kind, base_line + line - 1, pos - line_start + 1, base_offset + pos)
        nl = text.rfind("\n", pos, nxt)
        if nl >= 0:
            line += text.count("\n", pos, nxt)
            line_start = nl + 1
        pos = nxt


def _last_break(text: str, lo: int, hi: int) -> int:
    best = -1
    for m in _BREAKS.finditer(text, lo, hi):
        best = m.end()
    return best


def _verbatim(chunk: str, kind: SegmentKind, line: int, column: int, offset: int) -> Segment:
    return Segment(text=chunk, kind=kind, verbatim=True,
                   locator=Locator(line=line, column=column, offset=offset))


def segment_labels(text: str, *, group: str) -> Iterator[Segment]:
    """One ``label-list`` segment per non-blank line (a label file: one class name a line)."""
    for lineno, off, _head in _line_starts(text):
        end = text.find("\n", off)
        end = len(text) if end < 0 else end
        s, e = off, end
        while e > s and text[e - 1] in " \t\r":
            e -= 1
        while s < e and text[s] in " \t":
            s += 1
        if s < e:
            yield Segment(text=text[s:e], kind=SegmentKind.LABEL_LIST, verbatim=True, group=group,
                          locator=Locator(line=lineno, column=s - off + 1, offset=s))


def segment_csv(text: str, max_chars: int) -> Iterator[Segment]:
    """Header cells as ``key`` segments in one group, then the rows as paragraphs."""
    first_nl = text.find("\n")
    header_end = len(text) if first_nl < 0 else first_nl
    header = text[:header_end]
    if len(header) <= 64 * 1024 and header.strip():
        delim = max(",\t;|", key=header.count)
        pos = 0
        for i, cell in enumerate(header.split(delim)):
            s, e = pos, pos + len(cell)
            while s < e and text[s] in " \t\"'":
                s += 1
            while e > s and text[e - 1] in " \t\r\"'":
                e -= 1
            if s < e:
                yield Segment(text=text[s:e], kind=SegmentKind.KEY, verbatim=True, group="csv:header",
                              locator=Locator(line=1, column=s + 1, offset=s, pointer=f"/0/{i}"))
            pos += len(cell) + 1
        if first_nl < 0:
            return
        yield from segment_lines(text[first_nl + 1:], max_chars=max_chars, base_line=2,
                                 base_offset=first_nl + 1)
    else:
        yield from segment_lines(text, max_chars=max_chars)


class LineCounter:
    """Line and column of offsets in one text, cheap when offsets mostly increase.

    Extractors that find positions by searching the source (HTML text nodes, JSON tokens)
    ask for positions in document order; each call counts newlines only since the previous
    position, so a run over the whole document is one pass even for a single huge line.
    """

    __slots__ = ("_line", "_line_start", "_pos", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0
        self._line = 1
        self._line_start = 0

    def at(self, pos: int) -> tuple[int, int]:
        """(line, column), both 1-based, of character offset ``pos``."""
        text = self._text
        if pos < self._pos:
            self._pos, self._line, self._line_start = 0, 1, 0
        nl = text.rfind("\n", self._pos, pos)
        if nl >= 0:
            self._line += text.count("\n", self._pos, pos)
            self._line_start = nl + 1
        self._pos = pos
        return self._line, pos - self._line_start + 1

    def locator(self, pos: int, *, pointer: str | None = None, verbatim: bool = True) -> Locator:
        line, column = self.at(pos)
        return Locator(line=line, column=column, offset=pos if verbatim else None, pointer=pointer)


def verbatim_segments(
    text: str, start: int, end: int, kind: SegmentKind, lines: LineCounter, max_chars: int,
    *, group: str | None = None, pointer: str | None = None,
) -> Iterator[Segment]:
    """``text[start:end]`` as verbatim segment(s): outer whitespace trimmed, long runs chunked."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if start >= end:
        return
    if end - start <= max_chars:
        yield Segment(text=text[start:end], kind=kind, verbatim=True, group=group,
                      locator=lines.locator(start, pointer=pointer))
        return
    line, column = lines.at(start)
    for seg in segment_lines(text[start:end], kind, max_chars=max_chars, base_line=line,
                             base_offset=start):
        col = seg.locator.column or 1
        if seg.locator.line == line:  # columns on the slice's first line start at ``column``
            col += column - 1
        yield Segment(text=seg.text, kind=kind, verbatim=True, group=group,
                      locator=Locator(line=seg.locator.line, column=col,
                                      offset=seg.locator.offset, pointer=pointer))
