"""The ``builders`` fixture: model-file fixture builders (tests/models/model_fixtures.py)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import model_fixtures


@pytest.fixture
def builders() -> types.ModuleType:
    return model_fixtures
