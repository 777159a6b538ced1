"""`redline capture` and `redline archive` from the command line (main(argv) -> exit code)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from redline.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_capture_then_check_then_export(site, tmp_path, capsys):
    out = tmp_path / "caps"
    code = main(["capture", site.url("/products/face.html"), site.url("/old"), "--out", str(out),
                 "--allow-private", "--rate", "0", "--warc-name", "c.warc.gz"])
    assert code == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1] == str(out / "c.warc.gz")
    assert lines[0].startswith("200 " + site.url("/products/face.html"))
    assert f"-> {site.url('/products/face.html')}" in lines[1]

    assert main(["archive", "check", str(out / "c.warc.gz")]) == 0
    assert "ok   " in capsys.readouterr().out

    wacz = tmp_path / "share.wacz"
    assert main(["archive", "export", "--wacz", str(wacz), str(out), "--title", "X1 camera"]) == 0
    assert capsys.readouterr().out.strip() == str(wacz)
    assert main(["archive", "check", str(wacz)]) == 0
    proc = subprocess.run([str(ROOT / ".venv/bin/wacz"), "validate", "-f", str(wacz)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def test_refusals_exit_3_and_are_explained(site, tmp_path, capsys):
    code = main(["capture", site.url("/"), "http://10.0.0.1/", "--out", str(tmp_path), "--json",
                 "--rate", "0"])
    assert code == 3
    result = json.loads(capsys.readouterr().out)
    errors = [p["error"] for p in result["pages"]]
    assert "loopback" in errors[0] and "--allow-private" in errors[0]
    assert "private address 10.0.0.1" in errors[1]


def test_robots_override_and_depth_flags(site, tmp_path, capsys):
    code = main(["capture", site.url("/private/internal.html"), "--out", str(tmp_path),
                 "--allow-private", "--ignore-robots", "--rate", "0", "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["pages"][0]["status"] == 200
    assert main(["capture", site.url("/"), "--depth", "-1", "--out", str(tmp_path)]) == 5
    assert main(["capture", site.url("/"), "--scope", "(", "--out", str(tmp_path)]) == 5


def test_archive_check_fails_on_a_damaged_file(tmp_path, capsys):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"not a warc")
    assert main(["archive", "check", str(bad)]) == 1
    assert "FAIL" in capsys.readouterr().out
