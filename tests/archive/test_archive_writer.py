"""The WARC writer: digests, gzip per record, append-only, and crash safety under kill -9."""

from __future__ import annotations

import gzip
import hashlib
import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

from archive_fixtures import PAGES, fixed_writer, write_pages
from warcio.archiveiterator import ArchiveIterator

from redline.archive.verify import verify_path
from redline.archive.writer import WarcWriter, complete_prefix_length

ROOT = Path(__file__).resolve().parents[2]
WARCIO = ROOT / ".venv" / "bin" / "warcio"


def _members(path: Path) -> list[tuple[int, bytes]]:
    """(offset, decompressed bytes) of every gzip member, read independently."""
    data = path.read_bytes()
    out, pos = [], 0
    while pos < len(data):
        d = zlib.decompressobj(31)
        text = d.decompress(data[pos:])
        assert d.eof, f"gzip member at {pos} is incomplete"
        out.append((pos, text))
        pos = len(data) - len(d.unused_data)
    return out


def test_every_record_is_its_own_gzip_member_with_sha256_digests(small_warc):
    path, recs = small_warc
    members = _members(path)
    # warcinfo + (response + request) per page, one member each, at the offsets the writer returned
    assert len(members) == 1 + 2 * len(PAGES)
    offsets = [o for o, _ in members]
    assert [r.offset for r in recs] == [offsets[1 + 2 * i] for i in range(len(PAGES))]
    for _, text in members:
        head, _, rest = text.partition(b"\r\n\r\n")
        fields = dict(line.split(": ", 1) for line in head.decode().split("\r\n")[1:])
        length = int(fields["Content-Length"])
        block = rest[:length]
        assert rest[length:] == b"\r\n\r\n"
        assert fields["WARC-Block-Digest"] == "sha256:" + hashlib.sha256(block).hexdigest()
        if fields["WARC-Type"] in ("response", "request"):
            payload = block.split(b"\r\n\r\n", 1)[1]
        else:
            payload = block
        assert fields["WARC-Payload-Digest"] == "sha256:" + hashlib.sha256(payload).hexdigest()


def test_fixed_ids_and_dates_make_output_reproducible(tmp_path):
    a, b = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    for p in (a, b):
        with fixed_writer(p) as w:
            write_pages(w)
    # identical except the WARC-Filename field of the warcinfo record
    ma, mb = _members(a), _members(b)
    assert [t for _, t in ma[1:]] == [t for _, t in mb[1:]]
    assert b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>" in ma[1][1]
    assert b"WARC-Date: 2026-01-02T03:04:05.000000Z" in ma[1][1]


def test_warcio_reads_and_checks_the_file(small_warc):
    path, recs = small_warc
    proc = subprocess.run([str(WARCIO), "check", "-v", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("digest pass") == 1 + 2 * len(PAGES)
    with open(path, "rb") as fh:
        bodies = {r.rec_headers.get_header("WARC-Target-URI"): r.content_stream().read()
                  for r in ArchiveIterator(fh) if r.rec_type == "response"}
    assert bodies == {u: h.encode() for u, h in PAGES.items()}


def test_reopening_appends_and_never_rewrites(small_warc):
    path, _ = small_warc
    before = path.read_bytes()
    with fixed_writer(path) as w:  # no second warcinfo for an existing file
        rec = w.write_record("resource", b"later", target_uri="urn:note:x", content_type="text/plain")
    after = path.read_bytes()
    assert after.startswith(before)
    assert rec.offset == len(before)
    assert len(_members(path)) == 1 + 2 * len(PAGES) + 1
    assert verify_path(path).ok


def test_header_values_cannot_inject_fields(tmp_path):
    path = tmp_path / "inj.warc.gz"
    with fixed_writer(path) as w:
        w.write_record("resource", b"x", target_uri="urn:x\r\nWARC-Type: forged", content_type="text/plain")
    text = gzip.decompress(path.read_bytes())
    assert b"\r\nWARC-Type: forged" not in text
    assert verify_path(path).ok


_CRASH_WRITER = r"""
import os, sys
from redline.archive.writer import WarcWriter
w = WarcWriter(sys.argv[1])
blob = os.urandom(256 * 1024)  # incompressible, so each write takes a while
print("started", flush=True)
i = 0
while True:
    w.write_record("resource", blob + str(i).encode(), target_uri=f"urn:blob:{i}",
                   content_type="application/octet-stream")
    i += 1
"""


def test_kill_9_mid_write_leaves_a_valid_file(tmp_path):
    path = tmp_path / "crash.warc.gz"
    script = tmp_path / "writer.py"
    script.write_text(_CRASH_WRITER)
    for delay in (0.05, 0.15, 0.3):
        proc = subprocess.Popen([sys.executable, str(script), str(path)], stdout=subprocess.PIPE)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"started"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        # Linux may stop a large write(2) between pages on SIGKILL: at most the final record can
        # be torn, and it must be named as such. The next writer opened on the file removes it.
        report = verify_path(path)
        if not report.ok:
            size = path.stat().st_size
            torn_at = complete_prefix_length(path)
            assert torn_at < size
            assert {p.offset for p in report.problems} == {torn_at}, [str(p) for p in report.problems]
            WarcWriter(path).close()  # recovery: cuts the torn final record
            assert path.stat().st_size < size
            report = verify_path(path)
        assert report.ok, [str(p) for p in report.problems]
        assert report.records >= 2
        checked = subprocess.run([str(WARCIO), "check", str(path)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout
    # every member is complete: no torn record at the end
    members = _members(path)
    assert len(members) == report.records


def test_a_torn_final_record_is_named_and_removed_by_the_next_writer(tmp_path):
    path = tmp_path / "torn.warc.gz"
    with WarcWriter(path) as w:
        w.write_record("resource", b"first", target_uri="urn:x:1", content_type="text/plain")
        w.write_record("resource", os.urandom(200_000), target_uri="urn:x:2",
                       content_type="application/octet-stream")
    whole = path.read_bytes()
    cut = complete_prefix_length(path)
    assert cut == len(whole)
    path.write_bytes(whole[:-5000])  # what a write stopped by SIGKILL between pages leaves
    report = verify_path(path)
    torn_at = complete_prefix_length(path)
    assert not report.ok and {p.offset for p in report.problems} == {torn_at}
    WarcWriter(path).close()
    assert path.stat().st_size == torn_at
    report = verify_path(path)
    assert report.ok and report.records == 2  # warcinfo + the first resource

