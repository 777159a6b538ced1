"""Hand-built scan results for the formatter tests (shared by tests/report/*).

Built from core types directly (not from the rule engine) so the formatter tests pin the
reports, whatever rules are loaded: an active finding with full location, one suppressed
inline, one by a baseline, a structured finding with only a JSON pointer, a clean document, a
failed document, a binary document with byte offsets, and a document whose uri, evidence and
context are hostile markup and spreadsheet formulas.
"""

from __future__ import annotations

from redline.model import (
    DocumentResult,
    Finding,
    Locator,
    Modality,
    Severity,
    Stance,
    Trait,
    Verdict,
)
from redline.report import ReportMeta

HOSTILE_URI = 'evil"><script>alert(1)</script>.html'
HOSTILE_EVIDENCE = "<img src=x onerror=alert(1)>ethnicity detection"
HOSTILE_CONTEXT = ("</script><script>alert(2)</script><!-- a page that offers "
                   + HOSTILE_EVIDENCE + " from faces --><style>body{display:none}</style>")
FORMULA_EVIDENCE = "=HYPERLINK(\"http://example.invalid\",\"race classifier\")"

LONG_EVIDENCE = ("automatic Uyghur ethnicity detection from face images " * 6).strip()


def _page_findings() -> tuple[Finding, ...]:
    ctx = "The EV-3 camera offers Uyghur ethnicity detection from faces, with alarms."
    ev = "Uyghur ethnicity detection from faces"
    start = ctx.index(ev)
    return (
        Finding(rule="named-group-targeting", trait=Trait.RACE_ETHNICITY, groups=("uyghur",),
                modality=Modality.FACE, stance=Stance.CAPABILITY, severity=Severity.CRITICAL,
                confidence=0.93, evidence=ev, context=ctx,
                location=Locator(line=3, column=10 + start, end_line=3, end_column=10 + start + len(ev),
                                 offset=120, length=len(ev)),
                fingerprint="0123456789abcdef0123456789abcdef", message="group + face + detect"),
        Finding(rule="trait-modality", trait=Trait.RACE_ETHNICITY, modality=Modality.FACE,
                stance=Stance.CAPABILITY, severity=Severity.MEDIUM, confidence=0.6,
                evidence="ethnicity of the face", context="returns the ethnicity of the face  redline:ignore",
                location=Locator(line=9, column=13, end_line=9, end_column=34, offset=400, length=21),
                fingerprint="11111111111111111111111111111111", suppressed="inline"),
        Finding(rule="trait-capability", trait=Trait.RACE_ETHNICITY, stance=Stance.CAPABILITY,
                severity=Severity.HIGH, confidence=0.8, evidence="race recognition",
                context="race recognition module", location=Locator(line=12, column=1, end_line=12,
                                                                    end_column=17, offset=520, length=16),
                fingerprint="22222222222222222222222222222222", suppressed="baseline"),
    )


def build_results() -> list[DocumentResult]:
    page = DocumentResult(
        uri="site/products/ev-3.html", media_type="text/html", sha256="a" * 64, size=2048,
        verdict=Verdict(stance=Stance.CAPABILITY, traits=(Trait.RACE_ETHNICITY,), groups=("uyghur",),
                        severity=Severity.CRITICAL, confidence=0.93, modalities=(Modality.FACE,)),
        findings=_page_findings(),
    )
    api = DocumentResult(
        uri="api/openapi with space.json", media_type="application/json", sha256="b" * 64, size=900,
        verdict=Verdict(stance=Stance.CAPABILITY, traits=(Trait.RACE_ETHNICITY,),
                        severity=Severity.HIGH, confidence=0.8),
        findings=(Finding(rule="schema-field", trait=Trait.RACE_ETHNICITY, modality=Modality.FACE,
                          stance=Stance.CAPABILITY, severity=Severity.HIGH, confidence=0.8,
                          evidence="race", context="age, gender, glasses, race",
                          location=Locator(pointer="/components/schemas/Face/properties/race"),
                          fingerprint="33333333333333333333333333333333"),),
    )
    clean = DocumentResult(uri="docs/clean.txt", media_type="text/plain", sha256="c" * 64, size=10)
    broken = DocumentResult(uri="docs/broken.pdf", media_type="application/pdf", sha256="d" * 64, size=77,
                            error="docs/broken.pdf: truncated PDF (no xref table)", error_kind="extraction")
    firmware = DocumentResult(
        uri="/abs/path/firmware.bin", media_type="application/octet-stream", sha256="e" * 64, size=4096,
        verdict=Verdict(stance=Stance.CAPABILITY, traits=(Trait.RACE_ETHNICITY,), groups=("uyghur",),
                        severity=Severity.HIGH, confidence=0.7),
        findings=(Finding(rule="named-group-targeting", trait=Trait.RACE_ETHNICITY, groups=("uyghur",),
                          stance=Stance.CAPABILITY, severity=Severity.HIGH, confidence=0.7,
                          evidence="uygur_face_alarm", context="uygur_face_alarm",
                          location=Locator(offset=3000, length=16),
                          fingerprint="44444444444444444444444444444444"),),
    )
    hostile = DocumentResult(
        uri=HOSTILE_URI, media_type="text/html", sha256="f" * 64, size=300,
        verdict=Verdict(stance=Stance.REPORTING, traits=(Trait.RACE_ETHNICITY,),
                        severity=Severity.LOW, confidence=0.5),
        findings=(
            Finding(rule="trait-capability", trait=Trait.RACE_ETHNICITY, stance=Stance.REPORTING,
                    severity=Severity.LOW, confidence=0.5, evidence=HOSTILE_EVIDENCE,
                    context=HOSTILE_CONTEXT, location=Locator(line=1, column=5, end_line=1, end_column=52,
                                                              offset=4, length=len(HOSTILE_EVIDENCE)),
                    fingerprint="55555555555555555555555555555555", message="<b>bold</b> & \"quoted\""),
            Finding(rule="trait-capability", trait=Trait.RACE_ETHNICITY, stance=Stance.REPORTING,
                    severity=Severity.INFO, confidence=0.3, evidence=FORMULA_EVIDENCE,
                    context=FORMULA_EVIDENCE, location=Locator(line=2, column=1, end_line=2, end_column=60,
                                                               offset=80, length=len(FORMULA_EVIDENCE)),
                    fingerprint="66666666666666666666666666666666"),
        ),
    )
    long_doc = DocumentResult(
        uri="docs/long.txt", media_type="text/plain", sha256="9" * 64, size=5000,
        verdict=Verdict(stance=Stance.CAPABILITY, traits=(Trait.RACE_ETHNICITY,), groups=("uyghur",),
                        severity=Severity.CRITICAL, confidence=0.9),
        findings=(Finding(rule="named-group-targeting", trait=Trait.RACE_ETHNICITY, groups=("uyghur",),
                          modality=Modality.FACE, stance=Stance.CAPABILITY, severity=Severity.CRITICAL,
                          confidence=0.9, evidence=LONG_EVIDENCE, context="x " + LONG_EVIDENCE + " y",
                          location=Locator(line=1, column=3, end_line=1, end_column=3 + len(LONG_EVIDENCE),
                                           offset=2, length=len(LONG_EVIDENCE)),
                          fingerprint="77777777777777777777777777777777"),),
    )
    return [page, api, clean, broken, firmware, hostile, long_doc]


def build_meta() -> ReportMeta:
    return ReportMeta(
        tool_version="0.1.0",
        rule_packs=(("core", "1.0"),),
        rules=(("named-group-targeting", "critical", "A named group next to face analysis words."),
               ("trait-modality", "medium", "A protected trait and a body modality in one sentence."),
               ("unused-rule", "low", "A rule that fired nowhere.")),
    )
