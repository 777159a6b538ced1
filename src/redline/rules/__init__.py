"""Rule packs: load, compile, match, detect, decide. (Placeholder until the rules engine lands.)

Public API used by the pipeline and CLI:

    load_rules(extra: Sequence[str | Path] = ()) -> CompiledRuleSet
    CompiledRuleSet.prefilter(data: bytes) -> bool
    CompiledRuleSet.prefilter_text(text: str) -> bool
    CompiledRuleSet.evaluate(segments) -> (tuple[Finding, ...], Verdict)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from redline.model import Finding, Modality, Segment, Severity, Stance, Trait, Verdict


class CompiledRuleSet:
    _TERMS = ("ethnicity", "维吾尔", "uyghur")

    def prefilter(self, data: bytes) -> bool:
        low = data.lower()
        return any(t.encode() in low for t in self._TERMS)

    def prefilter_text(self, text: str) -> bool:
        low = text.lower()
        return any(t in low for t in self._TERMS)

    def evaluate(self, segments: Sequence[Segment]) -> tuple[tuple[Finding, ...], Verdict]:
        out = []
        for seg in segments:
            low = seg.text.lower()
            for t in self._TERMS:
                i = low.find(t)
                if i >= 0:
                    out.append(Finding(rule="placeholder", trait=Trait.RACE_ETHNICITY,
                                       modality=Modality.FACE, stance=Stance.CAPABILITY,
                                       severity=Severity.HIGH, confidence=0.5,
                                       evidence=seg.text[i:i + len(t)], context=seg.text[:200],
                                       location=seg.locate(i, i + len(t))))
        if not out:
            return (), Verdict()
        return tuple(out), Verdict(stance=Stance.CAPABILITY, traits=(Trait.RACE_ETHNICITY,),
                                   severity=Severity.HIGH, confidence=0.5)


def load_rules(extra: Sequence[str | Path] = ()) -> CompiledRuleSet:
    return CompiledRuleSet()


__all__ = ["CompiledRuleSet", "load_rules"]
