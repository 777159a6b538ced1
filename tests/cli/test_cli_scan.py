"""`redline scan` end to end through ``redline.cli.main``: exit codes, formats, filters, baseline.

The documents are written by the tests and are unambiguous (a page that plainly offers Uyghur
ethnicity detection from faces; a page about revenue), so the assertions hold for any sane rule
engine: they never name a rule id or count findings a particular rule set would produce.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import jsonschema
import pytest

from redline.cli import main

CLAIM = ("ExampleCam product sheet\n\n"
         "Our cameras offer Uyghur ethnicity detection from faces and raise an alarm in real time.\n")
CLEAN = "Quarterly revenue grew by four percent, led by sales of door locks.\n"
SCHEMA = Path(__file__).resolve().parents[1] / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    root.mkdir()
    (root / "claim.txt").write_text(CLAIM, encoding="utf-8")
    (root / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return root


def run(*argv: str | Path) -> int:
    # These tests are about exit codes 1 and 3, so they ask for the CI-style gate explicitly
    # (the default, --fail-on never, is tested on its own below).
    args = list(map(str, argv))
    if "--fail-on" not in args:
        args = ["--fail-on", "medium", *args]
    return main(["scan", "--no-progress", *args])


def scan_json(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, dict]:
    capsys.readouterr()
    code = run("--format", "json", *argv)
    out = capsys.readouterr().out
    return code, json.loads(out)


def docs_by_name(report: dict) -> dict[str, dict]:
    return {Path(d["uri"]).name: d for d in report["documents"]}


# --- exit codes --------------------------------------------------------------------------------


def test_clean_exits_0(tree: Path, capsys) -> None:
    code, report = scan_json(capsys, tree / "clean.txt")
    assert code == 0
    assert report["documents"][0]["findings"] == []


def test_claim_exits_1_and_is_found(tree: Path, capsys) -> None:
    code, report = scan_json(capsys, tree)
    assert code == 1
    docs = docs_by_name(report)
    claim = docs["claim.txt"]
    assert claim["verdict"]["stance"] == "capability"
    assert "race_ethnicity" in claim["verdict"]["traits"]
    assert claim["findings"], "a page offering Uyghur ethnicity detection from faces must yield a finding"
    for f in claim["findings"]:
        start, length = f["location"]["offset"], f["location"]["length"]
        assert CLAIM[start:start + length] == f["evidence"]  # evidence quoted from the original
    assert docs["clean.txt"]["findings"] == []


def test_errors_win_over_findings_exit_3(tree: Path, capsys) -> None:
    os.symlink(tree / "missing-target.txt", tree / "dangling.txt")
    code, report = scan_json(capsys, tree)
    assert code == 3
    docs = docs_by_name(report)
    assert docs["dangling.txt"]["error"]
    assert docs["claim.txt"]["findings"]  # the scan went on
    assert report["summary"]["errors"] == 1


def test_findings_alone_exit_0_by_default(tree: Path, capsys) -> None:
    capsys.readouterr()
    code = main(["scan", "--no-progress", "--format", "json", str(tree)])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert docs_by_name(report)["claim.txt"]["findings"]


def test_fail_on_never(tree: Path, capsys) -> None:
    code, report = scan_json(capsys, tree, "--fail-on", "never")
    assert code == 0
    assert docs_by_name(report)["claim.txt"]["findings"]  # still reported


@pytest.mark.parametrize("argv", [
    ["--format", "no-such-format"],
    ["--stance", "capability,bogus"],
    ["--fail-on", "catastrophic"],
    ["--min-severity", "huge"],
    ["-j", "0"],
    ["--limit", "no_such_limit=3"],
])
def test_bad_usage_exits_5(tree: Path, argv: list[str], capsys) -> None:
    assert run(tree, *argv) == 5
    out = capsys.readouterr()
    assert out.out == ""  # nothing on stdout but a report
    assert out.err


def test_missing_baseline_file_exits_5(tree: Path, capsys) -> None:
    assert run(tree, "--baseline", tree / "nope.json") == 5
    assert "does not exist" in capsys.readouterr().err


def test_unwritable_outputs_exit_5(tree: Path, tmp_path: Path, capsys) -> None:
    assert run(tree, "-o", tmp_path / "no-such-dir" / "r.json") == 5
    assert "cannot write" in capsys.readouterr().err
    assert run(tree, "--write-baseline", tmp_path / "no-such-dir" / "b.json") == 5
    assert "cannot write baseline" in capsys.readouterr().err


def test_no_command_is_bad_usage(capsys) -> None:
    assert main([]) == 5


# --- formats and output ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "sarif", "csv", "html"])
def test_every_format_to_stdout_and_file(fmt: str, tree: Path, tmp_path: Path, capsys) -> None:
    capsys.readouterr()
    assert run(tree, "--format", fmt) == 1
    stdout = capsys.readouterr().out
    out = tmp_path / f"report.{fmt}"
    assert run(tree, "--format", fmt, "-o", out) == 1
    assert capsys.readouterr().out == ""  # -o: the report goes to the file only
    text = out.read_text(encoding="utf-8")
    assert not (tmp_path / f"report.{fmt}.part").exists()
    if fmt == "table":
        assert text == stdout
        assert "claim.txt" in text and "Uyghur ethnicity detection" in text
    elif fmt == "json":
        assert json.loads(text) == json.loads(stdout)
    elif fmt == "jsonl":
        lines = [json.loads(x) for x in text.splitlines()]
        assert {Path(d["uri"]).name for d in lines[:-1]} == {"claim.txt", "clean.txt"}
        assert lines[-1]["summary"]["documents"] == 2
    elif fmt == "sarif":
        log = json.loads(text)
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        jsonschema.Draft7Validator(schema).validate(log)
        results = log["runs"][0]["results"]
        assert results and all(r["partialFingerprints"]["redline/v1"] for r in results)
        assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("claim.txt")
                   for r in results)
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        assert {Path(r["uri"]).name for r in rows} == {"claim.txt", "clean.txt"}
        assert any(r["rule"] and "Uyghur" in r["evidence"] for r in rows)
    elif fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and "claim.txt" in text and "<mark>" in text


def test_min_severity_leaves_out_lower_findings(tree: Path, capsys) -> None:
    _, full = scan_json(capsys, tree)
    _, crit = scan_json(capsys, tree, "--min-severity", "critical")
    all_findings = [f for d in full["documents"] for f in d["findings"]]
    kept = [f for d in crit["documents"] for f in d["findings"]]
    assert all(f["severity"] == "critical" for f in kept)
    assert len(kept) == sum(f["severity"] == "critical" for f in all_findings)
    _, info = scan_json(capsys, tree, "--min-severity", "info")
    assert info == full


def test_stance_filter(tree: Path, capsys) -> None:
    _, only_none = scan_json(capsys, tree, "--stance", "none")
    assert set(docs_by_name(only_none)) == {"clean.txt"}
    code, only_cap = scan_json(capsys, tree, "--stance", "capability,reporting")
    assert set(docs_by_name(only_cap)) == {"claim.txt"}
    assert code == 1


# --- suppression -------------------------------------------------------------------------------


def test_inline_marker_suppresses_without_dropping(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "marked.txt"
    doc.write_text(CLAIM.rstrip("\n") + "  # redline:ignore reviewed, quoted in our own report\n",
                   encoding="utf-8")
    code, report = scan_json(capsys, doc)
    findings = report["documents"][0]["findings"]
    assert findings, "suppressed findings are kept in the report"
    assert all(f["suppressed"] == "inline" for f in findings)
    assert code == 0  # suppressed findings do not fail the scan
    assert report["summary"]["suppressed"] == len(findings)


def test_baseline_round_trip_stable_under_inserted_lines(tree: Path, tmp_path: Path, capsys) -> None:
    baseline = tmp_path / "redline-baseline.json"
    code, first = scan_json(capsys, tree, "--write-baseline", baseline)
    assert code == 1
    stored = json.loads(baseline.read_text(encoding="utf-8"))
    assert stored["version"] == 1
    fps = {f["fingerprint"] for d in first["documents"] for f in d["findings"]}
    assert {e["fingerprint"] for e in stored["findings"]} == fps

    # The same tree with the baseline: everything known is suppressed, nothing fails.
    code, second = scan_json(capsys, tree, "--baseline", baseline)
    assert code == 0
    found = [f for d in second["documents"] for f in d["findings"]]
    assert found and all(f["suppressed"] == "baseline" for f in found)

    # Lines inserted above the claim: same fingerprints, still suppressed.
    claim = tree / "claim.txt"
    claim.write_text("Release notes\n\nVersion 7.1\nBug fixes.\n\n" + CLAIM, encoding="utf-8")
    code, third = scan_json(capsys, tree, "--baseline", baseline)
    moved = docs_by_name(third)["claim.txt"]["findings"]
    assert {f["fingerprint"] for f in moved} == fps
    assert all(f["suppressed"] == "baseline" for f in moved)
    assert min(f["location"]["line"] for f in moved) > min(
        f["location"]["line"] for f in docs_by_name(first)["claim.txt"]["findings"])
    assert code == 0

    # A new claim is not in the baseline: it is reported and fails the scan.
    (tree / "new.txt").write_text("The NVR supports Tibetan ethnicity recognition from faces.\n", encoding="utf-8")
    code, fourth = scan_json(capsys, tree, "--baseline", baseline)
    assert code == 1
    new = docs_by_name(fourth)["new.txt"]["findings"]
    assert new and all("suppressed" not in f for f in new)

    # Rewriting the baseline from the same scan gives the same file (sorted, no timestamps).
    again = tmp_path / "again.json"
    run(tree, "--format", "json", "--baseline", baseline, "--write-baseline", again)
    assert {e["fingerprint"] for e in json.loads(again.read_text())["findings"]} >= fps


def test_baseline_marks_in_sarif(tree: Path, tmp_path: Path, capsys) -> None:
    baseline = tmp_path / "b.json"
    run(tree, "--format", "json", "--write-baseline", baseline)
    capsys.readouterr()
    assert run(tree, "--format", "sarif", "--baseline", baseline) == 0
    log = json.loads(capsys.readouterr().out)
    results = log["runs"][0]["results"]
    assert results and all(r["suppressions"] == [{"kind": "external", "state": "accepted",
                                                  "justification": "listed in the baseline file"}]
                           for r in results)
