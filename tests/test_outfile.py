"""Output files are replaced atomically when they are files, and written in place otherwise.

`redline scan -o /dev/null` once renamed its finished report over /dev/null: as root that
replaced the device with an empty regular file for every program on the machine. A FIFO stands
in for the device here (a test must not risk /dev/null): a rename would turn it into a regular
file and its reader would see nothing.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from redline.cli import main
from redline.outfile import atomic_target, text_output


def _read_fifo(path: Path, out: list[bytes]) -> threading.Thread:
    def run() -> None:
        with open(path, "rb") as fh:  # blocks until the writer opens it
            out.append(fh.read())

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this platform")
    p = tmp_path / "pipe"
    os.mkfifo(p)
    return p


def test_a_pipe_is_written_in_place_and_stays_a_pipe(fifo: Path) -> None:
    got: list[bytes] = []
    t = _read_fifo(fifo, got)
    assert atomic_target(fifo) is None
    with text_output(fifo) as fh:
        fh.write("report\n")
    t.join(5)
    assert got == [b"report\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert not (fifo.parent / "pipe.part").exists()


def test_scan_report_to_a_pipe(fifo: Path, tmp_path: Path) -> None:
    doc = tmp_path / "page.txt"
    doc.write_text("Our camera estimates the ethnicity of every face it sees.", encoding="utf-8")
    got: list[bytes] = []
    t = _read_fifo(fifo, got)
    code = main(["scan", str(doc), "--format", "json", "-o", str(fifo), "--fail-on", "never", "--no-progress"])
    t.join(10)
    assert code == 0
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    report = json.loads(got[0])
    assert report["documents"][0]["verdict"]["stance"] == "capability"


def test_a_file_is_replaced_whole_and_a_link_to_it_kept(tmp_path: Path) -> None:
    real = tmp_path / "report.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    with text_output(link) as fh:
        fh.write("new")
        assert real.read_text(encoding="utf-8") == "old"  # nobody sees half a report
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_a_failed_write_leaves_the_old_file_and_no_part(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    out.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), text_output(out) as fh:
        fh.write("half")
        raise RuntimeError("interrupted")
    assert out.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_report_written_into_the_scanned_folder_is_not_scanned(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "page.txt").write_text("Our camera estimates the ethnicity of every face.", encoding="utf-8")
    out = tmp_path / f"report.{fmt}"
    out.write_text('{"old": "report from the last run, with the word ethnicity"}', encoding="utf-8")
    code = main(["scan", str(tmp_path), "--format", fmt, "-o", str(out), "--fail-on", "never", "--no-progress"])
    assert code == 0
    text = out.read_text(encoding="utf-8")
    docs = (json.loads(text)["documents"] if fmt == "json"
            else [json.loads(line) for line in text.splitlines() if '"uri"' in line])
    uris = [d["uri"] for d in docs]
    assert any(u.endswith("page.txt") for u in uris)
    assert not any("report." in u for u in uris), uris
