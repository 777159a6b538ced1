"""Fixtures for the formatter tests: the sample results of report_samples.py."""

from __future__ import annotations

import pytest
from report_samples import build_meta, build_results

from redline.model import DocumentResult
from redline.report import ReportMeta


@pytest.fixture
def sample_results() -> list[DocumentResult]:
    return build_results()


@pytest.fixture
def meta() -> ReportMeta:
    return build_meta()
