"""PDF text layer (pages in locations) and DOCX paragraphs/tables; broken files."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from extract_helpers import extract
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from redline.errors import ExtractionError, LimitExceeded
from redline.extract.docx import DOCX_TYPE
from redline.extract.pdf import page_texts
from redline.limits import Limits
from redline.model import SegmentKind


def make_pdf(pages: list[str], *, text_layer: bool = True) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for page in pages:
        if text_layer:
            y = 800
            for line in page.split("\n"):
                c.drawString(72, y, line)
                y -= 14
        else:
            c.rect(100, 100, 200, 200, fill=1)  # drawing only: no text layer
        c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_pages_with_page_numbers_and_in_page_lines() -> None:
    data = make_pdf(["Face analytics SDK\nUser guide", "Attributes\nThe SDK detects the ethnicity of a face."])
    segs = extract(data, "application/pdf", name="guide.pdf")
    assert [s.locator.page for s in segs] == [1, 2]
    second = segs[1]
    i = second.text.index("ethnicity")
    loc = second.locate(i, i + len("ethnicity"))
    assert (loc.page, loc.line) == (2, 2)  # page 2, line 2 of that page
    # the document text is the pages joined by form feeds; offsets index into it
    doc_text = "\f".join(t for _, t, _ in page_texts(data, Limits()))
    assert doc_text[loc.offset:loc.offset + loc.length] == "ethnicity"


def test_pdf_truncated_is_an_extraction_error() -> None:
    data = make_pdf(["Face analytics SDK"])
    for cut in (len(data) // 2, len(data) - 10):
        with pytest.raises(ExtractionError, match="truncated"):
            extract(data[:cut], "application/pdf")


def test_pdf_corrupt_body_is_an_extraction_error() -> None:
    data = b"%PDF-1.4\n" + b"garbage " * 200 + b"\n%%EOF\n"
    with pytest.raises(ExtractionError, match="PDF"):
        extract(data, "application/pdf")


def test_pdf_without_text_layer_is_clean_and_empty() -> None:
    assert extract(make_pdf(["x", "y"], text_layer=False), "application/pdf") == []


def test_pdf_text_limit() -> None:
    data = make_pdf(["A line of text that is long enough"] * 3)
    with pytest.raises(LimitExceeded, match="max_text_chars"):
        extract(data, "application/pdf", limits=Limits(max_text_chars=50))


def make_docx() -> bytes:
    d = docx.Document()
    d.add_heading("Face SDK", level=1)
    d.add_paragraph("The SDK detects the ethnicity of faces.")
    t = d.add_table(rows=2, cols=3)
    for i, name in enumerate(["age", "gender", "race"]):
        t.cell(0, i).text = name
    t.cell(1, 2).text = "Uyghur"
    d.sections[0].header.paragraphs[0].text = "Confidential: minority alarm"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_headings_tables_headers() -> None:
    segs = extract(make_docx(), DOCX_TYPE, name="spec.docx")
    by_text = {s.text: s for s in segs}
    assert by_text["Face SDK"].kind is SegmentKind.HEADING
    assert by_text["The SDK detects the ethnicity of faces."].kind is SegmentKind.PROSE
    cells = [by_text[t] for t in ("age", "gender", "race", "Uyghur")]
    assert {c.group for c in cells} == {"table:0"}
    assert by_text["race"].locator.pointer == "/table/0/row/0/cell/2"
    assert by_text["Uyghur"].locator.pointer == "/table/0/row/1/cell/2"
    assert "Confidential: minority alarm" in by_text
    lines = [s.locator.line for s in segs]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)  # paragraph numbers


def test_docx_corrupt_and_bomb() -> None:
    with pytest.raises(ExtractionError):
        extract(b"PK\x03\x04" + b"\x00" * 100, DOCX_TYPE)
    data = make_docx()
    with pytest.raises(ExtractionError):
        extract(data[: len(data) // 2], DOCX_TYPE)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<" + b" " * 20_000_000 + b">")
    with pytest.raises(LimitExceeded, match="max_compression_ratio"):
        extract(buf.getvalue(), DOCX_TYPE)
