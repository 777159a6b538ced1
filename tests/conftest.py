"""Shared test helpers: data paths, golden files, a network guard, the compiled rule set."""

from __future__ import annotations

import ipaddress
import json
import socket
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/* from current output")


def data_path(*parts: str) -> Path:
    return DATA.joinpath(*parts)


@pytest.fixture(scope="session")
def ruleset():
    from redline.rules import load_rules

    return load_rules()


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """``golden(name, obj)``: compare canonical JSON with tests/golden/NAME.json."""
    update = request.config.getoption("--update-golden")

    def check(name: str, obj: object) -> None:
        path = GOLDEN / f"{name}.json"
        text = json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        if update or not path.exists():
            if not update:
                pytest.fail(f"golden file {path} missing; run pytest --update-golden and review it")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return
        expected = path.read_text(encoding="utf-8")
        if expected != text:
            import difflib

            diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                                 "golden", "actual"))
            pytest.fail(f"output differs from {path} (pytest --update-golden to accept):\n{diff}")

    return check


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = address[0]
        if host in ("localhost", ""):
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False
    return True  # AF_UNIX paths


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse any connection that is not to loopback, so no test reaches the network."""

    def guarded(self: socket.socket, address: object):  # type: ignore[no-untyped-def]
        if not _is_local(address):
            raise OSError(f"test tried to connect to non-loopback address {address!r}")
        return _real_connect(self, address)

    def guarded_ex(self: socket.socket, address: object):  # type: ignore[no-untyped-def]
        if not _is_local(address):
            raise OSError(f"test tried to connect to non-loopback address {address!r}")
        return _real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_ex)
