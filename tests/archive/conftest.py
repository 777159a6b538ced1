from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import PAGES, fixed_writer, write_pages

__all__ = ["PAGES", "fixed_writer", "write_pages"]


@pytest.fixture
def small_warc(tmp_path: Path) -> tuple[Path, list]:
    path = tmp_path / "small.warc.gz"
    with fixed_writer(path) as w:
        recs = write_pages(w)
    return path, recs
