"""DOCX: every paragraph of the body (tables and text boxes included), headers and footers.

The raw bytes are a zip, so ``raw_text`` is False (the pipeline extracts, then prefilters).
python-docx opens the package; paragraphs are read from the XML in document order (``w:p``
anywhere in the body, so table cells and text boxes are not missed), with ``w:tab``/``w:br`` as
whitespace.

The *document text* of a DOCX is its paragraphs joined by ``"\\n"`` (body first, then headers
and footers); each segment is an exact slice of it (``verbatim``) whose ``locator.line`` is the
paragraph number, so evidence leads to "paragraph 12". Paragraphs styled as headings or title
are ``heading`` segments. The paragraphs of one table share ``group = "table:N"`` (so a table
listing age, gender and race reads as one object) and carry ``pointer = /table/N/row/R/cell/C``.

Bad input: a corrupt zip or XML is an ``ExtractionError``; a package whose parts would
decompress past ``limits.max_archive_total_bytes`` (or a ratio past
``limits.max_compression_ratio``) is refused with ``LimitExceeded`` before parsing.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from redline.errors import ExtractionError, LimitExceeded
from redline.extract.base import Extractor, extractors
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@extractors.register("docx")
class DocxExtractor(Extractor):
    name = "docx"
    media_types = (DOCX_TYPE,)
    raw_text = False

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        offset = 0
        total = 0
        for number, (text, kind, group, pointer) in enumerate(paragraphs(data, limits), start=1):
            total += len(text)
            if total > limits.max_text_chars:
                raise LimitExceeded("max_text_chars", total, limits.max_text_chars)
            if text.strip():
                yield Segment(text=text, kind=kind, verbatim=True, group=group,
                              locator=Locator(line=number, column=1, offset=offset, pointer=pointer))
            offset += len(text) + 1


def _check_package(data: bytes, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractionError(f"corrupt DOCX (not a readable zip): {exc}") from exc
    total = 0
    for info in infos:
        total += info.file_size
        if total > limits.max_archive_total_bytes:
            raise LimitExceeded("max_archive_total_bytes", total, limits.max_archive_total_bytes)
        if info.compress_size and info.file_size / info.compress_size > limits.max_compression_ratio:
            raise LimitExceeded("max_compression_ratio", round(info.file_size / info.compress_size, 1),
                                limits.max_compression_ratio)


def paragraphs(data: bytes, limits: Limits) -> Iterator[tuple[str, SegmentKind, str | None, str | None]]:
    """(text, kind, group, pointer) of every paragraph: body, then headers and footers."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn
    from lxml import etree

    _check_package(data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError) as exc:
        raise ExtractionError(f"corrupt DOCX: {type(exc).__name__}: {exc}") from exc
    heading_ids = {s.style_id for s in document.styles
                   if s.name and (s.name.lower().startswith(("heading", "title", "subtitle")))}
    W_P, W_T, W_TAB, W_BR, W_TBL, W_TR, W_TC = (qn("w:p"), qn("w:t"), qn("w:tab"), qn("w:br"),
                                                   qn("w:tbl"), qn("w:tr"), qn("w:tc"))
    W_PPR, W_PSTYLE, W_VAL = qn("w:pPr"), qn("w:pStyle"), qn("w:val")

    def para_text(p: object) -> str:
        out = []
        for el in p.iter(W_T, W_TAB, W_BR):  # type: ignore[attr-defined]
            if el.tag == W_T:
                out.append(el.text or "")
            elif el.tag == W_TAB:
                out.append("\t")
            else:
                out.append(" ")
        return "".join(out)

    tables: dict[object, int] = {}
    positions: dict[object, int] = {}  # row -> index in its table, cell -> index in its row

    def position(el: object, tag: str) -> int:
        if el not in positions:
            parent = el.getparent()  # type: ignore[attr-defined]
            for i, sib in enumerate(parent.iterchildren(tag)):
                positions[sib] = i
        return positions.get(el, 0)

    def walk(root: object) -> Iterator[tuple[str, SegmentKind, str | None, str | None]]:
        for p in root.iter(W_P):  # type: ignore[attr-defined]
            kind = SegmentKind.PROSE
            ppr = p.find(W_PPR)
            if ppr is not None:
                style = ppr.find(W_PSTYLE)
                if style is not None and style.get(W_VAL) in heading_ids:
                    kind = SegmentKind.HEADING
            group = pointer = None
            cell = p.getparent()
            while cell is not None and cell.tag != W_TC and cell is not root:
                cell = cell.getparent()
            if cell is not None and cell.tag == W_TC:
                row = cell.getparent()
                table = row.getparent() if row is not None else None
                while table is not None and table.tag != W_TBL:
                    table = table.getparent()
                if table is not None and row is not None:
                    n = tables.setdefault(table, len(tables))
                    r = position(row, W_TR) if row.tag == W_TR else 0
                    c = position(cell, W_TC)
                    group = f"table:{n}"
                    pointer = f"/table/{n}/row/{r}/cell/{c}"
            yield para_text(p), kind, group, pointer

    yield from walk(document.element.body)
    seen: set[int] = set()
    for section in document.sections:
        for part in (section.header, section.footer):
            try:
                if part.is_linked_to_previous:
                    continue
                element = part._element
            except (AttributeError, KeyError, ValueError):
                continue
            if id(element) in seen:
                continue
            seen.add(id(element))
            yield from walk(element)
