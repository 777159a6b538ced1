"""Stance resolution: per finding (cues in its sentence) and per document (the Verdict).

Stances (shared/design.md): *capability* — the document offers, implements, specifies or
requires the inference (API docs, SDK enums and fields, product pages, patents, tenders, model
label sets); *reporting* — it describes someone else's (news, research, advocacy);
*disclaimer* — it says the product does not, or no longer does, it; *none* — the words are used
otherwise (census and HR forms, fairness metrics, ID-card OCR fields, cuisine, racing, games).

A finding's own stance comes from the cue concepts in its sentence: a disclaimer cue (negation,
retirement) wins, then a reporting cue (attribution, news vocabulary), then a benign cue; with
none of them the finding states a capability. The document's stance weighs its findings
against the cues of the whole document, because a news story states the capability in many
sentences and attributes it in a few.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from redline.model import Finding, Modality, Severity, Stance, Trait, Verdict

SEVERITY_FOR_STANCE = {
    Stance.CAPABILITY: None,  # the rule's own severity
    Stance.REPORTING: Severity.LOW,
    Stance.DISCLAIMER: Severity.INFO,
    Stance.NONE: Severity.INFO,
}


@dataclass(frozen=True, slots=True)
class DocCues:
    """Cue weights summed over the whole document, and its shape."""

    reporting: float = 0.0
    disclaimer: float = 0.0
    disclaimer_first: float = 0.0  # first-person disclaimers ("we do not", "本产品不")
    offer: float = 0.0
    benign: float = 0.0
    chars: int = 0
    code_segments: int = 0
    segments: int = 0
    code_like: bool = False


def local_stance(disclaimer: float, reporting: float, benign: float) -> Stance:
    if disclaimer > 0:
        return Stance.DISCLAIMER
    if reporting >= 1.0:  # one weak cue ("said", "news") does not make a sentence a report
        return Stance.REPORTING
    if benign > 0:
        return Stance.NONE
    return Stance.CAPABILITY


_QUESTION_END = ("?", "？", "؟", "吗", "嗎", "か", "까")


def _question(f: Finding) -> bool:
    return f.evidence.rstrip().endswith(_QUESTION_END) and "\n" not in f.evidence.strip()


def _weight(f: Finding) -> float:
    w = f.confidence * (1.0 + 0.5 * max(0, f.severity.rank - 1))
    # a question is not a claim ("Can your API tell the race of a face?" in a FAQ): its answer decides
    if _question(f):
        w *= 0.3
    return w


# Paired quotation marks (ASCII, curly, guillemets, low-high, CJK corner brackets).
_QUOTE_PAIRS = (('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c"), ("\u201e", "\u201d"),
                ("\u300c", "\u300d"), ("\u300e", "\u300f"))


def _quoted(evidence: str) -> bool:
    """Does the evidence hold a quoted passage of some length (a claim quoted from someone else)?"""
    for o, c in _QUOTE_PAIRS:
        i = evidence.find(o)
        if i < 0:
            continue
        j = evidence.find(c, i + 1)
        if j - i > 12:
            return True
    return False


# The document's own product as the subject of a claim: "Our SkyGate Guardian platform flags...",
# "our new AI cameras estimate...", "We offer...", "本公司产品支持..." (names and a few adjectives may
# stand between the possessive and the product noun; "our analysis of the platform" is no claim).
_OWN_CLAIM = re.compile(
    r"(?:\b(?:our|we)\s+(?:(?:[A-Z][\w.-]*|new|latest|proprietary|flagship|own|ai|smart|intelligent|cloud|edge|"
    r"video|face|facial|vision|analytics|recognition|next-generation)\s+){0,4}"
    r"(?:platforms?|products?|systems?|cameras?|solutions?|modules?|models?|apis?|sdks?|software|services?|"
    r"engines?|devices?|technology|algorithms?|terminals?|suite)\b"
    r"|\bwe\s+(?:offer|provide|sell|deliver|supply|market|license)\b"
    r"|本公司(?:的|之)?(?:产品|系统|平台|摄像机|解决方案)|我司(?:的)?(?:产品|系统|平台)|我们的(?:产品|系统|平台))",
    re.IGNORECASE)


def _own_claim(f: Finding) -> bool:
    """Is a capability finding the document's own claim, stated of its own product, not quoted
    and not asked ("Our platform flags faces classified as Uyghur")?"""
    return (f.stance == Stance.CAPABILITY and not _quoted(f.evidence) and not _question(f)
            and _OWN_CLAIM.search(f.evidence) is not None)


def decide(findings: Sequence[Finding], cues: DocCues, rule_severity: dict[str, Severity]) -> Verdict:
    """The document verdict from its findings and document-wide cues."""
    if not findings:
        return Verdict()
    score = dict.fromkeys(Stance, 0.0)
    # every capability finding a question, and the document reports or denies too: the questions
    # ("Can X's cameras really identify Uyghurs?") are answered, not claims of their own
    answered = any(f.stance in (Stance.REPORTING, Stance.DISCLAIMER) for f in findings) and all(
        _question(f) for f in findings if f.stance == Stance.CAPABILITY)
    for f in findings:
        if not (answered and f.stance == Stance.CAPABILITY):
            score[f.stance] += _weight(f)
    total = sum(score.values())
    cap = score[Stance.CAPABILITY]
    kb = max(1.0, cues.chars / 1000.0)
    rep_density = cues.reporting / kb
    # strong: a confident, severe capability finding; benign context alone cannot outweigh it
    strong = any(f.stance == Stance.CAPABILITY and f.confidence >= 0.8
                 and rule_severity.get(f.rule, f.severity).rank >= Severity.HIGH.rank for f in findings)
    stance: Stance
    # a filing, deck or ESG report that states a capability of its own product is no report on
    # someone else's, however much it cites critics and media in its risk sections
    own = any(_own_claim(f) for f in findings)
    reporting_doc = (cues.reporting >= 2.5 and cues.reporting >= 1.5 * cues.offer and rep_density >= 0.4
                     and not own)
    # every capability claim is a quotation, and the document attributes more than it offers: a
    # report quoting a tender clause or a brochure verbatim, not the author's own claim
    cap_findings = [f for f in findings if f.stance == Stance.CAPABILITY]
    # a disclaimer weighs against the claims of its own trait: "estimates ethnicity from faces, but
    # does not infer religion" offers the one and disclaims the other
    cap_traits = {f.trait for f in cap_findings}
    dis_same = sum(_weight(f) for f in findings
                   if f.stance == Stance.DISCLAIMER and (not cap_traits or f.trait in cap_traits))
    if (not reporting_doc and cap_findings and not cues.code_like and cues.reporting >= 1.5
            and cues.reporting >= cues.offer and rep_density >= 0.4
            and all(_quoted(f.evidence) for f in cap_findings)):
        reporting_doc = True
    # an auditor's query, a watchdog's tracker or a reviewer's notes written as code or config
    # quote the fields they found; their own words say so, and outweigh what they offer
    audit = (cues.code_like and not own and cues.reporting >= 3 and cues.reporting >= 2 * cues.offer
             and rep_density >= 0.5)
    if cues.code_like and cap > 0 and (strong or cues.benign < 2 * cap) and not audit and not (
            cues.disclaimer_first >= 2 and score[Stance.DISCLAIMER] > 0):
        # SDK code, headers and config: the presence of a field or enum is the capability.
        stance = Stance.CAPABILITY
    elif cap == 0 and not cues.code_like and cues.disclaimer_first == 0 and cues.benign >= 3 \
            and cues.reporting < cues.benign and (
            cues.benign >= 2 * (score[Stance.DISCLAIMER] + score[Stance.REPORTING])):
        # no claim, nobody denying their own product, and the words are those of a law, a census or
        # an HR policy: "operators shall not use face recognition to infer ethnicity" prohibits,
        # it neither disclaims a product nor reports one
        stance = Stance.NONE
    elif cues.disclaimer_first >= 2 and cues.disclaimer_first * 2.5 >= cues.reporting and not (
            score[Stance.DISCLAIMER] > 0 and dis_same == 0) and (
            score[Stance.DISCLAIMER] > 0 or (not own and (
                cues.disclaimer_first >= 4 or (cues.offer < 1 and cues.reporting < 1)))):
        # the author's own product does not (or no longer) do it, even when it quotes reports;
        # a FAQ asking "can I still get the race of a face?" answered "it was removed" offers nothing
        stance = Stance.DISCLAIMER
    elif reporting_doc:
        stance = Stance.REPORTING
    elif dis_same > 0 and dis_same >= 0.5 * cap:
        stance = Stance.DISCLAIMER
    elif cap > 0 and cues.benign >= 2 * cap and (not strong or cues.benign >= 4 * cap):
        stance = Stance.NONE
    elif cap > 0 and cap >= 0.34 * total and cap >= 0.5:
        stance = Stance.CAPABILITY
    elif score[Stance.REPORTING] > 0 and score[Stance.REPORTING] >= score[Stance.NONE]:
        stance = Stance.REPORTING
    else:
        stance = Stance.NONE
    relevant = [f for f in findings if f.stance == stance] or list(findings)
    traits = tuple(sorted({f.trait for f in relevant}, key=lambda t: list(Trait).index(t)))
    groups = tuple(sorted({g for f in relevant for g in f.groups}))
    modalities = tuple(sorted({f.modality for f in relevant if f.modality is not None},
                              key=lambda m: list(Modality).index(m)))
    if stance == Stance.CAPABILITY:
        severity = max((f.severity for f in relevant), key=lambda s: s.rank)
    else:
        severity = SEVERITY_FOR_STANCE[stance] or Severity.INFO
    best = max(f.confidence for f in relevant)
    margin = score[stance] / total if total else 0.0
    confidence = round(min(0.99, 0.5 * best + 0.5 * margin), 2)
    if stance == Stance.NONE:
        traits, groups = (), ()
    return Verdict(stance=stance, traits=traits, groups=groups, severity=severity,
                   confidence=confidence, modalities=modalities)


__all__ = ["SEVERITY_FOR_STANCE", "DocCues", "decide", "local_stance"]
