"""The engine's shortcut: a document whose start hits cannot satisfy any rule is not evaluated.

``CompiledRuleSet._may_fire`` must never say "no" for a document that the full evaluation gives a
finding: checked on every labelled document (dev corpus and the held-out sets) and on documents
made to sit at the edges of the windows (groups, neighbouring code lines, long segments).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.extract import extractor_for, run_extractor
from redline.limits import Limits
from redline.model import Document, Locator, Segment, SegmentKind
from redline.rules import CompiledRuleSet
from redline.sniff import sniff

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT.parent / "shared" / "eval" / "dev" / "docs", *sorted((ROOT / "eval").glob("heldout*/docs")),
           ROOT / "examples"]


def _segments(path: Path) -> list[Segment]:
    data = path.read_bytes()
    doc = Document(uri=str(path), path=str(path))
    extractor = extractor_for(sniff(data, name=path.name))
    return list(run_extractor(extractor, doc, data, Limits()))


def _full(ruleset: CompiledRuleSet, segments: list[Segment]) -> tuple[object, ...]:
    """evaluate() with the shortcut switched off."""
    saved = ruleset._may_fire
    try:
        ruleset._may_fire = lambda segs: True  # type: ignore[method-assign]
        return ruleset.evaluate(segments)
    finally:
        ruleset._may_fire = saved  # type: ignore[method-assign]


def test_shortcut_never_hides_a_finding_in_the_corpora(ruleset: CompiledRuleSet) -> None:
    paths = [p for d in CORPORA if d.is_dir() for p in sorted(d.rglob("*")) if p.is_file()]
    assert len(paths) > 150
    with_findings = skipped = 0
    for path in paths:
        if not ruleset.prefilter(path.read_bytes()):
            continue
        try:
            segments = _segments(path)
        except Exception:  # noqa: BLE001 - formats whose bytes need no extractor here (PDF fixtures)
            continue
        findings, verdict = _full(ruleset, segments)
        if findings:
            with_findings += 1
            assert ruleset._may_fire([s for s in segments if s.text.strip()]), path.name
            assert ruleset.evaluate(segments) == (findings, verdict), path.name
        elif not ruleset._may_fire([s for s in segments if s.text.strip()]):
            skipped += 1
    assert with_findings > 100
    assert skipped > 0  # the shortcut does take some documents: the comparison is not vacuous


def _code(text: str, line: int, group: str | None = None, kind: SegmentKind = SegmentKind.IDENTIFIER) -> Segment:
    return Segment(text=text, kind=kind, group=group, locator=Locator(line=line, column=1))


@pytest.mark.parametrize("segments", [
    # a group: the race field's siblings make it a face-attribute object
    [_code("age", 3, "obj:Face@1"), _code("gender", 4, "obj:Face@1"), _code("race", 40, "obj:Face@1")],
    # neighbouring code lines outside any group (a data class)
    [_code("age", 10), _code("gender", 11), _code("emotion", 12), _code("race", 13)],
    # a long prose segment cut into chunks, the claim in the last one
    [Segment(text="Lorem ipsum dolor sit amet. " * 900
             + "Our camera detects the race and ethnicity of every face it sees.", kind=SegmentKind.PROSE)],
    # a Chinese claim (not ASCII: normalized before the start test)
    [Segment(text="本系统支持人脸属性分析，可识别种族、民族（维吾尔族、汉族）。", kind=SegmentKind.PROSE)],
])
def test_shortcut_agrees_at_window_edges(ruleset: CompiledRuleSet, segments: list[Segment]) -> None:
    findings, verdict = _full(ruleset, segments)
    assert findings, "the fixture is meant to give a finding"
    assert ruleset._may_fire(segments)
    assert ruleset.evaluate(segments) == (findings, verdict)


def test_shortcut_skips_a_passing_mention(ruleset: CompiledRuleSet) -> None:
    segments = [Segment(text="Two threads may race here; take the lock first.", kind=SegmentKind.COMMENT,
                        locator=Locator(line=5, column=1)),
                _code("detect_faces", 90)]
    assert _full(ruleset, segments)[0] == ()
    assert not ruleset._may_fire(segments)
