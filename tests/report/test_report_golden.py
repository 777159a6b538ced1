"""Golden reports: the bundled examples/ scanned with the packaged rules, and the SARIF and CSV
renderings of the hand-built sample results.

Regenerate with ``pytest --update-golden tests/report/test_report_golden.py`` and review the
diff like code: a change here is a change in what redline tells its users.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from redline.limits import Limits
from redline.model import Document
from redline.pipeline import scan
from redline.report import formatters
from redline.report.json import result_to_dict
from redline.report.sarif import to_sarif
from redline.sources.files import FileSource

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
EXAMPLE_FILES = sorted(p.relative_to(EXAMPLES).as_posix() for p in EXAMPLES.rglob("*")
                       if p.is_file() and p.name != "README.md")


def test_examples_are_all_covered() -> None:
    assert len(EXAMPLE_FILES) >= 7
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for name in EXAMPLE_FILES:
        assert f"`{name}`" in readme, f"examples/README.md does not describe {name}"


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_example_report(name: str, ruleset, golden) -> None:
    # The uri is relative so the fingerprints (which cover the uri) do not depend on where the
    # repository is checked out.
    doc_in = Document(uri=f"examples/{name}", path=str(EXAMPLES / name))
    results = list(scan([doc_in], ruleset, Limits()))
    assert len(results) == 1
    doc = result_to_dict(results[0])
    golden(f"examples/{name.replace('/', '__')}", doc)


def test_sample_sarif(sample_results, meta, golden) -> None:
    golden("report/sample.sarif", to_sarif(sample_results, meta))


def test_sample_csv(sample_results, meta, golden) -> None:
    buf = io.StringIO(newline="")
    formatters.get("csv")().write(iter(sample_results), buf, meta)
    golden("report/sample.csv", list(csv.reader(io.StringIO(buf.getvalue(), newline=""))))


# What a careful reader says each example shows (examples/README.md). A known miss gets
# xfail(strict=True) with the issue number, so fixing it makes this test ask to drop the marker.
EXPECTED_STANCE = [
    ("product-page.zh.html", "capability"),
    ("face-attributes-api.json", "capability"),
    ("sdk/ev_face_sdk.h", "capability"),
    ("news-report.md", "reporting"),
    ("vendor-statement.txt", "disclaimer"),
    ("census-form.txt", "none"),
    ("horse-racing.html", "none"),
]


@pytest.mark.parametrize(("name", "stance"), EXPECTED_STANCE)
def test_example_stance(name: str, stance: str, ruleset) -> None:
    (result,) = scan(FileSource([str(EXAMPLES / name)]).documents(), ruleset, Limits())
    assert result.error is None
    assert result.verdict.stance.value == stance
    if stance == "capability":
        assert any(f.suppressed is None for f in result.findings)
