"""The watch command line: add/import/list/pause/resume/remove, notify, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from redline.cli import main
from redline.watch.schedule import format_interval, next_due, parse_interval

VENDORS = """\
version: 1
defaults:
  every: 12h
  tags: [batch:1]
sources:
  - url: http://127.0.0.1:9/a
    name: Vendor A
    tags: [vendor:a]
  - url: http://127.0.0.1:9/b
    every: 30m
    depth: 1
"""


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_sources_from_the_command_line(store_url: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    store = ["--database-url", store_url, "--data-dir", str(tmp_path)]
    vendors = tmp_path / "vendors.yaml"
    vendors.write_text(VENDORS, encoding="utf-8")
    assert main(["watch", "import", str(vendors), *store]) == 0
    assert "2 source(s) added, 0 updated" in capsys.readouterr().out
    rows = _json(capsys, "watch", "list", "--format", "json", *store)
    assert [(r["name"], r["every"], r["tags"], r["depth"]) for r in rows] == [  # type: ignore[union-attr]
        ("Vendor A", "12h", ["batch:1", "vendor:a"], 0), (None, "30m", ["batch:1"], 1)]
    vendors.write_text(VENDORS.replace("every: 12h", "every: 1d"), encoding="utf-8")
    assert main(["watch", "import", str(vendors), *store]) == 0
    assert "0 source(s) added, 2 updated" in capsys.readouterr().out
    assert main(["watch", "add", "http://127.0.0.1:9/a", *store]) == 5  # already watched
    assert main(["watch", "add", "ftp://x/y", *store]) == 5
    assert main(["watch", "pause", "Vendor A", *store]) == 0
    rows = _json(capsys, "watch", "list", "--format", "json", "--tag", "vendor:a", *store)
    assert [r["paused"] for r in rows] == [True]  # type: ignore[union-attr]
    assert main(["watch", "resume", "Vendor A", *store]) == 0
    assert main(["watch", "remove", "http://127.0.0.1:9/b", *store]) == 0
    assert main(["watch", "remove", "no-such-source", *store]) == 5
    capsys.readouterr()
    rows = _json(capsys, "watch", "list", "--format", "json", *store)
    assert [(r["name"], r["paused"]) for r in rows] == [("Vendor A", False)]  # type: ignore[union-attr]
    assert main(["watch", "list", *store]) == 0
    assert "Vendor A" in capsys.readouterr().out


def test_bad_input_gets_clear_errors(store_url: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    store = ["--database-url", store_url, "--data-dir", str(tmp_path)]
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - url: http://127.0.0.1:9/a\n    evry: 6h\n", encoding="utf-8")
    assert main(["watch", "import", str(bad), *store]) == 5
    assert "evry" in capsys.readouterr().err
    assert main(["watch", "add", "http://127.0.0.1:9/a", "--every", "soon", *store]) == 5
    assert main(["events", "--kind", "vanished", *store]) == 5
    assert main(["events", "--source", "no-such-vendor", *store]) == 5
    assert main(["notify", "remove", "99", *store]) == 5
    assert main(["evidence", "0123456789abcdef", "-o", str(tmp_path / "x.wacz"), *store]) == 5
    assert "no finding" in capsys.readouterr().err
    assert main(["notify", "add", "nonsense-scheme-xyz://x", *store]) == 5
    assert main(["notify", "add", "json://user:hunter2@127.0.0.1:9/hook", *store]) == 0
    listed = _json(capsys, "notify", "list", "--format", "json", *store)
    assert "hunter2" not in json.dumps(listed)
    assert _json(capsys, "events", "--format", "json", *store) == []


def test_intervals_and_schedule() -> None:
    from datetime import UTC, datetime, timedelta

    assert parse_interval("6h") == 21600 and parse_interval("1h30m") == 5400 and parse_interval("90") == 90
    assert format_interval(parse_interval("1d2h")) == "1d2h"
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    every = 3600
    assert next_due(t0, every, t0 + timedelta(minutes=5)) == t0 + timedelta(hours=1)
    # A run that was late does not pile up missed runs: the next slot after now.
    assert next_due(t0, every, t0 + timedelta(hours=5, minutes=1)) == t0 + timedelta(hours=6)
