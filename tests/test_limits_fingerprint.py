from __future__ import annotations

import pytest

from redline.errors import LimitExceeded, UsageError
from redline.fingerprint import assign, fingerprint
from redline.limits import Limits
from redline.model import Finding, Locator, Trait


def test_limit_overrides_parse_suffixes() -> None:
    lim = Limits().with_overrides(["max_document_bytes=2M", "extract-seconds=1.5"])
    assert lim.max_document_bytes == 2 * 1024**2
    assert lim.extract_seconds == 1.5


@pytest.mark.parametrize("bad", ["nope=1", "max_document_bytes", "max_document_bytes=abc"])
def test_limit_overrides_reject_bad(bad: str) -> None:
    with pytest.raises(UsageError):
        Limits().with_overrides([bad])


def test_limit_message_names_setting() -> None:
    msg = str(LimitExceeded("max_archive_members", 20_000, 10_000))
    assert "max_archive_members" in msg and "20,000" in msg and "--limit" in msg


def _f(line: int, offset: int, ev: str = "Uyghur") -> Finding:
    return Finding(rule="r1", trait=Trait.RACE_ETHNICITY, evidence=ev,
                   location=Locator(line=line, offset=offset))


def test_fingerprint_ignores_position_but_not_content() -> None:
    a = assign([_f(3, 40)], "u")[0].fingerprint
    b = assign([_f(10, 400)], "u")[0].fingerprint
    assert a == b
    assert assign([_f(3, 40, "Tibetan")], "u")[0].fingerprint != a
    assert assign([_f(3, 40)], "other-uri")[0].fingerprint != a


def test_fingerprint_numbers_repeats() -> None:
    fs = assign([_f(1, 0), _f(5, 100)], "u")
    assert len({f.fingerprint for f in fs}) == 2
    assert fs[0].fingerprint == fingerprint("r1", "race_ethnicity", "uyghur", "u", 0)
