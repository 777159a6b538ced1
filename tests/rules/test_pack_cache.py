"""Validated rule packs are cached as JSON: same rule set, no YAML parsing or pydantic on a hit,
and a damaged, stale or foreign cache file is never trusted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import redline.rules.schema as schema
from redline.errors import RulePackError
from redline.rules import load_rules
from redline.rules.examples import run_examples
from redline.rules.load import packaged_pack_paths

USER_PACK = """pack: mine
version: "1"
concepts:
  - id: widget-word
    kind: trait
    trait: religion
    terms: {en: [widgetfaith]}
rules:
  - id: widget-rule
    kind: co-occurrence
    description: widgetfaith beside a face word
    require: [[widget-word], [face]]
    examples:
      match: ["widgetfaith of each face"]
      no_match: ["widgetfaith alone"]
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "cache"
    monkeypatch.setenv("REDLINE_CACHE_DIR", str(d))
    return d


def shape(rs) -> tuple:  # noqa: ANN001
    return (rs.pack_versions, rs.rule_descriptions, rs.anchors, tuple(rs.lexicon.patterns),
            tuple((c.id, c.kind, c.trait, c.group, c.modality, c.weight, c.targetable) for c in rs.concepts),
            tuple((r.id, r.require, r.distinct, r.distinct_min, r.unless, r.doc_require, r.window, r.lines,
                   tuple(r.spec.standalone_kinds)) for r in rs.rules))


def forbid_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("parsed although the cache holds the pack")

    monkeypatch.setattr(schema, "parse_pack", boom)


def test_cached_packs_build_the_same_rule_set(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = load_rules()
    assert len(list(cache.glob("pack-*.json"))) == len(packaged_pack_paths())
    forbid_parsing(monkeypatch)
    cached = load_rules()
    assert shape(cached) == shape(fresh)
    failed = [r for r in run_examples(cached) if not r.passed]
    assert not failed, failed[:3]


def test_cached_pack_is_not_imported_pydantic_in_a_fresh_process(cache: Path) -> None:
    load_rules()  # fills the cache
    code = ("import sys; from redline.rules import load_rules; rs = load_rules(); "
            "print(len(rs.rules), 'pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) > 10 and out[1] == "False", out


def test_edited_pack_is_parsed_again_and_errors_still_point_at_the_line(cache: Path, tmp_path: Path) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(USER_PACK, encoding="utf-8")
    assert "widget-rule" in {r.id for r in load_rules([pack]).rules}
    pack.write_text(USER_PACK.replace("kind: co-occurrence", "kind: telepathy"), encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_rules([pack])
    assert err.value.line == USER_PACK.splitlines().index("    kind: co-occurrence") + 1


@pytest.mark.parametrize("damage", ["truncate", "not-json", "extra-field", "missing-field", "wrong-type", "old-format"])
def test_damaged_cache_file_is_a_miss(cache: Path, tmp_path: Path, damage: str) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(USER_PACK, encoding="utf-8")
    before = load_rules([pack])
    mine = [p for p in cache.glob("pack-*.json") if '"pack": "mine"' in p.read_text(encoding="utf-8")]
    assert len(mine) == 1
    path = mine[0]
    text = path.read_text(encoding="utf-8")
    doc = json.loads(text)
    if damage == "truncate":
        text = text[: len(text) // 2]
    elif damage == "not-json":
        text = "\x00garbage"
    else:
        if damage == "extra-field":
            doc["spec"]["rules"][0]["sneaky"] = 1
        elif damage == "missing-field":
            del doc["spec"]["concepts"][0]["terms"]
        elif damage == "wrong-type":
            doc["spec"]["rules"][0]["severity"] = "apocalyptic"
        else:
            doc["format"] = 0
        text = json.dumps(doc)
    path.write_text(text, encoding="utf-8")
    after = load_rules([pack])
    assert shape(after) == shape(before)
    rewritten = path.read_text(encoding="utf-8")
    assert rewritten != text  # replaced whole by a valid one
    assert json.loads(rewritten)["format"] == 1 and "sneaky" not in rewritten


def test_invalid_pack_is_never_cached(cache: Path, tmp_path: Path) -> None:
    pack = tmp_path / "bad.yaml"
    pack.write_text(USER_PACK.replace("trait: religion", "trait: mood"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(RulePackError):
            load_rules([pack])
    assert not [p for p in cache.glob("pack-*.json") if '"pack": "mine"' in p.read_text(encoding="utf-8")]


def test_cache_off_parses_every_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDLINE_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = []
    real = schema.parse_pack

    def counting(*a, **k):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        return real(*a, **k)

    monkeypatch.setattr(schema, "parse_pack", counting)
    load_rules()
    load_rules()
    assert len(calls) == 2 * len(packaged_pack_paths())
    assert not list(tmp_path.rglob("pack-*.json"))
