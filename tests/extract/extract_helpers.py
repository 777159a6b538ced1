"""Helpers shared by the extractor tests: run one extractor, check verbatim segments."""

from __future__ import annotations

from redline.extract import extractor_for, run_extractor
from redline.limits import Limits
from redline.model import Document, Segment


def extract(data: bytes | str, media_type: str, name: str = "doc", limits: Limits | None = None,
            charset: str | None = None) -> list[Segment]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    doc = Document(uri=name, data=raw, media_type=media_type, charset=charset)
    return list(run_extractor(extractor_for(media_type), doc, raw, limits or Limits()))


def assert_verbatim(segments: list[Segment], source: str) -> None:
    """Every verbatim segment is the exact slice of ``source`` its locator says, and its
    line/column agree with the offset."""
    for seg in segments:
        if not seg.verbatim:
            continue
        off = seg.locator.offset
        where = f"{seg.kind.value} {seg.text[:60]!r} at {seg.locator}"
        assert off is not None, where
        assert source[off:off + len(seg.text)] == seg.text, where
        line = source.count("\n", 0, off) + 1
        column = off - (source.rfind("\n", 0, off) + 1) + 1
        assert (seg.locator.line, seg.locator.column) == (line, column), where
