"""Rule-pack validation: errors carry the file and the YAML line of the offending node."""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.cli import main
from redline.errors import ExitCode, RulePackError
from redline.rules import load_rules

GOOD = """pack: mine
version: 2
concepts:
  - id: hijab
    kind: modality
    modality: other
    terms: {en: [hijab, headscarf]}
rules:
  - id: religion-attire
    kind: co-occurrence
    description: religion inferred from attire in images
    severity: high
    require: [[religion], [hijab], [capability]]
    examples:
      match: ["The camera can detect Muslims by their hijab."]
      no_match: ["A headscarf pattern for knitting."]
"""


def _write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_user_pack_loads_and_its_rule_fires(tmp_path: Path) -> None:
    rs = load_rules([_write(tmp_path, GOOD)])
    assert ("mine", "2") in rs.pack_versions
    assert any(r[0] == "religion-attire" for r in rs.rule_descriptions)
    from redline.model import Segment

    found = rs.rule_findings("religion-attire", [Segment(text="The camera can detect Muslims by their hijab.")])
    assert found and found[0].trait.value == "religion"


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("    kind: modality\n", "    kind: shape\n", 5, "kind"),
        ("    severity: high\n", "    severity: extreme\n", 12, "severity"),
        ("    require: [[religion], [hijab], [capability]]\n", "    require: [[religion], [nosuch]]\n", 13,
         "unknown concept"),
        ("  - id: religion-attire\n", "  - id: Religion Attire\n", 9, "slug"),
    ],
)
def test_errors_point_at_the_yaml_line(tmp_path: Path, old: str, new: str, line: int, message: str) -> None:
    assert old in GOOD
    path = _write(tmp_path, GOOD.replace(old, new))
    with pytest.raises(RulePackError, match=message) as err:
        load_rules([path])
    assert err.value.file == str(path)
    assert err.value.line == line


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "pack: x\nrules:\n  - id: [unclosed\n")
    with pytest.raises(RulePackError) as err:
        load_rules([path])
    assert err.value.line is not None and err.value.line >= 3


def test_duplicate_rule_id_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.replace("religion-attire", "trait-inference"))
    with pytest.raises(RulePackError, match="duplicate rule id"):
        load_rules([path])


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["pack: bomb", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    path = _write(tmp_path, "\n".join(lines) + "\n")
    with pytest.raises(RulePackError, match="too large"):
        load_rules([path])


def test_missing_pack_file(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="not found"):
        load_rules([tmp_path / "nope.yaml"])


def test_cli_check_prints_offending_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, GOOD.replace("    severity: high\n", "    severity: extreme\n"))
    assert main(["rules", "check", str(path)]) == ExitCode.INVALID_RULES
    err = capsys.readouterr().err
    assert f"{path}:12" in err
    assert "severity: extreme" in err  # the YAML line itself
    assert "help:" in err


def test_cli_check_valid_pack_runs_its_examples(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, GOOD)
    assert main(["rules", "check", str(path)]) == ExitCode.CLEAN
    out = capsys.readouterr().out
    assert "is valid (1 rules)" in out and "2 passed, 0 failed" in out


def test_cli_test_fails_with_exit_4_on_a_wrong_example(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = GOOD.replace('no_match: ["A headscarf pattern for knitting."]',
                       'no_match: ["The camera can detect Muslims by their headscarf."]')
    path = _write(tmp_path, bad)
    assert main(["rules", "test", str(path)]) == ExitCode.INVALID_RULES
    out = capsys.readouterr().out
    assert "FAIL mine:religion-attire:no_match[0]" in out


def test_cli_test_packaged_packs_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "test"]) == ExitCode.CLEAN
    assert " 0 failed" in capsys.readouterr().out


def test_cli_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list", "--format", "json"]) == ExitCode.CLEAN
    import json

    rows = json.loads(capsys.readouterr().out)
    assert {"named-group-targeting", "label-set", "schema-field", "trait-inference"} <= {r["id"] for r in rows}
    assert main(["rules", "list"]) == ExitCode.CLEAN
    assert "named-group-targeting" in capsys.readouterr().out


def test_cli_test_by_pack_id(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "test", "core"]) == ExitCode.CLEAN
    assert " 0 failed" in capsys.readouterr().out
    assert main(["rules", "test", "no-such-pack"]) == ExitCode.INVALID_CONFIG
