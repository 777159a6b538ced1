"""Fixtures for watch tests: the loopback vendor site and webhook receiver (watch_site.py), and
the store fixtures of tests/store (SQLite and PostgreSQL)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))

from store_fixtures import repo, store_url  # noqa: F401
from watch_site import Receiver, VendorSite, start_receiver, start_site


@pytest.fixture
def vendor_site() -> Iterator[VendorSite]:
    site, server, th = start_site()
    yield site
    site.release.set()
    server.shutdown()
    server.server_close()
    th.join(5)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rcv, server, th = start_receiver()
    yield rcv
    server.shutdown()
    server.server_close()
    th.join(5)
