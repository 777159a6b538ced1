"""Plain text and Markdown: one verbatim segment per paragraph-sized chunk of lines."""

from __future__ import annotations

from collections.abc import Iterator

from redline.extract.base import Extractor, extractors
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind


def decode_text(data: bytes, declared: str | None = None) -> str:
    try:
        return data.decode(declared or "utf-8")
    except (UnicodeDecodeError, LookupError):
        return data.decode("utf-8", "replace")


@extractors.register("text")
class TextExtractor(Extractor):
    name = "text"
    media_types = ("text/plain", "text/markdown", "text/csv", "text/x-labels", "text/*")
    priority = 200

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        text = decode_text(data, doc.charset)
        yield from segment_lines(text)


def segment_lines(text: str, kind: SegmentKind = SegmentKind.PROSE) -> Iterator[Segment]:
    """Verbatim segments: blocks of lines separated by blank lines (paragraphs)."""
    offset = 0
    line = 1
    start_off = 0
    start_line = 1
    buf_end = 0
    for raw in text.splitlines(keepends=True):
        if raw.strip():
            if buf_end == start_off:
                start_off, start_line = offset, line
            buf_end = offset + len(raw)
        elif buf_end > start_off:
            yield Segment(text=text[start_off:buf_end], kind=kind, verbatim=True,
                          locator=Locator(line=start_line, column=1, offset=start_off))
            start_off = buf_end = offset + len(raw)
        else:
            start_off = buf_end = offset + len(raw)
        offset += len(raw)
        line += 1
    if buf_end > start_off:
        yield Segment(text=text[start_off:buf_end], kind=kind, verbatim=True,
                      locator=Locator(line=start_line, column=1, offset=start_off))
