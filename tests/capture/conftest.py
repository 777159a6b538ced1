"""Fixtures for capture tests: the loopback vendor site (vendor_site.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from vendor_site import VendorSite, start_site  # noqa: E402


@pytest.fixture(scope="module")
def site() -> Iterator[VendorSite]:
    s, server, thread = start_site()
    yield s
    server.shutdown()
    server.server_close()
    thread.join(5)
