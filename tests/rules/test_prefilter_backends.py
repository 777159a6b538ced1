"""The raw-byte prefilter: Hyperscan and Aho-Corasick backends give the same answer; decoys."""

from __future__ import annotations

import random

import pytest

from redline.rules import CompiledRuleSet
from redline.rules.match import Prefilter, _hyperscan

ANCHORS = ("race", "races", "ethnic*", "uyghur*", "latino", "latino hispanic", "维吾尔", "种族", "political")
DECOYS = ("trace", "race condition", "race conditions", "racecondition", "politically")

needs_hyperscan = pytest.mark.skipif(_hyperscan is None, reason="hyperscan has no wheel for this platform")

SAMPLES = [
    b"", b"race", b"RACE", b"Race", b"trace", b"a race condition here", b"a Race Condition, then race",
    b"RaceCondition", b"emRace", b"race_", b"embrace", b"the race", b"racecar", b"ethnicity", b"multiethnic",
    b"Uyghurs", b"latino hispanicq", b"\x05Asianq", b"\x05raceq", b"politically", b"political",
    b"big data race analytics", b"race conditions", b"race conditionsX race", b"graces", b"xrace conditionx",
    "维吾尔族".encode(), "维吾尔族".encode("gb18030"), "種族".encode("big5"), "race".encode("utf-16-le"),
    "trace".encode("utf-16-le"), "Race".encode("utf-16-be"), "种族识别".encode("utf-16-le"),
]


def _both() -> tuple[Prefilter, Prefilter]:
    return (Prefilter(ANCHORS, DECOYS, backend="hyperscan"), Prefilter(ANCHORS, DECOYS, backend="aho-corasick"))


@needs_hyperscan
def test_backends_agree_on_samples() -> None:
    hs, aho = _both()
    for data in SAMPLES:
        assert hs.check(data) == aho.check(data), data


@needs_hyperscan
def test_backends_agree_on_random_text() -> None:
    """Random mixtures of anchors, decoys, letters, separators and encodings."""
    hs, aho = _both()
    rnd = random.Random(11)
    pieces = [*ANCHORS, *DECOYS, "a", "x", "T", "_", " ", "-", "\x00", "\x07", "E", "condition", "维", "族"]
    passed = 0
    for _ in range(3000):
        text = "".join(rnd.choice(pieces).strip("*") for _ in range(rnd.randint(1, 8)))
        for enc in ("utf-8", "utf-16-le", "gb18030"):
            data = text.encode(enc, errors="ignore")
            if rnd.random() < 0.5:
                data = data.upper()
            got = hs.check(data)
            assert got == aho.check(data), (data, enc)
            passed += got
    assert 500 < passed < 8500  # both answers occur: the comparison is not vacuous


@needs_hyperscan
def test_backends_agree_on_random_bytes() -> None:
    hs, aho = _both()
    rnd = random.Random(5)
    for _ in range(200):
        data = bytes(rnd.getrandbits(8) for _ in range(rnd.randint(0, 3000)))
        data = data.replace(b"\x00\x01", b"race").replace(b"\x02", b"tRACE condition")
        assert hs.check(data) == aho.check(data)


@pytest.mark.parametrize("backend", [pytest.param("hyperscan", marks=needs_hyperscan), "aho-corasick"])
def test_decoy_hides_only_what_it_covers(backend: str) -> None:
    pf = Prefilter(ANCHORS, DECOYS, backend=backend)
    assert not pf.check(b"avoid a race condition in the lock")
    assert not pf.check(b"RaceCondition_t x;")
    assert not pf.check(b"stack trace; politically neutral")
    assert pf.check(b"avoid a race condition; classify race from faces")  # a second, bare occurrence
    assert pf.check(b"big data race analytics")  # not a decoy
    assert pf.check(b"latino hispanic")


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="backend"):
        Prefilter(ANCHORS, DECOYS, backend="grep")


def test_packaged_decoys_keep_the_sense_we_look_for(ruleset: CompiledRuleSet) -> None:
    """The packaged decoys drop concurrency wording, not the claims."""
    assert not ruleset.prefilter(b"/* avoid race conditions when two threads take the lock */")
    assert ruleset.prefilter(b"/* race condition */ int race; /* the subject's race */")
    assert ruleset.prefilter(b"The camera detects race conditions and the race of each person")
    assert not ruleset.prefilter(b"unicodedata.east_asian_width(ch) returns the East Asian Width")
    assert not ruleset.prefilter("a race\u00a0condition; data races; a race-free queue; race\ncondition".encode())
    assert ruleset.prefilter(b"big data race analytics")  # "data race" alone is not a decoy
    assert ruleset.prefilter(b"east_asian_width(ch); labels: east_asian, white, black")


def test_text_prefilter_windows_miss_nothing_at_their_edges(ruleset: CompiledRuleSet) -> None:
    """Extracted text is matched in overlapping windows: a term across a window edge is found,
    and its boundary is checked against the whole text."""
    from redline.rules.match import _TEXT_WINDOW

    for shift in range(-12, 3):
        text = "a" * (_TEXT_WINDOW + shift) + " ethnicity " + "b" * 100
        assert ruleset.prefilter_text(text), shift
        glued = "a" * (_TEXT_WINDOW + shift) + "ethnicity" + "b" * 100  # inside a word: no hit
        assert not ruleset.prefilter_text(glued), shift
