"""Store fixtures (store_fixtures.py): ``store_url`` and ``repo`` on SQLite and PostgreSQL."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from store_fixtures import repo, store_url  # noqa: F401
