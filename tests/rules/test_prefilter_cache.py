"""The compiled prefilter database is cached on disk, and the term automata are built lazily.

The cache must never change an answer: a database loaded from it answers as a fresh compile
does, and a torn, corrupt or unwritable cache falls back to compiling.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redline.rules import match
from redline.rules.match import Lexicon, Prefilter

hyperscan = pytest.importorskip("hyperscan", reason="the Hyperscan backend exists on x86-64 only")

ANCHORS = ["race", "ethnicity", "uyghur*", "维吾尔", "种族"]
DECOYS = ["race condition", "data race"]
SAMPLES = [
    b"the race of each face", b"a race condition", b"emRace", b"trace", b"RACE_TYPE",
    "维吾尔族".encode("utf-8"), "維吾爾".encode("utf-8"), "种族".encode("gb18030"),
    "ethnicity".encode("utf-16-le"), b"", b"\x00\xff" * 100, b"data race, then race",
]


def answers(pf: Prefilter) -> list[bool]:
    return [pf.check(s) for s in SAMPLES]


def files(d: Path) -> list[Path]:
    return sorted(d.glob("prefilter-*.hsdb"))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "cache"
    monkeypatch.setenv("REDLINE_CACHE_DIR", str(d))
    return d


def no_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("compiled although the cache holds the database")

    monkeypatch.setattr(hyperscan, "Database", boom)


def test_second_build_loads_the_cached_database_and_answers_alike(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = Prefilter(ANCHORS, DECOYS, backend="hyperscan")
    assert len(files(cache)) == 1
    expected = answers(fresh)
    assert expected == answers(Prefilter(ANCHORS, DECOYS, backend="aho-corasick"))
    assert True in expected and False in expected
    no_compile(monkeypatch)
    assert answers(Prefilter(ANCHORS, DECOYS, backend="hyperscan")) == expected


def test_other_terms_get_their_own_file(cache: Path) -> None:
    Prefilter(ANCHORS, DECOYS, backend="hyperscan")
    Prefilter([*ANCHORS, "ethnic*"], DECOYS, backend="hyperscan")
    assert len(files(cache)) == 2


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "foreign"])
def test_damaged_cache_is_compiled_again_and_replaced(cache: Path, damage: str) -> None:
    expected = answers(Prefilter(ANCHORS, DECOYS, backend="hyperscan"))
    (path,) = files(cache)
    blob = path.read_bytes()
    if damage == "flip":
        blob = blob[:200] + bytes([blob[200] ^ 0xFF]) + blob[201:]
    elif damage == "truncate":
        blob = blob[: len(blob) // 2]
    elif damage == "empty":
        blob = b""
    else:  # a valid digest over bytes that are not a database
        import hashlib

        junk = b"not a hyperscan database" * 10
        blob = hashlib.sha256(junk).digest() + junk
    path.write_bytes(blob)
    assert answers(Prefilter(ANCHORS, DECOYS, backend="hyperscan")) == expected
    assert path.read_bytes() != blob  # rewritten whole


def test_cache_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDLINE_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert match.cache_dir() is None
    Prefilter(ANCHORS, DECOYS, backend="hyperscan")
    assert not list(tmp_path.rglob("*.hsdb"))


def test_default_location_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REDLINE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert match.cache_dir() == tmp_path / "redline"


def test_unwritable_cache_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("REDLINE_CACHE_DIR", str(blocker / "redline"))
    pf = Prefilter(ANCHORS, DECOYS, backend="hyperscan")
    assert answers(pf) == answers(Prefilter(ANCHORS, DECOYS, backend="aho-corasick"))


def test_cache_keeps_the_newest_few(cache: Path) -> None:
    for i in range(match._CACHE_KEEP + 3):
        Prefilter([*ANCHORS, f"term{i:02d}x"], DECOYS, backend="hyperscan")
    assert len(files(cache)) == match._CACHE_KEEP


def test_lexicon_is_built_on_first_use_and_restrictions_too() -> None:
    lex = Lexicon([("race", 0), ("face", 1), ("middle eastern", 2)])
    sub = lex.restricted(frozenset({0, 2}))
    assert lex._built is None and sub._built is None
    assert [h.concept for h in sub.find("the middle-eastern race of a face")] == [2, 0]
    assert lex._built is not None  # the restriction is made from the full lexicon's patterns
    assert {h.concept for h in lex.find("the middle-eastern race of a face")} == {0, 1, 2}


def test_ruleset_warm_builds_the_automata(ruleset) -> None:  # noqa: ANN001
    ruleset.warm()
    assert ruleset.lexicon._built is not None and ruleset._start_lexicon._built is not None


# --- the byte table (every anchor in every encoding) is cached as JSON too ------------------------


def tables(d: Path) -> list[Path]:
    return sorted(d.glob("prefilter-*.json"))


def test_cached_byte_table_is_the_built_one_and_is_not_rebuilt(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = match._byte_table(sorted(set(ANCHORS)), DECOYS)
    fresh = Prefilter(ANCHORS, DECOYS, backend="aho-corasick")
    (path,) = tables(cache)
    key = path.stem.removeprefix("prefilter-")
    assert match._cached_table(key) == built
    expected = answers(fresh)

    def boom(*_a: object) -> None:
        raise AssertionError("built although the cache holds the table")

    monkeypatch.setattr(match, "_byte_table", boom)
    assert answers(Prefilter(ANCHORS, DECOYS, backend="aho-corasick")) == expected


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign"])
def test_damaged_byte_table_is_built_again(cache: Path, damage: str) -> None:
    expected = answers(Prefilter(ANCHORS, DECOYS, backend="aho-corasick"))
    (path,) = tables(cache)
    blob = path.read_bytes()
    if damage == "flip":
        blob = blob[:40] + bytes([blob[40] ^ 0xFF]) + blob[41:]
    elif damage == "truncate":
        blob = blob[: len(blob) // 2]
    else:  # a valid digest over a table that does not fit its anchors (lengths disagree)
        import hashlib
        import json

        doc = json.loads(blob[32:])
        doc["anchors"][0][5] += 1
        payload = json.dumps(doc).encode()
        blob = hashlib.sha256(payload).digest() + payload
    path.write_bytes(blob)
    key = path.stem.removeprefix("prefilter-")
    assert match._cached_table(key) is None
    assert answers(Prefilter(ANCHORS, DECOYS, backend="aho-corasick")) == expected
    assert match._cached_table(key) is not None  # replaced by a good one


def test_other_decoys_get_their_own_table(cache: Path) -> None:
    Prefilter(ANCHORS, DECOYS, backend="aho-corasick")
    Prefilter(ANCHORS, [*DECOYS, "arms race"], backend="aho-corasick")
    assert len(tables(cache)) == 2
