"""PDF: the text layer, one segment per page, with page numbers in every location.

The raw bytes of a PDF do not hold its text (compressed content streams), so ``raw_text`` is
False: the pipeline extracts first and prefilters the extracted text.

The *document text* of a PDF is defined as the page texts pypdf extracts, joined by form feeds
(``"\\f"``). Each page's segment is an exact slice of it (``verbatim``), with
``locator.page`` = the 1-based page number, ``locator.line = 1`` and ``column = 1`` at the page
start, so ``Segment.locate`` gives page, line *within the page*, column and offset into the
document text for any evidence.

Bad input: a truncated or corrupt file is an ``ExtractionError`` naming the problem; an
encrypted file that opens with no password is read, otherwise it is an ``ExtractionError``; a
PDF without a text layer (scanned images) has no segments: a clean result, logged at DEBUG.
Extracted text is bounded by ``limits.max_text_chars`` and extraction time by
``limits.extract_seconds`` (checked between pages).
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Iterator

from redline.errors import ExtractionError, LimitExceeded
from redline.extract.base import Extractor, extractors
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind

logger = logging.getLogger(__name__)


@extractors.register("pdf")
class PdfExtractor(Extractor):
    name = "pdf"
    media_types = ("application/pdf", "application/x-pdf")
    raw_text = False

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        for page, text, offset in page_texts(data, limits):
            if text.strip():
                yield Segment(text=text, kind=SegmentKind.PROSE, verbatim=True,
                              locator=Locator(page=page, line=1, column=1, offset=offset))


def page_texts(data: bytes, limits: Limits) -> Iterator[tuple[int, str, int]]:
    """(page number, page text, offset of the page in the document text) for each page."""
    import pypdf
    from pypdf.errors import PdfReadError, PyPdfError

    if b"%%EOF" not in data[-8192:]:
        raise ExtractionError("truncated PDF: no %%EOF marker at the end of the file")
    deadline = time.monotonic() + limits.extract_seconds
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (NotImplementedError, PyPdfError) as exc:
                raise ExtractionError(f"encrypted PDF cannot be opened: {exc}") from exc
            if not ok:
                raise ExtractionError("encrypted PDF: a password is needed to read its text")
        pages = reader.pages
        count = len(pages)
    except PdfReadError as exc:
        raise ExtractionError(f"corrupt or truncated PDF: {exc}") from exc
    offset = 0
    total = 0
    for number in range(count):
        if time.monotonic() > deadline:
            raise LimitExceeded("extract_seconds", round(limits.extract_seconds, 1))
        try:
            text = pages[number].extract_text() or ""
        except PyPdfError as exc:
            raise ExtractionError(f"corrupt PDF page {number + 1}: {exc}") from exc
        total += len(text)
        if total > limits.max_text_chars:
            raise LimitExceeded("max_text_chars", total, limits.max_text_chars)
        yield number + 1, text, offset
        offset += len(text) + 1  # the "\f" between pages
    if total == 0:
        logger.debug("PDF has no text layer (%d pages)", count)
