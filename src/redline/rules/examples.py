"""Run the rules' own examples: every ``match`` example must produce a finding of its rule,
every ``no_match`` example must not. Used by ``redline rules test|check`` and by pytest
(tests/rules/test_rule_examples.py expands them into test ids)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from redline.model import Locator, Segment, SegmentKind
from redline.rules.compile import CompiledRuleSet

if TYPE_CHECKING:  # a cached pack's examples are packcache.CachedExample, alike
    from redline.rules.schema import Example


@dataclass(frozen=True, slots=True)
class ExampleCase:
    pack: str
    rule: str
    expect_match: bool
    index: int
    example: str | Example

    @property
    def test_id(self) -> str:
        return f"{self.pack}:{self.rule}:{'match' if self.expect_match else 'no_match'}[{self.index}]"

    def label(self) -> str:
        if isinstance(self.example, str):
            return self.example
        return " | ".join(self.example.segments)


@dataclass(frozen=True, slots=True)
class ExampleResult:
    case: ExampleCase
    passed: bool
    detail: str = ""


def example_segments(example: str | Example) -> list[Segment]:
    """Segments a user would get from the example: one verbatim prose segment, or grouped ones."""
    if isinstance(example, str):
        return [Segment(text=example, kind=SegmentKind.PROSE, verbatim=True,
                        locator=Locator(line=1, column=1, offset=0))]
    kind = SegmentKind(example.kind)
    return [Segment(text=t, kind=kind, group="example", locator=Locator(pointer=f"/{i}"))
            for i, t in enumerate(example.segments)]


def iter_cases(ruleset: CompiledRuleSet, packs: Sequence[str] | None = None) -> Iterator[ExampleCase]:
    for rule in ruleset.rules:
        if packs is not None and rule.pack not in packs:
            continue
        for i, ex in enumerate(rule.spec.examples.match):
            yield ExampleCase(rule.pack, rule.id, True, i, ex)
        for i, ex in enumerate(rule.spec.examples.no_match):
            yield ExampleCase(rule.pack, rule.id, False, i, ex)


def run_case(ruleset: CompiledRuleSet, case: ExampleCase) -> ExampleResult:
    found = ruleset.rule_findings(case.rule, example_segments(case.example))
    if case.expect_match:
        if found:
            return ExampleResult(case, True, f"evidence: {found[0].evidence!r}")
        return ExampleResult(case, False, "expected a finding, got none")
    if found:
        return ExampleResult(case, False, f"expected no finding, got evidence {found[0].evidence!r}")
    return ExampleResult(case, True)


def run_examples(ruleset: CompiledRuleSet, packs: Sequence[str] | None = None) -> list[ExampleResult]:
    return [run_case(ruleset, c) for c in iter_cases(ruleset, packs)]


__all__ = ["ExampleCase", "ExampleResult", "example_segments", "iter_cases", "run_case", "run_examples"]
