"""Subtitles and transcripts (SubRip ``.srt``, WebVTT ``.vtt``): the spoken text, cue after cue.

A webinar's or a documentary's subtitles split sentences at arbitrary points ("...we give you
age, gender and, uh," | "ethnicity for every face"), so a claim never sits inside one cue. Cue
numbers, timing lines (``00:01:02,000 --> 00:01:05,500``), the ``WEBVTT`` header and ``NOTE``,
``STYLE`` and ``REGION`` blocks are dropped; the text lines of consecutive cues are joined with
spaces into one ``prose`` segment per sentence (a run of lines up to one that ends a sentence,
at most ``_MAX_LINES`` lines). Segments are not verbatim (their lines are joined); each points at
the line, column and offset of its first text line. Voice and styling tags (``<v Ana>``,
``<i>``) are removed from the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redline.extract.base import Extractor, extractors
from redline.extract.text import LineCounter
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind
from redline.text.decode import decode_bytes

_TIMING = re.compile(r"^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->")
_CUE_NUMBER = re.compile(r"^\s*\d+\s*$")
_TAG = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:[ .][^>]*)?>|<\d{1,2}:\d{2}[^>]*>")
_SENTENCE_END = tuple(".!?。！？؟")
_MAX_LINES = 12  # a run of cue lines never ending a sentence (no punctuation at all) is cut here


@extractors.register("subtitles")
class SubtitleExtractor(Extractor):
    """SubRip and WebVTT subtitles: one prose segment per sentence across cues."""

    name = "subtitles"
    media_types = ("application/x-subrip", "text/vtt")

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        text = decode_bytes(data, declared=doc.charset).text
        lines = LineCounter(text)
        run: list[tuple[int, str]] = []  # (offset, text) of the current sentence's lines
        block_skip = False  # inside a NOTE / STYLE / REGION block (up to the next blank line)

        def flush() -> Iterator[Segment]:
            if run:
                start = run[0][0]
                body = " ".join(t for _, t in run)[: limits.max_line_chars]
                line, col = lines.at(start)
                yield Segment(text=body, kind=SegmentKind.PROSE, verbatim=False,
                              locator=Locator(line=line, column=col, offset=start))
                run.clear()

        pos = 0
        for raw in text.splitlines(keepends=True):
            start, pos = pos, pos + len(raw)
            line = raw.rstrip("\r\n")
            stripped = line.strip()
            if not stripped:
                block_skip = False
                continue
            if block_skip:
                continue
            if stripped.startswith(("NOTE", "STYLE", "REGION")) and (len(stripped) < 7 or stripped[4:5] in " \t"
                                                                      or stripped in ("STYLE", "REGION")):
                block_skip = True
                continue
            if stripped.startswith("WEBVTT") or _TIMING.match(line) or _CUE_NUMBER.match(line):
                continue
            body = _TAG.sub("", stripped).strip()
            if not body:
                continue
            run.append((start + line.find(stripped[0]), body))
            if body.endswith(_SENTENCE_END) or len(run) >= _MAX_LINES:
                yield from flush()
        yield from flush()
