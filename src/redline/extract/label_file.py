"""Plain label files (labels.txt, classes.txt, *labels.txt, *.names): one label per line.

Sniffed by name as ``text/x-labels``; each line (``Asian``, ``0 Asian``, ``0: Asian``) is one
``label-list`` segment of the single group ``labels``, verbatim, at its line and column.
"""

from __future__ import annotations

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
        for start, end, label in parse_label_lines(text):
            line, col = index.line_col(start)
            yield Segment(text=label, kind=SegmentKind.LABEL_LIST, group="labels", verbatim=True,
                          locator=Locator(line=line, column=col, offset=start, length=end - start))


__all__ = ["LabelFileExtractor"]
