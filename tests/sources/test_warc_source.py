"""WARC/WACZ reading: records -> Documents, encodings, offsets, truncation, bombs, scan of a WARC.

WARC files are written with warcio's own writer; WACZ packages with the `wacz` package's
`create` command and checked with its `validate` command.
"""

from __future__ import annotations

import gzip
import io
import json
import shutil
import subprocess
import sys
import zlib
from collections import Counter
from pathlib import Path

import brotli
import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from redline.cli import main
from redline.errors import ArchiveFormatError
from redline.limits import Limits
from redline.sources.warc import dechunk, decode_content, iter_warc_documents

CLAIM = "Our face analysis API estimates the ethnicity of each face and flags Uyghur faces."
CLAIM_ZH = "本系统基于人脸识别技术，可自动识别维吾尔族人员并实时报警。"
READERS = ["fastwarc", "warcio"]


def _page(text: str, charset: str = "utf-8") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>t</title></head>'
            f"<body><p>{text}</p></body></html>").encode(charset)


def _write(path: Path, records: list[tuple], *, gz: bool = True) -> Path:
    """records: (kind, uri, body, content_type, extra_http_headers)."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "redline tests"}))
        for kind, uri, body, ctype, extra in records:
            if kind == "resource":
                w.write_record(w.create_warc_record(uri, "resource", payload=io.BytesIO(body),
                                                    warc_content_type=ctype))
                continue
            w.write_record(w.create_warc_record(
                uri, "request", payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "x.example")],
                                              is_http_request=True)))
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                http_headers=http))
    return path


def _records() -> list[tuple]:
    plain = _page("How to set up the camera's storage.")
    claim = _page(CLAIM)
    half = len(claim) // 2
    chunked = b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (half, claim[:half], len(claim) - half, claim[half:])
    return [
        ("response", "http://x.example/plain", plain, "text/html; charset=utf-8", []),
        ("response", "http://x.example/gbk", _page(CLAIM_ZH, "gb18030"), "text/html; charset=GB18030", []),
        ("response", "http://x.example/gzip", gzip.compress(claim), "text/html", [("Content-Encoding", "gzip")]),
        ("response", "http://x.example/br", brotli.compress(claim), "text/html", [("Content-Encoding", "br")]),
        ("response", "http://x.example/zstd", zstandard.ZstdCompressor().compress(claim), "text/html",
         [("Content-Encoding", "zstd")]),
        ("response", "http://x.example/chunked", chunked, "text/html", [("Transfer-Encoding", "chunked")]),
        # stored decoded while the header still says gzip (common in archives): kept as is
        ("response", "http://x.example/stale", claim, "text/html", [("Content-Encoding", "gzip")]),
        ("response", "http://x.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "image/png", []),
        ("resource", "urn:dom:http://x.example/app", claim, "text/html; charset=utf-8", []),
        ("resource", "urn:screenshot:http://x.example/app", b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "image/png", []),
    ]


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("warc")
    return {"gz": _write(d / "site.warc.gz", _records()),
            "plain": _write(d / "site.warc", _records(), gz=False)}


def _warcio_offsets(path: Path) -> dict[str, int]:
    """Record id -> offset, as warcio's own indexer computes them."""
    out = {}
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for rec in it:
            out[rec.rec_headers.get_header("WARC-Record-ID")] = it.get_record_offset()
    return out


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("kind", ["gz", "plain"])
def test_documents_one_per_response_and_dom(warcs: dict[str, Path], reader: str, kind: str) -> None:
    stats: Counter[str] = Counter()
    docs = list(iter_warc_documents(warcs[kind], reader=reader, stats=stats))
    uris = [d.uri for d in docs]
    assert uris == ["http://x.example/plain", "http://x.example/gbk", "http://x.example/gzip",
                    "http://x.example/br", "http://x.example/zstd", "http://x.example/chunked",
                    "http://x.example/stale", "urn:dom:http://x.example/app"]
    claim = _page(CLAIM)
    by_uri = {d.uri: d for d in docs}
    for u in ("gzip", "br", "zstd", "chunked", "stale"):
        assert by_uri[f"http://x.example/{u}"].data == claim, u
    assert by_uri["urn:dom:http://x.example/app"].data == claim
    gbk = by_uri["http://x.example/gbk"]
    assert gbk.charset == "gb18030" and gbk.media_type == "text/html"
    assert gbk.data == _page(CLAIM_ZH, "gb18030")
    assert stats["records.request"] == 8 and stats["records.skipped.media_type"] == 1
    assert stats["records.skipped.resource_type"] == 1
    # record ids and offsets agree with warcio's indexer, and point at the record in the file
    offsets = _warcio_offsets(warcs[kind])
    raw = warcs[kind].read_bytes()
    for d in docs:
        assert d.record_id and d.record_offset == offsets[d.record_id]
        head = raw[d.record_offset:d.record_offset + 4096]
        if kind == "gz":
            head = zlib.decompressobj(31).decompress(head)
        assert head.startswith(b"WARC/1.") and d.record_id.encode() in head[:1024]
        assert d.fetched_at and d.fetched_at.startswith("20")


def test_readers_agree_and_filters(warcs: dict[str, Path]) -> None:
    a = list(iter_warc_documents(warcs["gz"], reader="fastwarc"))
    b = list(iter_warc_documents(warcs["gz"], reader="warcio"))
    assert a == b
    only_text = list(iter_warc_documents(warcs["gz"], media_types=["text/plain"]))
    assert only_text == []
    html = list(iter_warc_documents(warcs["gz"], media_types=["text/*"], record_types=["response"]))
    assert len(html) == 7 and all(d.uri.startswith("http://") for d in html)
    # a byte range: only the records that begin inside it
    mid = a[3].record_offset
    tail = list(iter_warc_documents(warcs["gz"], start=mid))
    assert [d.uri for d in tail] == [d.uri for d in a[3:]]
    head = list(iter_warc_documents(warcs["gz"], end=mid))
    assert [d.uri for d in head] == [d.uri for d in a[:3]]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("kind", ["gz", "plain"])
def test_truncated_file_raises_after_good_records(warcs: dict[str, Path], tmp_path: Path,
                                                  reader: str, kind: str) -> None:
    docs = list(iter_warc_documents(warcs[kind]))
    cut = docs[4].record_offset + 300  # inside the zstd record
    bad = tmp_path / warcs[kind].name
    bad.write_bytes(warcs[kind].read_bytes()[:cut])
    got = []
    with pytest.raises(ArchiveFormatError, match="truncated|corrupt"):
        for d in iter_warc_documents(bad, reader=reader):
            got.append(d.uri)
    assert got == [d.uri for d in docs[:4]]


@pytest.mark.parametrize("reader", READERS)
def test_corrupt_header_raises(warcs: dict[str, Path], tmp_path: Path, reader: str) -> None:
    raw = warcs["plain"].read_bytes()
    docs = list(iter_warc_documents(warcs["plain"]))
    at = docs[2].record_offset
    bad = tmp_path / "bad.warc"
    bad.write_bytes(raw[:at] + b"GARBAGE!" + raw[at + 8:])
    got = []
    with pytest.raises(ArchiveFormatError):
        for d in iter_warc_documents(bad, reader=reader):
            got.append(d.uri)
    assert got[:2] == [d.uri for d in docs[:2]]


def test_bomb_and_oversize_become_document_errors(tmp_path: Path) -> None:
    bomb = gzip.compress(b"<p>" + b"a" * (2 * 1024 * 1024))  # ~2 KB, ratio ~1000
    big = _page("x" * 5000)
    path = _write(tmp_path / "bomb.warc.gz", [
        ("response", "http://x.example/bomb", bomb, "text/html", [("Content-Encoding", "gzip")]),
        ("response", "http://x.example/big", big, "text/html", []),
        ("response", "http://x.example/after", _page(CLAIM), "text/html", []),
    ])
    limits = Limits(max_compression_ratio=100)
    docs = {d.uri: d for d in iter_warc_documents(path, limits=limits, max_bytes=4096)}
    assert docs["http://x.example/bomb"].error_kind == "limit"
    assert "max_compression_ratio" in docs["http://x.example/bomb"].error
    assert docs["http://x.example/big"].error_kind == "limit"
    assert docs["http://x.example/after"].data == _page(CLAIM)
    stats: Counter[str] = Counter()
    kept = [d.uri for d in iter_warc_documents(path, limits=limits, max_bytes=4096, oversize="skip", stats=stats)]
    assert "http://x.example/big" not in kept and stats["records.skipped.too_big"] == 1


def test_dechunk_and_decode_content() -> None:
    assert dechunk(b"3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n") == b"abcde"
    assert dechunk(b"not chunked at all") is None
    lim = Limits()
    data = b"hello " * 100
    assert decode_content(zlib.compress(data), "deflate", lim) == data
    assert decode_content(gzip.compress(brotli.compress(data)), "br, gzip", lim) == data
    assert decode_content(data, "br", lim) == data  # stored decoded, header kept
    from redline.errors import ExtractionError, LimitExceeded

    with pytest.raises(ExtractionError):
        decode_content(b"\x1f\x8b\x08\x00garbage", "gzip", lim)
    with pytest.raises(ExtractionError):
        decode_content(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xff\xff", "gzip", lim)
    cut = gzip.compress(data * 50)[:200]  # a body cut short by the crawler keeps its start
    assert (data * 50).startswith(decode_content(cut, "gzip", lim)) and decode_content(cut, "gzip", lim)
    with pytest.raises(LimitExceeded):
        decode_content(zstandard.ZstdCompressor().compress(b"\0" * 10_000_000), "zstd",
                       Limits(max_compression_ratio=100))


def _scan_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["scan", "--format", "json", "--no-progress", "--fail-on", "medium", *args])
    return code, json.loads(capsys.readouterr().out)


def test_scan_warc_finds_claims_with_record_locations(warcs: dict[str, Path],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _scan_json(capsys, str(warcs["gz"]))
    docs = {d["uri"]: d for d in report["documents"]}
    assert set(docs) == {"http://x.example/plain", "http://x.example/gbk", "http://x.example/gzip",
                         "http://x.example/br", "http://x.example/zstd", "http://x.example/chunked",
                         "http://x.example/stale", "urn:dom:http://x.example/app"}
    assert all(d["error"] is None for d in docs.values())
    offsets = _warcio_offsets(warcs["gz"])
    for uri in ("gbk", "gzip", "br", "zstd", "chunked", "stale"):
        d = docs[f"http://x.example/{uri}"]
        assert d["findings"], uri
        for f in d["findings"]:
            assert f["location"]["record_id"] == d["record_id"]
            assert f["location"]["record_offset"] == offsets[d["record_id"]]
    assert not docs["http://x.example/plain"]["findings"]
    assert any("维吾尔" in f["evidence"] for f in docs["http://x.example/gbk"]["findings"])
    assert code == 1


def test_scan_big_warc_streams_from_path(warcs: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """A WARC bigger than max_document_bytes is read record by record from its path."""
    size = warcs["plain"].stat().st_size
    limit = 2048
    assert size > limit
    code, report = _scan_json(capsys, "--limit", f"max_document_bytes={limit}", str(warcs["plain"]))
    uris = [d["uri"] for d in report["documents"]]
    assert "http://x.example/gbk" in uris and len(uris) == 8
    assert any(d["findings"] for d in report["documents"])
    assert code == 1  # findings, and no document errors


def test_scan_truncated_warc_keeps_good_records(warcs: dict[str, Path], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    docs = list(iter_warc_documents(warcs["gz"]))
    bad = tmp_path / "cut.warc.gz"
    bad.write_bytes(warcs["gz"].read_bytes()[:docs[3].record_offset + 200])
    code, report = _scan_json(capsys, str(bad))
    uris = [d["uri"] for d in report["documents"]]
    errors = [d for d in report["documents"] if d["error"]]
    assert {"http://x.example/gbk", "http://x.example/gzip"} <= set(uris)
    assert len(errors) == 1 and errors[0]["uri"] == str(bad) and errors[0]["error_kind"] == "archive"
    assert code == 3


def test_scan_wacz_validated_by_wacz(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # warcio's page indexer (used by `wacz create`) cannot decode brotli with brotli>=1.2,
    # so the WACZ holds the records without the br one.
    warc = _write(tmp_path / "cap.warc.gz", [r for r in _records() if r[1] != "http://x.example/br"])
    wacz_bin = shutil.which("wacz") or str(Path(sys.executable).with_name("wacz"))
    out = tmp_path / "cap.wacz"
    subprocess.run([wacz_bin, "create", "-d", "-o", str(out), str(warc)], check=True,
                   capture_output=True, timeout=120, cwd=tmp_path)
    check = subprocess.run([wacz_bin, "validate", "-f", str(out)], capture_output=True, text=True,
                           timeout=120, cwd=tmp_path, check=False)
    assert check.returncode == 0 and "succeeded" in check.stdout + check.stderr
    _, report = _scan_json(capsys, str(out))
    uris = {d["uri"] for d in report["documents"]}
    assert "http://x.example/gbk" in uris and "urn:dom:http://x.example/app" in uris
    assert len(uris) == 7
    gbk = next(d for d in report["documents"] if d["uri"] == "http://x.example/gbk")
    assert gbk["findings"] and gbk["findings"][0]["location"]["record_id"] == gbk["record_id"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)),
                      min_size=1, max_size=4),
       kind=st.sampled_from(["gz", "plain"]), reader=st.sampled_from(READERS))
def test_damaged_warc_only_raises_archive_format_error(warcs: dict[str, Path], tmp_path: Path,
                                                       flips: list, kind: str, reader: str) -> None:
    """Any damage gives documents, document errors or ArchiveFormatError; never another error."""
    raw = bytearray(warcs[kind].read_bytes())
    for where, value in flips:
        raw[int(where * len(raw))] = value
    bad = tmp_path / f"damaged-{kind}.warc"
    bad.write_bytes(bytes(raw))
    try:
        for d in iter_warc_documents(bad, reader=reader):
            assert d.data is not None or d.error
    except ArchiveFormatError:
        pass
