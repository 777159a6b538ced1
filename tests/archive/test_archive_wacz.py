"""WACZ export: layout per WACZ 1.1, accepted by the `wacz validate` command, optional signing."""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from redline.archive.verify import verify_path
from redline.archive.wacz import export_wacz
from redline.cli import main

ROOT = Path(__file__).resolve().parents[2]
WACZ = ROOT / ".venv" / "bin" / "wacz"


def _validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(WACZ), "validate", "-f", str(path)], capture_output=True, text=True)


def test_layout_hashes_index_and_pages(small_warc, tmp_path):
    path, recs = small_warc
    out = export_wacz([path.parent], tmp_path / "out" / "c.wacz", title="fixture")
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert set(names) == {"archive/small.warc.gz", "indexes/index.cdxj", "pages/pages.jsonl",
                              "datapackage.json", "datapackage-digest.json"}
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
        assert zf.read("archive/small.warc.gz") == path.read_bytes()
        dp = json.loads(zf.read("datapackage.json"))
        assert dp["wacz_version"].startswith("1.1") and dp["title"] == "fixture"
        for res in dp["resources"]:
            data = zf.read(res["path"])
            assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
            assert res["bytes"] == len(data)
        digest = json.loads(zf.read("datapackage-digest.json"))
        assert digest["hash"] == "sha256:" + hashlib.sha256(zf.read("datapackage.json")).hexdigest()
        lines = zf.read("indexes/index.cdxj").decode().splitlines()
        pages = [json.loads(x) for x in zf.read("pages/pages.jsonl").decode().splitlines()]
    assert lines == sorted(lines) and len(lines) == 3  # the three responses
    by_id = {json.loads(x.split(" ", 2)[2])["recordId"]: json.loads(x.split(" ", 2)[2]) for x in lines}
    for rec in recs:
        entry = by_id[rec.record_id]
        assert int(entry["offset"]) == rec.offset and int(entry["length"]) == rec.length
        assert entry["digest"] == rec.payload_digest and entry["status"] == "200"
        assert entry["mime"] == "text/html" and entry["filename"] == "small.warc.gz"
    assert lines[0].startswith("test,vendor)/about.html 20260102030405 ")
    assert pages[0]["format"] == "json-pages-1.0"
    assert {p["url"] for p in pages[1:]} == {r for r in by_id.values() for r in [r["url"]]}


def test_wacz_validate_accepts_it(small_warc, tmp_path):
    path, _ = small_warc
    out = tmp_path / "c.wacz"
    assert main(["archive", "export", "--wacz", str(out), str(path.parent)]) == 0
    proc = _validate(out)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Validation succeeded" in proc.stdout


def test_wacz_validate_rejects_a_tampered_package(small_warc, tmp_path):
    # honest check of the validator itself: it must fail when a hash no longer matches
    path, _ = small_warc
    out = export_wacz([path], tmp_path / "c.wacz")
    bad = tmp_path / "bad.wacz"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(bad, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "pages/pages.jsonl":
                data += b'{"url": "http://vendor.test/forged.html", "ts": "2026-01-01T00:00:00Z"}\n'
            dst.writestr(info, data)
    assert _validate(bad).returncode != 0


def test_signed_export_verifies_and_detects_a_foreign_key(small_warc, tmp_path, monkeypatch):
    pytest.importorskip("cryptography", reason="signing needs the cryptography package")
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from redline.archive.wacz import public_key_b64

    key = ec.generate_private_key(ec.SECP256R1())
    pem = tmp_path / "key.pem"
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
    path, _ = small_warc
    monkeypatch.setenv("REDLINE_SIGNING_KEY", str(pem))
    out = export_wacz([path], tmp_path / "signed.wacz")
    report = verify_path(out, trusted_keys=[public_key_b64(key)])
    assert report.ok and report.signed and report.signature_ok
    assert _validate(out).returncode == 0
    other = ec.generate_private_key(ec.SECP256R1())
    report = verify_path(out, trusted_keys=[public_key_b64(other)])
    assert not report.ok and "not among the trusted keys" in str(report.problems[0])

    # a re-signed datapackage with a forged signature fails
    with zipfile.ZipFile(out) as zf:
        digest = json.loads(zf.read("datapackage-digest.json"))
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    digest["signedData"]["signature"] = digest["signedData"]["signature"][:-8] + "AAAAAAA="
    members["datapackage-digest.json"] = json.dumps(digest).encode()
    forged = tmp_path / "forged.wacz"
    with zipfile.ZipFile(forged, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    report = verify_path(forged)
    assert not report.ok and report.signature_ok is False
