"""Subtitles (SubRip, WebVTT): cue text joined across cues into sentences, timing dropped."""

from __future__ import annotations

from redline.limits import Limits
from redline.model import Document, SegmentKind
from redline.pipeline import scan_tree
from redline.sniff import sniff

SRT = """1
00:00:01,000 --> 00:00:04,000
Welcome to the webinar. Our camera finds every face, and

2
00:00:04,000 --> 00:00:07,500
we give you age, gender and, uh,

3
00:00:07,500 --> 00:00:10,000
<i>ethnicity</i> for each visitor.

4
00:00:10,000 --> 00:00:12,000
Questions?
"""

VTT = """WEBVTT

NOTE recorded at the trade fair

00:01.000 --> 00:04.000
<v Host>The documentary shows how one vendor claimed its camera could read

00:04.000 --> 00:07.000
<v Host>sexual orientation from a profile photo.
"""


def _segments(text: str, name: str):
    data = text.encode("utf-8")
    mt = sniff(data, name=name)
    from redline.extract.base import extractor_for

    return mt, list(extractor_for(mt).extract(Document(uri=name, data=data), data, Limits()))


def test_srt_cues_join_into_sentences_with_the_first_line_as_location() -> None:
    mt, segs = _segments(SRT, "demo.srt")
    assert mt == "application/x-subrip"
    first = ("Welcome to the webinar. Our camera finds every face, and we give you age, gender and, uh, "
             "ethnicity for each visitor.")
    assert [s.text for s in segs] == [first, "Questions?"]
    assert all(s.kind is SegmentKind.PROSE and not s.verbatim for s in segs)
    assert segs[0].locator.line == 3 and segs[0].locator.offset == SRT.index("Welcome")
    assert segs[1].locator.line == SRT[:SRT.index("Questions")].count("\n") + 1


def test_vtt_header_notes_and_voice_tags_are_dropped_also_without_a_name() -> None:
    mt, segs = _segments(VTT, "transcript")
    assert mt == "text/vtt"
    joined = ("The documentary shows how one vendor claimed its camera could read "
              "sexual orientation from a profile photo.")
    assert [s.text for s in segs] == [joined]


def test_a_claim_split_across_cues_is_found(ruleset) -> None:
    (r,) = list(scan_tree(Document(uri="demo.srt", data=SRT.encode("utf-8")), ruleset, Limits()))
    assert r.error is None
    assert r.verdict.stance.value == "capability", [(f.rule, f.evidence) for f in r.findings]
    assert any("ethnicity" in f.evidence for f in r.findings)
