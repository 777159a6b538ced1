"""RulePack specs -> CompiledRuleSet: concepts, one automaton, rules, prefilter (built once).

The compiled rule set is an immutable value: build it once with ``load_rules`` and pass it to
the pipeline (workers rebuild it from the same pack paths; compiling takes well under 0.3 s).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redline.errors import RulePackError
from redline.model import Finding, Modality, Segment, Severity, Stance, Trait, Verdict
from redline.rules.detectors import (
    RawFinding,
    SegCtx,
    clip_around,
    evidence_span,
    is_code_segment,
    window_for,
)
from redline.rules.match import Lexicon, Prefilter
from redline.rules.schema import ConceptSpec, PackSpec, RuleSpec
from redline.rules.verdict import SEVERITY_FOR_STANCE, DocCues, decide, local_stance
from redline.text.normalize import normalize

logger = logging.getLogger(__name__)

CUE_KINDS = ("reporting", "disclaimer", "benign")
_LINK = re.compile(r"\b(?:https?|ftp)://\S+|[^\s\"'(),]+\.(?:jpe?g|png|gif|bmp|webp|tiff?|mp4|avi|mov)\b")
_CODE_CHARS = frozenset("{};()=<>[]")


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    kind: str
    trait: Trait | None
    group: str | None
    modality: Modality | None
    weight: float
    targetable: bool


@dataclass(frozen=True, slots=True)
class CompiledRule:
    id: str
    pack: str
    kind: str
    description: str
    severity: Severity
    confidence: float
    trait: Trait | None
    modality: Modality | None
    window: str
    lines: int
    require: tuple[frozenset[int], ...]
    distinct: frozenset[int]
    distinct_min: int
    unless: frozenset[int]
    doc_require: tuple[frozenset[int], ...]
    segment_kinds: frozenset[str]
    spec: RuleSpec


@dataclass(frozen=True, slots=True)
class LoadedPack:
    spec: PackSpec
    file: str
    lines: dict[tuple[Any, ...], int]


class CompiledRuleSet:
    """Concepts, rules and automata of the loaded packs. Immutable once built."""

    def __init__(self, packs: Sequence[LoadedPack]) -> None:
        concepts: dict[str, ConceptSpec] = {}
        terms: dict[str, list[str]] = defaultdict(list)
        anchors: list[str] = []
        decoys: list[str] = []
        for p in packs:
            anchors += p.spec.anchors
            decoys += p.spec.decoys
            for c in p.spec.concepts:
                if c.id in concepts:
                    old = concepts[c.id]
                    if old.kind != c.kind:
                        raise RulePackError(
                            f"concept {c.id!r} redefined with kind {c.kind!r} (was {old.kind!r})",
                            file=p.file, line=self._line(p, ("concepts",)),
                            help="extend a concept with the same kind, or pick a new id")
                else:
                    concepts[c.id] = c
                for lang_terms in c.terms.values():
                    terms[c.id] += lang_terms
                if c.anchor:
                    anchors += [t for ts in c.terms.values() for t in ts]
        self.concepts: tuple[Concept, ...] = tuple(
            Concept(c.id, c.kind, c.trait, c.group, c.modality, c.weight, c.targetable)
            for c in concepts.values())
        index = {c.id: i for i, c in enumerate(self.concepts)}
        self._by_kind: dict[str, frozenset[int]] = {
            k: frozenset(i for i, c in enumerate(self.concepts) if c.kind == k)
            for k in {c.kind for c in self.concepts}}
        self.lexicon = Lexicon((t, index[cid]) for cid, ts in terms.items() for t in ts)
        self._prefilter = Prefilter(anchors, decoys)
        rules: list[CompiledRule] = []
        seen: dict[str, str] = {}
        for p in packs:
            for n, r in enumerate(p.spec.rules):
                if r.id in seen:
                    raise RulePackError(f"duplicate rule id {r.id!r} (also in {seen[r.id]})",
                                        file=p.file, line=self._line(p, ("rules", n, "id")))
                seen[r.id] = p.file
                rules.append(self._compile_rule(r, p, n, index))
        self.rules: tuple[CompiledRule, ...] = tuple(rules)
        self.pack_versions: tuple[tuple[str, str], ...] = tuple((p.spec.pack, p.spec.version) for p in packs)
        self.pack_files: tuple[str, ...] = tuple(p.file for p in packs)
        self.rule_descriptions: tuple[tuple[str, str, str], ...] = tuple(
            (r.id, r.severity.value, r.description) for r in self.rules)
        self._cue_sets = {k: self._by_kind.get(k, frozenset()) for k in CUE_KINDS}
        self._exclude = self._by_kind.get("exclude", frozenset())
        self._rule_severity = {r.id: r.severity for r in self.rules}

    @staticmethod
    def _line(p: LoadedPack, path: tuple[Any, ...]) -> int | None:
        for n in range(len(path), -1, -1):
            if path[:n] in p.lines:
                return p.lines[path[:n]]
        return None

    def _resolve(self, sel: str, p: LoadedPack, path: tuple[Any, ...], index: dict[str, int]) -> frozenset[int]:
        if sel in self._by_kind:
            return self._by_kind[sel]
        if sel in index:
            return frozenset({index[sel]})
        if sel.startswith("trait:"):
            t = sel.split(":", 1)[1]
            hits = frozenset(i for i, c in enumerate(self.concepts) if c.trait is not None and c.trait.value == t
                             and c.kind == "trait")
            if hits:
                return hits
        raise RulePackError(f"unknown concept or concept kind {sel!r}", file=p.file,
                            line=self._line(p, path),
                            help="use a concept kind (trait, group, modality, ...), a concept id, or trait:<trait>")

    def _compile_rule(self, r: RuleSpec, p: LoadedPack, n: int, index: dict[str, int]) -> CompiledRule:
        base = ("rules", n)
        require = tuple(
            frozenset().union(*(self._resolve(s, p, base + ("require", i, j), index) for j, s in enumerate(req)))
            for i, req in enumerate(r.require))
        distinct = frozenset().union(*(self._resolve(s, p, base + ("distinct_of", j), index)
                                       for j, s in enumerate(r.distinct_of))) if r.distinct_of else frozenset()
        unless = frozenset().union(*(self._resolve(s, p, base + ("unless", j), index)
                                     for j, s in enumerate(r.unless))) if r.unless else frozenset()
        doc_require = tuple(
            frozenset().union(*(self._resolve(s, p, base + ("doc_require", i, j), index) for j, s in enumerate(req)))
            for i, req in enumerate(r.doc_require))
        return CompiledRule(r.id, p.spec.pack, r.kind, r.description, r.severity, r.confidence, r.trait,
                            r.modality, r.window, r.lines, require, frozenset(distinct), r.distinct_min,
                            frozenset(unless), doc_require, frozenset(r.segment_kinds), r)

    # --- public API ----------------------------------------------------------------------

    def prefilter(self, data: bytes) -> bool:
        """May these raw bytes (any encoding) contain a hit?"""
        return self._prefilter.check(data)

    def prefilter_text(self, text: str) -> bool:
        return self._prefilter.check_text(text)

    @property
    def anchors(self) -> tuple[str, ...]:
        return self._prefilter.anchors

    def evaluate(self, segments: Sequence[Segment]) -> tuple[tuple[Finding, ...], Verdict]:
        ctxs = self._prepare(segments)
        if not ctxs:
            return (), Verdict()
        cues = self._doc_cues(ctxs)
        groups: dict[str, list[SegCtx]] = defaultdict(list)
        for c in ctxs:
            if c.seg.group is not None:
                groups[c.seg.group].append(c)
        raw: dict[tuple[int, int, int], tuple[RawFinding, CompiledRule]] = {}
        doc_concepts = {h.concept for c in ctxs for h in c.hits}
        for ri, rule in enumerate(self.rules):
            if any(not (req & doc_concepts) for req in rule.doc_require):
                continue
            for rf in self._run_rule(ri, rule, ctxs, groups):
                key = (rf.ctx.index, rf.ev_start, rf.ev_end)
                old = raw.get(key)
                if old is None or (rule.severity.rank, rule.confidence) > (old[1].severity.rank, old[1].confidence):
                    raw[key] = (rf, rule)
        findings = tuple(self._finding(rf, rule) for rf, rule in raw.values())
        return findings, decide(findings, cues, self._rule_severity)

    # --- internals -----------------------------------------------------------------------

    def _prepare(self, segments: Sequence[Segment]) -> list[SegCtx]:
        out: list[SegCtx] = []
        for i, seg in enumerate(segments):
            if not seg.text or seg.text.isspace():
                continue
            norm = normalize(seg.text)
            hits = self.lexicon.find(norm.text)
            if hits and self._exclude:
                ex = [(h.start, h.end) for h in hits if h.concept in self._exclude]
                if ex:
                    hits = [h for h in hits if h.concept in self._exclude or
                            not any(s <= h.start and h.end <= e for s, e in ex)]
            if hits and ("/" in norm.text or "." in norm.text):
                hits = self._drop_in_links(norm, hits)
            hits.sort(key=lambda h: (h.start, h.end))
            out.append(SegCtx(i, seg, norm, hits))
        return out

    def _drop_in_links(self, norm: Any, hits: list[Any]) -> list[Any]:
        """Trait/label/group words inside a URL or a media file name are names, not claims."""
        spans = [(m.start(), m.end()) for m in _LINK.finditer(norm.original)]
        if not spans:
            return hits
        keep = []
        for h in hits:
            if self.concepts[h.concept].kind in ("trait", "label", "group"):
                os_, oe = norm.orig_span(h.start, h.end)
                if any(s <= os_ and oe <= e for s, e in spans):
                    continue
            keep.append(h)
        return keep

    def _doc_cues(self, ctxs: Sequence[SegCtx]) -> DocCues:
        w = {k: 0.0 for k in CUE_KINDS}
        chars = code = 0
        code_chars = 0
        for c in ctxs:
            chars += len(c.norm.text)
            if is_code_segment(c.seg):
                code += 1
            for h in c.hits:
                k = self.concepts[h.concept].kind
                if k in w:
                    w[k] += self.concepts[h.concept].weight
        sample = "".join(c.seg.text for c in ctxs[:200])[:20000]
        code_chars = sum(1 for ch in sample if ch in _CODE_CHARS)
        code_like = code * 2 >= len(ctxs) or (len(sample) > 0 and code_chars / len(sample) > 0.035)
        return DocCues(reporting=w["reporting"], disclaimer=w["disclaimer"], benign=w["benign"],
                       chars=chars, code_segments=code, segments=len(ctxs), code_like=code_like)

    def _run_rule(self, ri: int, rule: CompiledRule, ctxs: Sequence[SegCtx],
                  groups: dict[str, list[SegCtx]]) -> list[RawFinding]:
        anchor_set = rule.require[0] if rule.require else rule.distinct
        out: list[RawFinding] = []
        seen: set[tuple[Any, ...]] = set()
        for ctx in ctxs:
            if rule.segment_kinds and ctx.seg.kind.value not in rule.segment_kinds:
                continue
            for h in ctx.hits:
                if h.concept not in anchor_set:
                    continue
                w = window_for(rule.window, ctx, h, rule.lines, groups)
                grouped = w.hits and any(c is not ctx for c, _ in w.hits)
                key: tuple[Any, ...] = ("g", ctx.seg.group) if grouped else (ctx.index, w.start, w.end)
                if key in seen:
                    continue
                present = {x.concept for _, x in w.hits}
                if any(not (req & present) for req in rule.require):
                    continue
                if rule.unless and rule.unless & present:
                    continue
                if rule.distinct_min and self._distinct(w, rule.distinct) < rule.distinct_min:
                    continue
                seen.add(key)
                out.append(self._raw(ri, rule, ctx, h, w, bool(grouped)))
        return out

    def _distinct(self, w: Any, of: frozenset[int]) -> int:
        """Distinct labels (by concept: "black" and "黑人" are one) or fields (by term)."""
        keys: set[object] = set()
        for c, x in w.hits:
            if x.concept in of:
                if self.concepts[x.concept].kind in ("label", "group"):
                    keys.add(x.concept)
                else:
                    keys.add(c.norm.text[x.start:x.end])
        return len(keys)

    def _raw(self, ri: int, rule: CompiledRule, ctx: SegCtx, h: Any, w: Any, grouped: bool) -> RawFinding:
        concepts = self.concepts
        hs, he = ctx.norm.orig_span(h.start, h.end)
        if grouped or rule.window == "segment":
            s, e = evidence_span(ctx, 0, len(ctx.norm.text))
            if rule.window == "segment":
                ls, le = ctx.lines_around(h.start, 0)
                s, e = evidence_span(ctx, ls, le)
        elif rule.kind == "label-set":
            mine = [x for c, x in w.hits if c is ctx and x.concept in rule.distinct]
            lo = min(x.start for x in mine)
            hi = max(x.end for x in mine)
            ls, _ = ctx.lines_around(lo, 0)
            _, le = ctx.lines_around(hi, 0)
            s, e = evidence_span(ctx, ls, le)
        elif rule.window in ("lines", "group"):
            ls, le = ctx.lines_around(h.start, 0)
            s, e = evidence_span(ctx, ls, le)
        else:
            s, e = evidence_span(ctx, w.start, w.end)
        if s >= e:
            s, e = hs, he
        s, e = clip_around(ctx, s, e, max(s, hs), min(e, he) if he > hs else e)
        # trait: the rule's, or the anchor concept's, or any trait-bearing hit in the window
        trait_concept = h.concept
        if concepts[h.concept].trait is None:
            for _, x in w.hits:
                if concepts[x.concept].trait is not None and concepts[x.concept].kind in ("trait", "group", "label"):
                    trait_concept = x.concept
                    break
        if rule.kind == "named-group":
            grp = {concepts[x.concept].group for _, x in w.hits
                   if concepts[x.concept].kind == "group" and concepts[x.concept].targetable}
        elif rule.kind == "label-set":
            grp = {concepts[x.concept].group for _, x in w.hits if concepts[x.concept].kind in ("label", "group")}
        else:
            grp = {concepts[x.concept].group for _, x in w.hits
                   if concepts[x.concept].kind == "group" and concepts[x.concept].targetable}
        modality = rule.modality
        if modality is None:
            for _, x in w.hits:
                if concepts[x.concept].modality is not None:
                    modality = concepts[x.concept].modality
                    break
        if grouped:
            cs, ce = ctx.lines_around(h.start, 1)
        else:
            cs, ce = ctx.sentence(h.start)
            cs, ce = ctx.clause(h.start, cs, ce)
        cue = {k: 0.0 for k in CUE_KINDS}
        for x in ctx.hits_in(cs, ce):
            k = concepts[x.concept].kind
            if k in cue:
                cue[k] += concepts[x.concept].weight
        stance = local_stance(cue["disclaimer"], cue["reporting"], cue["benign"])
        return RawFinding(ri, ctx, s, e, trait_concept, tuple(sorted(g for g in grp if g)), modality,
                          stance, cs, ce)

    def _finding(self, rf: RawFinding, rule: CompiledRule) -> Finding:
        seg = rf.ctx.seg
        c = self.concepts[rf.trait_concept]
        trait = rule.trait or c.trait or Trait.RACE_ETHNICITY
        sev = SEVERITY_FOR_STANCE[rf.stance] or rule.severity
        conf = rule.confidence if rf.stance == Stance.CAPABILITY else round(rule.confidence * 0.8, 2)
        text = seg.text
        cs = max(0, rf.ev_start - 80)
        ce = min(len(text), rf.ev_end + 80)
        return Finding(
            rule=rule.id, trait=trait, groups=rf.groups, modality=rf.modality, stance=rf.stance,
            severity=sev, confidence=conf, evidence=text[rf.ev_start:rf.ev_end],
            context=" ".join(text[cs:ce].split()), location=seg.locate(rf.ev_start, rf.ev_end),
            message=rule.description,
        )


__all__ = ["CompiledRule", "CompiledRuleSet", "Concept", "LoadedPack"]
