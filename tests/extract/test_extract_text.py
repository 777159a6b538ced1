"""Plain text, Markdown, CSV and label files: verbatim paragraphs, headings, bounded chunks."""

from __future__ import annotations

from extract_helpers import assert_verbatim, extract

from redline.extract.text import LineCounter, segment_lines
from redline.limits import Limits
from redline.model import SegmentKind


def test_paragraphs_are_verbatim_with_lines() -> None:
    src = "First paragraph\ncontinues here.\n\n\n  Second one.\r\nstill second\n\nthird"
    segs = extract(src, "text/plain")
    assert [s.text for s in segs] == ["First paragraph\ncontinues here.", "Second one.\r\nstill second",
                                      "third"]
    assert [s.locator.line for s in segs] == [1, 5, 8]
    assert segs[1].locator.column == 3
    assert_verbatim(segs, src)


def test_markdown_headings() -> None:
    src = "# Face SDK\n\nDetects faces.\n\nAttributes\n----------\n\n## Race\nText under.\n"
    segs = extract(src, "text/markdown", name="README.md")
    kinds = [(s.kind, s.text) for s in segs]
    assert (SegmentKind.HEADING, "# Face SDK") in kinds
    assert (SegmentKind.HEADING, "Attributes") in kinds
    assert (SegmentKind.HEADING, "## Race") in kinds
    assert (SegmentKind.PROSE, "Text under.") in kinds
    assert all(t != "----------" for _, t in kinds)
    assert_verbatim(segs, src)


def test_csv_header_cells_are_keys_in_one_group() -> None:
    src = "id,age,gender,race\n1,31,f,asian\n2,40,m,white\n"
    segs = extract(src, "text/csv", name="faces.csv")
    keys = [s for s in segs if s.kind is SegmentKind.KEY]
    assert [k.text for k in keys] == ["id", "age", "gender", "race"]
    assert {k.group for k in keys} == {"csv:header"}
    assert any("asian" in s.text and s.locator.line == 2 for s in segs if s.kind is SegmentKind.PROSE)
    assert_verbatim(segs, src)


def test_label_file_one_group() -> None:
    src = "asian\nblack\n\nwhite  \nindian\n"
    segs = extract(src, "text/x-labels", name="labels.txt")
    assert [s.text for s in segs] == ["asian", "black", "white", "indian"]
    assert {s.kind for s in segs} == {SegmentKind.LABEL_LIST}
    assert len({s.group for s in segs}) == 1
    assert_verbatim(segs, src)


def test_long_line_is_chunked_at_breaks_with_bounded_size() -> None:
    words = " ".join(f"word{i}" for i in range(5000))
    src = "intro\n\n" + words + "\n"
    limits = Limits(max_line_chars=1000)
    segs = extract(src, "text/plain", limits=limits)
    assert all(len(s.text) <= 1000 for s in segs)
    body = [s for s in segs if s.locator.line == 3]
    assert len(body) > 20
    # cut at whitespace: no word is split, and together the chunks cover the line
    assert all(not s.text.startswith(("ord", "rd")) for s in body)
    assert "".join(s.text + " " for s in body).split() == words.split()
    assert_verbatim(segs, src)


def test_unbreakable_line_chunks_overlap_so_terms_survive_the_cut() -> None:
    src = "x" * 2500 + "uyghur" + "y" * 2500
    segs = list(segment_lines(src, max_chars=1000))
    assert all(len(s.text) <= 1000 for s in segs)
    assert any("uyghur" in s.text for s in segs)
    assert_verbatim(segs, src)


def test_line_counter_matches_naive_count() -> None:
    src = "a\nbb\n\nccc\n" * 50
    lc = LineCounter(src)
    for pos in list(range(0, len(src), 7)) + [3, 0, len(src) - 1]:
        line = src.count("\n", 0, pos) + 1
        col = pos - (src.rfind("\n", 0, pos) + 1) + 1
        assert lc.at(pos) == (line, col)


def test_long_line_starting_with_blanks_is_not_dropped() -> None:
    src = " " * 5000 + "Uyghur face recognition\n"
    segs = extract(src, "text/plain")
    assert [s.text for s in segs] == ["Uyghur face recognition"]
    assert_verbatim(segs, src)
