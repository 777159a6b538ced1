"""Plain label files (labels.txt, classes.txt, *labels.txt, *.names): one label per line.

Sniffed by name as ``text/x-labels``; each line (``Asian``, ``0 Asian``, ``0: Asian``) is one
``label-list`` segment of the single group ``labels``, verbatim, at its line and column; ``#`` or
``//`` comment lines are ``comment`` segments (what the labels are the classes of). A label
table in CSV (labels.csv, classes.csv, ...) gives the cells of its label column (the column whose
header says label/class/name, else the last one that is not a number).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redline.extract.base import Extractor, extractors
from redline.extract.mlmodel import TextIndex, decode_text_document, parse_label_lines
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind


@extractors.register("label-file")
class LabelFileExtractor(Extractor):
    """labels.txt, classes.txt, *.names: one label per line (optionally ``0: label``)."""

    name = "label-file"
    media_types = ("text/x-labels",)

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        text = decode_text_document(doc, data)
        index = TextIndex(text)
        spans = parse_csv_labels(text) if (doc.name or "").lower().endswith(".csv") else None
        labels = [(start, end, label, SegmentKind.LABEL_LIST)
                  for start, end, label in (spans if spans is not None else parse_label_lines(text))]
        notes = [(start, end, body, SegmentKind.COMMENT) for start, end, body in comment_lines(text)]
        for start, end, body, kind in sorted(labels + notes):
            line, col = index.line_col(start)
            yield Segment(text=body, kind=kind, group="labels" if kind is SegmentKind.LABEL_LIST else None,
                          verbatim=True, locator=Locator(line=line, column=col, offset=start, length=end - start))


_COMMENT = re.compile(r"^[ \t]*(?:#+|//)[ \t]*(?P<body>\S.*?)[ \t]*$")


def comment_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of the ``#`` or ``//`` comment lines of a label file: what the file is
    for ("Output classes of the head that runs on each detected face") is context for its labels."""
    offset = 0
    for line in text.splitlines(keepends=True):
        m = _COMMENT.match(line.rstrip("\r\n"))
        if m:
            yield offset + m.start("body"), offset + m.end("body"), m.group("body")
        offset += len(line)


_LABEL_HEADERS = ("label", "labels", "class", "class_name", "classname", "name", "display_name", "category")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?%?$")


def parse_csv_labels(text: str) -> list[tuple[int, int, str]] | None:
    """(start, end, label) spans of the label column of a small CSV table, or None if ``text``
    does not look like one (then it is read one label per line)."""
    rows: list[list[tuple[int, int, str]]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and not body.lstrip().startswith("#"):
            cells = []
            pos = 0
            for cell in body.split(","):
                lead = len(cell) - len(cell.lstrip(' \t"'))
                value = cell.strip(' \t"')
                cells.append((offset + pos + lead, offset + pos + lead + len(value), value))
                pos += len(cell) + 1
            rows.append(cells)
        offset += len(line)
    if not rows or max(len(r) for r in rows) < 2:
        return None
    header = [c[2].lower() for c in rows[0]]
    col = next((i for i, h in enumerate(header) if h in _LABEL_HEADERS), None)
    body_rows = rows[1:] if col is not None or not any(_NUMBER.match(c[2]) for c in rows[0]) else rows
    if col is None:  # the last column that holds words, not numbers
        width = max(len(r) for r in body_rows) if body_rows else 0
        col = next((i for i in range(width - 1, -1, -1)
                    if any(len(r) > i and r[i][2] and not _NUMBER.match(r[i][2]) for r in body_rows)), None)
        if col is None:
            return None
    return [r[col] for r in body_rows if len(r) > col and r[col][2]]


__all__ = ["LabelFileExtractor", "parse_csv_labels"]
