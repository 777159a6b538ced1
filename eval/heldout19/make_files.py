"""Generate the heldout19 office-format evaluation set (DOCX via python-docx, PDF via reportlab).

Run: .venv/bin/python eval/heldout19/make_files.py  (writes docs/ and labels.jsonl, then verifies
that every evidence string is found inside one paragraph / table cell / PDF line).
All organisations, people, products and URLs are invented. No images anywhere.
"""
from __future__ import annotations

import json
import os
import textwrap

import docx
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

D: list[dict] = []


def add(file, lang, kind, stance, traits, groups, modality, evidence, vendor, notes, body, header="", footer=""):
    D.append(dict(file=file, lang=lang, kind=kind, stance=stance, traits=traits, groups=groups,
                  modality=modality, evidence=evidence, vendor=vendor, notes=notes, body=body,
                  header=header, footer=footer))


def write_docx(path, body, header, footer):
    d = docx.Document()
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for block in body:
        kind = block[0]
        if kind.startswith("h"):
            d.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(block[1])
        elif kind == "li":
            d.add_paragraph(block[1], style="List Bullet")
        elif kind == "table":
            rows = block[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        elif kind == "page":
            d.add_page_break()
    d.save(path)


def write_pdf(path, body, header, footer, evidence):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(os.path.basename(path))
    w, h = A4
    page = [1]
    y = [h - 70]

    def head():
        c.setFont("Helvetica", 8)
        if header:
            c.drawString(50, h - 40, header)
        if footer:
            c.drawString(50, 30, f"{footer}   -   page {page[0]}")

    def newpage():
        c.showPage()
        page[0] += 1
        y[0] = h - 70
        head()

    head()

    def line(text, font="Helvetica", size=10, lead=14):
        if y[0] < 60:
            newpage()
        width = stringWidth(text, font, size)
        if width > 495:
            size = size * 495 / width
        c.setFont(font, size)
        c.drawString(50, y[0], text)
        y[0] -= lead

    def wrap(text, width=95):
        protected = text
        for ev in evidence:
            protected = protected.replace(ev, ev.replace(" ", "\x00"))
        return [l.replace("\x00", " ") for l in textwrap.wrap(protected, width, break_long_words=False)]

    for block in body:
        kind = block[0]
        if kind == "h1":
            y[0] -= 6
            line(block[1], "Helvetica-Bold", 14, 20)
        elif kind == "h2":
            y[0] -= 4
            line(block[1], "Helvetica-Bold", 11, 16)
        elif kind in ("p", "li"):
            prefix = "- " if kind == "li" else ""
            for i, l in enumerate(wrap(prefix + block[1])):
                line(("  " if i and kind == "li" else "") + l)
            y[0] -= 5
        elif kind == "table":
            for row in block[1]:
                line(" | ".join(row), "Helvetica", 9, 13)
            y[0] -= 5
        elif kind == "page":
            newpage()
    c.showPage()
    c.save()


def texts_docx(path):
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out += [cell.text for cell in row.cells]
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return out


def texts_pdf(path):
    r = PdfReader(path)
    out = []
    for p in r.pages:
        out += (p.extract_text() or "").splitlines()
    return out, len(r.pages)


from content import build  # noqa: E402  (the documents themselves)

build(add)


def main():
    os.makedirs(DOCS, exist_ok=True)
    rows = []
    bad = 0
    for d in D:
        path = os.path.join(DOCS, d["file"])
        if d["file"].endswith(".docx"):
            write_docx(path, d["body"], d["header"], d["footer"])
            units, pages = texts_docx(path), None
        else:
            write_pdf(path, d["body"], d["header"], d["footer"], d["evidence"])
            units, pages = texts_pdf(path)
        for ev in d["evidence"]:
            if not any(ev in u for u in units):
                bad += 1
                print("EVIDENCE NOT FOUND", d["file"], repr(ev))
        print(d["file"], d["stance"], "pages=%s" % pages if pages else "", sum(len(u) for u in units), "chars")
        rows.append(dict(id=os.path.splitext(d["file"])[0], file=d["file"], source="synthetic:heldout19",
                         lang=d["lang"], kind=d["kind"], stance=d["stance"], traits=d["traits"],
                         groups=d["groups"], modality=d["modality"], evidence=d["evidence"],
                         vendor=d["vendor"], notes=d["notes"]))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "documents,", bad, "evidence problems")


if __name__ == "__main__":
    main()
