"""The baseline file: round trip, marking (never dropping), versions and upgrades, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redline.baseline import (
    BASELINE_VERSION,
    UPGRADES,
    Baseline,
    BaselineEntry,
    load_baseline,
    parse_baseline,
    upgrade,
    write_baseline,
)
from redline.errors import ConfigError
from redline.fingerprint import assign
from redline.model import DocumentResult, Finding, Locator, Severity, Trait


def _result(uri: str, *evidence: str, line: int = 1) -> DocumentResult:
    findings = tuple(
        Finding(rule="rule-a", trait=Trait.RACE_ETHNICITY, severity=Severity.HIGH, evidence=e,
                location=Locator(line=line + i, column=1, offset=10 * i, length=len(e)))
        for i, e in enumerate(evidence)
    )
    return DocumentResult(uri=uri, findings=assign(findings, uri))


def test_round_trip_sorted_and_reproducible(tmp_path: Path) -> None:
    results = [_result("b.txt", "Uyghur detection"), _result("a.txt", "race classifier", "ethnicity of the face")]
    path = tmp_path / "baseline.json"
    written = write_baseline(results, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == BASELINE_VERSION == 1
    assert doc["generated_by"].startswith("redline ")
    assert [e["uri"] for e in doc["findings"]] == ["a.txt", "a.txt", "b.txt"]
    assert {e["evidence"] for e in doc["findings"]} == {"Uyghur detection", "race classifier", "ethnicity of the face"}
    assert all(set(e) >= {"fingerprint", "rule", "uri", "evidence"} for e in doc["findings"])
    loaded = load_baseline(path)
    assert loaded.fingerprints == written.fingerprints == {f.fingerprint for r in results for f in r.findings}
    first = path.read_bytes()
    write_baseline(list(reversed(results)), path)
    assert path.read_bytes() == first  # order of the scan does not change the file
    assert not (tmp_path / "baseline.json.part").exists()


def test_apply_marks_and_never_drops() -> None:
    known = _result("a.txt", "race classifier")
    baseline = Baseline(entries=(BaselineEntry.from_finding(known.findings[0], "a.txt"),))
    later = _result("a.txt", "race classifier", "Uyghur detection")
    applied = baseline.apply(later)
    assert len(applied.findings) == 2
    by_ev = {f.evidence: f.suppressed for f in applied.findings}
    assert by_ev == {"race classifier": "baseline", "Uyghur detection": None}
    assert [f.evidence for f in applied.active_findings] == ["Uyghur detection"]
    # other fields untouched
    assert [f.location for f in applied.findings] == [f.location for f in later.findings]


def test_apply_keeps_inline_suppression_and_unchanged_results() -> None:
    r = _result("a.txt", "race classifier")
    inline = DocumentResult(uri=r.uri, findings=tuple(
        Finding(**{**{k: getattr(f, k) for k in f.__slots__}, "suppressed": "inline"}) for f in r.findings))
    baseline = Baseline(entries=(BaselineEntry(fingerprint=r.findings[0].fingerprint),))
    assert baseline.apply(inline).findings[0].suppressed == "inline"
    other = _result("b.txt", "something else")
    assert baseline.apply(other) is other


def test_fingerprint_survives_lines_inserted_above() -> None:
    before = _result("a.txt", "race classifier", line=3)
    after = _result("a.txt", "race classifier", line=40)
    assert before.findings[0].location != after.findings[0].location
    baseline = Baseline(entries=(BaselineEntry(fingerprint=before.findings[0].fingerprint),))
    assert baseline.apply(after).findings[0].suppressed == "baseline"


def test_upgrade_steps_are_contiguous() -> None:
    assert sorted(UPGRADES) == list(range(BASELINE_VERSION))


@pytest.mark.parametrize("old", [
    ["0123", "4567"],
    {"fingerprints": ["0123", "4567"]},
    {"version": 0, "fingerprints": ["0123", "4567"]},
])
def test_version_0_is_upgraded(old, tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    b = load_baseline(path)
    assert b.fingerprints == {"0123", "4567"}
    assert upgrade(old)["version"] == BASELINE_VERSION


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "not valid JSON"),
    (json.dumps({"version": 99, "findings": []}), "newer than this redline"),
    (json.dumps({"version": "1", "findings": []}), "version must be a non-negative integer"),
    (json.dumps({"version": 1, "findings": {}}), '"findings" must be a list'),
    (json.dumps({"version": 1, "findings": [{"rule": "x"}]}), "findings[0] has no fingerprint"),
    (json.dumps([1, 2]), "list of fingerprint strings"),
    (json.dumps({"version": 1, "fingerprint_version": 0, "findings": []}), "fingerprint version 0"),
])
def test_bad_files_are_configuration_errors(content: str, message: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")) as info:
        load_baseline(path)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_baseline(tmp_path / "nope.json")


def test_parse_keeps_review_fields() -> None:
    b = parse_baseline({"version": 1, "findings": [
        {"fingerprint": "ff", "rule": "r", "uri": "u", "evidence": "e", "line": 4, "extra": "ignored"}]})
    assert b.entries[0] == BaselineEntry(fingerprint="ff", rule="r", uri="u", evidence="e", line=4)
    assert "ff" in b and len(b) == 1
