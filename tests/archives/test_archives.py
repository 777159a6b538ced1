"""Archive expansion through the pipeline: formats, nesting, limits, bombs and corrupt input."""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import lzma
import random
import tarfile
import tracemalloc
import zipfile

import pytest
import zstandard

from redline.limits import Limits
from redline.model import Document
from redline.pipeline import scan_tree
from redline.sources import containers
from redline.sources.archives import ARCHIVE_TYPES

CLAIM = b"Our camera detects Uyghur ethnicity from the face in real time.\n"
PLAIN = b"nothing to see here\n"
NOISE = random.Random(0).randbytes(8000)
CLAIM_SHA = hashlib.sha256(CLAIM).hexdigest()


def ok(result) -> bool:
    """The member was read whole and scanned (findings depend on the loaded rule packs)."""
    return result.error is None and result.sha256 == CLAIM_SHA


def make_zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))  # reproducible bytes
            info.compress_type = method
            zf.writestr(info, data)
    return buf.getvalue()


def make_tar(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def run(uri: str, data: bytes, ruleset, limits: Limits | None = None) -> list:
    return list(scan_tree(Document(uri=uri, data=data), ruleset, limits or Limits()))


def by_uri(results: list) -> dict:
    return {r.uri: r for r in results}


def test_all_archive_types_are_registered() -> None:
    for mt in ARCHIVE_TYPES:
        assert mt in containers


def test_zip_members_become_documents(ruleset) -> None:
    data = make_zip({"docs/readme.txt": CLAIM, "docs/other.txt": PLAIN, "empty/": b""})
    results = by_uri(run("sdk.zip", data, ruleset))
    assert set(results) == {"sdk.zip!/docs/readme.txt", "sdk.zip!/docs/other.txt"}
    hit = results["sdk.zip!/docs/readme.txt"]
    assert ok(hit)
    assert hit.size == len(CLAIM)
    assert results["sdk.zip!/docs/other.txt"].error is None


def test_nested_archives_get_nested_uris(ruleset) -> None:
    inner_tar_gz = gzip.compress(mtime=0, data=make_tar({"fw/strings.txt": CLAIM}))
    inner = make_zip({"c.txt": CLAIM, "d.tar.gz": inner_tar_gz})
    outer = make_zip({"b.zip": inner, "top.txt": PLAIN})
    results = by_uri(run("a.zip", outer, ruleset))
    assert set(results) == {"a.zip!/b.zip!/c.txt", "a.zip!/b.zip!/d.tar.gz!/fw/strings.txt",
                            "a.zip!/top.txt"}
    assert ok(results["a.zip!/b.zip!/d.tar.gz!/fw/strings.txt"])


@pytest.mark.parametrize("suffix,compress", [
    ("tar", lambda b: b),
    ("tar.gz", gzip.compress),
    ("tar.bz2", bz2.compress),
    ("tar.xz", lzma.compress),
    ("tar.zst", lambda b: zstandard.ZstdCompressor().compress(b)),
])
def test_tar_family(ruleset, suffix: str, compress) -> None:
    data = compress(make_tar({"a/claim.txt": CLAIM, "a/plain.txt": PLAIN}))
    results = by_uri(run(f"fw.{suffix}", data, ruleset))
    assert set(results) == {f"fw.{suffix}!/a/claim.txt", f"fw.{suffix}!/a/plain.txt"}
    assert ok(results[f"fw.{suffix}!/a/claim.txt"])


def test_single_compressed_files(ruleset) -> None:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="stored-name.txt", mode="wb", fileobj=buf) as gz:
        gz.write(CLAIM)
    results = run("x.gz", buf.getvalue(), ruleset)
    assert [r.uri for r in results] == ["x.gz!/stored-name.txt"] and ok(results[0])
    results = run("notes.txt.xz", lzma.compress(CLAIM), ruleset)
    assert [r.uri for r in results] == ["notes.txt.xz!/notes.txt"] and ok(results[0])
    results = run("notes.txt.bz2", bz2.compress(CLAIM) + bz2.compress(PLAIN), ruleset)
    assert [r.uri for r in results] == ["notes.txt.bz2!/notes.txt"]
    assert results[0].size == len(CLAIM) + len(PLAIN)  # both streams read


def test_sevenz(ruleset, tmp_path) -> None:
    py7zr = pytest.importorskip("py7zr")
    path = tmp_path / "sdk.7z"
    with py7zr.SevenZipFile(path, "w") as sz:
        sz.writestr(CLAIM, "doc/claim.txt")
        sz.writestr(make_zip({"inner.txt": CLAIM}), "doc/inner.zip")
    results = by_uri(run("sdk.7z", path.read_bytes(), ruleset))
    assert set(results) == {"sdk.7z!/doc/claim.txt", "sdk.7z!/doc/inner.zip!/inner.txt"}
    assert all(ok(r) for r in results.values())


# --- limits and bombs ----------------------------------------------------------------------


def test_single_member_ratio_bomb_is_a_member_error(ruleset) -> None:
    zeros = b"\x00" * (50 * 1024**2)
    data = make_zip({"a.txt": CLAIM, "bomb.bin": zeros, "z.txt": CLAIM})
    assert len(data) < 100_000  # ~50 KB on disk, ratio ~1030
    tracemalloc.start()
    try:
        results = by_uri(run("bomb.zip", data, ruleset))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    bomb = results["bomb.zip!/bomb.bin"]
    assert bomb.error_kind == "limit" and "max_compression_ratio" in bomb.error
    assert ok(results["bomb.zip!/a.txt"]) and ok(results["bomb.zip!/z.txt"])
    assert "bomb.zip" not in results  # the archive itself is fine
    assert peak < 16 * 1024**2  # refused after ~1 MB of output, never holding 50 MB


@pytest.mark.parametrize("suffix,compress", [
    ("gz", lambda b: gzip.compress(b, mtime=0)),
    ("xz", lzma.compress),
    ("bz2", bz2.compress),
    ("zst", lambda b: zstandard.ZstdCompressor().compress(b)),
])
def test_stream_ratio_bomb_is_an_error_on_the_file(ruleset, suffix: str, compress) -> None:
    data = compress(b"\x00" * (20 * 1024**2))
    tracemalloc.start()
    try:
        results = run(f"big.log.{suffix}", data, ruleset)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [r.uri for r in results] == [f"big.log.{suffix}"]
    assert "max_compression_ratio" in results[0].error
    # refused after ~1 MB of output whatever the codec's ratio (xz's own dictionary is 8 MB)
    assert peak < 16 * 1024**2


def test_nested_bomb_stops_at_the_archive_budget(ruleset) -> None:
    # 42.zip-style: 16 copies per level, 4 levels, 2 MiB leaves -> 128 GiB if fully expanded.
    level = make_zip({"leaf.bin": b"\x01" * (2 * 1024**2)})
    for depth in range(4):
        level = make_zip({f"l{depth}_{i}.zip": level for i in range(16)})
    assert len(level) < 2_000_000
    limits = Limits(max_archive_total_bytes=64 * 1024**2)
    tracemalloc.start()
    try:
        results = run("42.zip", level, ruleset, limits)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(results) < 200
    last = results[-1]
    assert last.uri == "42.zip" and "max_archive_total_bytes" in last.error
    assert peak < 64 * 1024**2


def test_depth_limit(ruleset) -> None:
    data = make_zip({"deep.txt": CLAIM})
    for _ in range(4):
        data = make_zip({"n.zip": data})
    results = run("d.zip", data, ruleset, Limits(max_archive_depth=3))
    assert [r.uri for r in results] == ["d.zip!/n.zip!/n.zip!/n.zip"]
    assert "max_archive_depth" in results[0].error
    results = run("d.zip", data, ruleset, Limits(max_archive_depth=5))
    assert [r.uri for r in results] == ["d.zip!/n.zip!/n.zip!/n.zip!/n.zip!/deep.txt"]


def test_member_count_limit_keeps_earlier_members(ruleset) -> None:
    data = make_zip({f"m{i:02}.txt": CLAIM for i in range(20)})
    results = run("many.zip", data, ruleset, Limits(max_archive_members=5))
    assert [r.uri for r in results[:5]] == [f"many.zip!/m{i:02}.txt" for i in range(5)]
    assert results[5].uri == "many.zip" and "max_archive_members" in results[5].error
    assert len(results) == 6


def test_oversized_member_and_spooled_nested_archive(ruleset) -> None:
    big_text = CLAIM * 2000  # ~130 KB
    inner = make_zip({"x.txt": CLAIM, "pad.bin": bytes(range(256)) * 1024}, zipfile.ZIP_STORED)
    data = make_zip({"big.txt": big_text, "inner.zip": inner})  # deflated: small outside
    results = by_uri(run("o.zip", data, ruleset, Limits(max_document_bytes=100_000)))
    assert "max_document_bytes" in results["o.zip!/big.txt"].error
    # inner.zip (~260 KB) is bigger than max_document_bytes but is an archive: spooled and read
    assert ok(results["o.zip!/inner.zip!/x.txt"])
    assert "max_document_bytes" in results["o.zip!/inner.zip!/pad.bin"].error


def test_big_archive_on_disk_is_streamed_from_its_path(ruleset, tmp_path) -> None:
    path = tmp_path / "big.tar.gz"
    payload = make_tar({"a.txt": CLAIM, "pad.bin": NOISE * 3, "b.txt": CLAIM})
    path.write_bytes(gzip.compress(payload))
    limits = Limits(max_document_bytes=8192)
    assert path.stat().st_size > limits.max_document_bytes  # too big to hold: read from the path
    results = by_uri(scan_tree(Document(uri=str(path), path=str(path)), ruleset, limits))
    assert ok(results[f"{path}!/a.txt"]) and ok(results[f"{path}!/b.txt"])
    assert "max_document_bytes" in results[f"{path}!/pad.bin"].error


# --- corrupt input -------------------------------------------------------------------------


def test_truncated_zip_recovers_members_before_the_cut(ruleset) -> None:
    data = make_zip({"one.txt": CLAIM, "two.txt": CLAIM, "pad.bin": bytes(range(256)) * 64,
                     "three.txt": CLAIM})
    cut = data[: data.index(b"three.txt") + 20]
    results = run("cut.zip", cut, ruleset)
    uris = [r.uri for r in results]
    assert uris[:3] == ["cut.zip!/one.txt", "cut.zip!/two.txt", "cut.zip!/pad.bin"]
    assert ok(results[0]) and ok(results[1])
    assert uris[-1] == "cut.zip" and results[-1].error_kind == "archive"
    assert "3 member(s) recovered" in results[-1].error


def test_crc_mismatch_is_a_member_error(ruleset) -> None:
    data = bytearray(make_zip({"a.txt": CLAIM, "b.txt": CLAIM}, zipfile.ZIP_STORED))
    i = data.index(b"Our camera")
    data[i] = ord("X")
    results = by_uri(run("crc.zip", bytes(data), ruleset))
    assert "CRC mismatch" in results["crc.zip!/a.txt"].error
    assert ok(results["crc.zip!/b.txt"])


@pytest.mark.parametrize("uri,data", [
    ("junk.zip", b"PK\x03\x04" + b"\xff" * 200),
    ("cut.tar.gz", gzip.compress(mtime=0, data=make_tar({"a.txt": CLAIM, "b.bin": NOISE}))[:3000]),
    ("junk.gz", b"\x1f\x8b\x08\x00" + b"\x00" * 6 + b"garbage" * 20),
    ("junk.xz", b"\xfd7zXZ\x00" + b"\x01" * 100),
    ("junk.7z", b"7z\xbc\xaf\x27\x1c" + b"\x00" * 50),
    ("cut.tar", make_tar({"a.txt": CLAIM * 100})[:700]),
    ("cut.tar.zst", zstandard.ZstdCompressor().compress(make_tar({"a.txt": CLAIM, "b.bin": NOISE}))[:-200]),
    ("cut.tar.bz2", bz2.compress(make_tar({"a.txt": CLAIM, "b.bin": NOISE}))[:-200]),
])
def test_corrupt_archives_are_per_document_errors(ruleset, uri: str, data: bytes) -> None:
    results = run(uri, data, ruleset)
    assert results[-1].uri == uri
    assert results[-1].error_kind == "archive", results[-1].error
    assert uri in results[-1].error


def test_nested_corrupt_archive_does_not_stop_siblings(ruleset) -> None:
    data = make_zip({"bad.zip": b"PK\x03\x04" + b"\xff" * 200, "ok.txt": CLAIM})
    results = by_uri(run("outer.zip", data, ruleset))
    assert results["outer.zip!/bad.zip"].error_kind == "archive"
    assert ok(results["outer.zip!/ok.txt"])
    assert "outer.zip" not in results


# --- golden reports ------------------------------------------------------------------------


def _report(results: list) -> list:
    from redline.report.json import result_to_dict

    return [result_to_dict(r) for r in results]


def test_golden_nested_archives(ruleset, golden) -> None:
    inner_tar_gz = gzip.compress(mtime=0, data=make_tar({"fw/strings.txt": CLAIM}))
    inner = make_zip({"c.txt": CLAIM, "d.tar.gz": inner_tar_gz})
    data = make_zip({"b.zip": inner, "top.txt": PLAIN})
    golden("archives/nested.zip", _report(run("a.zip", data, ruleset)))


def test_golden_bombs_and_corrupt(ruleset, golden) -> None:
    bomb = make_zip({"a.txt": CLAIM, "bomb.bin": b"\x00" * (50 * 1024**2)})
    level = make_zip({"leaf.bin": b"\x01" * (2 * 1024**2)})
    for depth in range(3):
        level = make_zip({f"l{depth}_{i}.zip": level for i in range(4)})
    full = make_zip({"one.txt": CLAIM, "two.txt": CLAIM, "three.txt": CLAIM})
    cut = full[: full.index(b"three.txt") + 20]
    golden("archives/bombs_and_corrupt", {
        "bomb.zip": _report(run("bomb.zip", bomb, ruleset)),
        "nested-bomb.zip": _report(run("nested-bomb.zip", level, ruleset,
                                       Limits(max_archive_total_bytes=16 * 1024**2))),
        "cut.zip": _report(run("cut.zip", cut, ruleset)),
    })


def test_sevenz_bomb_is_refused_on_the_archive(ruleset, tmp_path) -> None:
    py7zr = pytest.importorskip("py7zr")
    path = tmp_path / "bomb.7z"
    with py7zr.SevenZipFile(path, "w") as sz:
        sz.writestr(b"\x00" * (8 * 1024**2), "zeros.bin")
    assert path.stat().st_size < 8 * 1024  # LZMA2: ratio in the thousands
    results = run("bomb.7z", path.read_bytes(), ruleset)
    assert [r.uri for r in results] == ["bomb.7z"]
    assert "max_compression_ratio" in results[0].error


def test_gbk_member_names_without_utf8_flag(ruleset) -> None:
    # Chinese zip tools write GBK names without the UTF-8 flag; zipfile reads them as cp437.
    name = "人脸识别SDK/说明.txt"
    raw = name.encode("gbk")
    placeholder = "x" * len(raw)
    data = make_zip({placeholder: CLAIM}).replace(placeholder.encode(), raw)  # no UTF-8 flag
    results = run("sdk.zip", data, ruleset)
    assert [r.uri for r in results] == [f"sdk.zip!/{name}"] and ok(results[0])


def test_members_keep_the_warc_record_of_their_archive(ruleset) -> None:
    data = make_zip({"n.zip": make_zip({"claim.txt": CLAIM}), "bad.zip": b"PK\x03\x04junk"})
    doc = Document(uri="https://vendor.example/sdk.zip", data=data, record_id="<urn:uuid:1234>",
                   record_offset=4096, fetched_at="2026-01-01T00:00:00Z")
    results = {r.uri: r for r in scan_tree(doc, ruleset, Limits())}
    hit = results["https://vendor.example/sdk.zip!/n.zip!/claim.txt"]
    assert ok(hit) and hit.record_id == "<urn:uuid:1234>" and hit.findings
    assert all(f.location.record_id == "<urn:uuid:1234>" and f.location.record_offset == 4096
               for f in hit.findings)
    assert results["https://vendor.example/sdk.zip!/bad.zip"].record_id == "<urn:uuid:1234>"
