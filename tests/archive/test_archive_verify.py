"""`redline archive check`: every digest re-verified; tampering and truncation are reported."""

from __future__ import annotations

import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest

from redline.archive.verify import verify_path
from redline.archive.wacz import export_wacz
from redline.cli import main

ROOT = Path(__file__).resolve().parents[2]
WARCIO = ROOT / ".venv" / "bin" / "warcio"


def _tamper(path: Path, offset: int, old: bytes, new: bytes) -> None:
    """Rewrite the gzip member at ``offset`` with ``old`` replaced by ``new`` (same length)."""
    data = path.read_bytes()
    d = zlib.decompressobj(31)
    text = d.decompress(data[offset:])
    end = len(data) - len(d.unused_data)
    assert old in text
    text = text.replace(old, new)
    c = zlib.compressobj(6, zlib.DEFLATED, 31)
    path.write_bytes(data[:offset] + c.compress(text) + c.flush() + data[end:])


def test_clean_file_passes(small_warc, capsys):
    path, _ = small_warc
    report = verify_path(path)
    assert report.ok and report.records == 7 and report.digests_checked == 7
    assert not report.warnings
    assert main(["archive", "check", str(path)]) == 0
    assert "7 records, 7 with verified digests" in capsys.readouterr().out


def test_changed_payload_is_reported_with_offset_record_id_and_digest(small_warc, capsys):
    path, recs = small_warc
    target = recs[1]  # the API page
    _tamper(path, target.offset, b"Uyghur", b"Uyghux")
    report = verify_path(path)
    assert not report.ok
    bad = {(p.offset, p.record_id) for p in report.problems}
    assert bad == {(target.offset, target.record_id)}
    messages = " ".join(p.message for p in report.problems)
    assert "payload digest failed" in messages and "block digest failed" in messages
    assert target.payload_digest in messages
    assert main(["archive", "check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"offset {target.offset}" in out and target.record_id in out
    # the independent checker agrees
    assert subprocess.run([str(WARCIO), "check", str(path)], capture_output=True).returncode != 0


def test_changed_header_block_is_reported(small_warc):
    path, recs = small_warc
    _tamper(path, recs[0].offset, b"Content-Type: text/html", b"Content-Type: text/htm!")
    report = verify_path(path)
    assert [p.record_id for p in report.problems] == [recs[0].record_id]
    assert "block digest failed" in report.problems[0].message


def test_truncated_file_is_reported(small_warc):
    path, recs = small_warc
    data = path.read_bytes()
    path.write_bytes(data[:-25])
    report = verify_path(path)
    assert not report.ok
    assert report.records >= 5


def test_garbage_is_reported(tmp_path):
    p = tmp_path / "x.warc.gz"
    p.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    assert not verify_path(p).ok
    assert main(["archive", "check", str(tmp_path / "missing.warc.gz")]) == 1


def test_wacz_hashes_and_members_are_verified(small_warc, tmp_path):
    path, recs = small_warc
    wacz = export_wacz([path], tmp_path / "ok.wacz")
    report = verify_path(wacz)
    assert report.ok, [str(p) for p in report.problems]
    assert report.files_checked == 3 and report.records == 7

    # swap the WARC inside for a tampered copy, keeping datapackage.json as it was
    bad_warc = tmp_path / "small.warc.gz"
    bad_warc.write_bytes(path.read_bytes())
    _tamper(bad_warc, recs[2].offset, b"cameras", b"camerax")
    bad = tmp_path / "bad.wacz"
    with zipfile.ZipFile(wacz) as src, zipfile.ZipFile(bad, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            data = bad_warc.read_bytes() if info.filename == "archive/small.warc.gz" else src.read(info)
            dst.writestr(info, data)
    report = verify_path(bad)
    msgs = [str(p) for p in report.problems]
    assert any("archive/small.warc.gz: hash mismatch" in m for m in msgs), msgs
    assert any(recs[2].record_id in m and "digest failed" in m for m in msgs), msgs

    # a datapackage.json edited after the fact no longer matches datapackage-digest.json
    edited = tmp_path / "edited.wacz"
    with zipfile.ZipFile(wacz) as src, zipfile.ZipFile(edited, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "datapackage.json":
                data = data.replace(b'"title"', b'"titl"') if b'"title"' in data else data + b" "
            dst.writestr(info, data)
    msgs = [str(p) for p in verify_path(edited).problems]
    assert any("datapackage.json hash mismatch" in m for m in msgs), msgs


@pytest.mark.parametrize("extra", ["unlisted.txt"])
def test_wacz_with_unlisted_file_fails(small_warc, tmp_path, extra):
    path, _ = small_warc
    wacz = export_wacz([path], tmp_path / "ok.wacz")
    with zipfile.ZipFile(wacz, "a") as zf:
        zf.writestr(extra, b"smuggled")
    msgs = [str(p) for p in verify_path(wacz).problems]
    assert any(extra in m and "not listed" in m for m in msgs)
