"""Bad input never stops a scan: each hostile document gets a clear error or a clean result.

Fixtures are made here, in tmp_path: random bytes named .html, invalid UTF-8, GBK without a
declaration, a single 100 MB line (peak memory measured in a subprocess), deeply nested JSON,
YAML "billion laughs", a truncated PDF and one without a text layer, a folder with a symlink
loop, a dangling link and a FIFO, and a file the scanning user may not read. The encoding
matrix and the Hypothesis properties of the extractors live here too.

Tests run as root, and root reads a ``chmod 000`` file anyway: the unreadable-file test forks a
child that drops to uid/gid 65534 (nobody) before scanning, so the permission check is real.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from redline.cli import main
from redline.errors import DocumentError
from redline.extract import extractor_for
from redline.limits import Limits
from redline.model import Document, SegmentKind
from redline.pipeline import scan_document
from redline.sources.files import FileSource
from redline.text.decode import decode_bytes

CLAIM_ZH = "本公司人脸识别系统支持维吾尔族人脸识别，可实时告警。"


def _pdf(text: str | None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if text is None:
        c.rect(100, 100, 200, 200, fill=1)
    else:
        c.drawString(72, 800, text)
    c.showPage()
    c.save()
    return buf.getvalue()


BILLION_LAUGHS = "a: &a [" + ",".join(['"lol"'] * 9) + "]\n" + "".join(
    f"{n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True))


@pytest.fixture
def hostile_tree(tmp_path: Path) -> Path:
    root = tmp_path / "hostile"
    root.mkdir()
    (root / "random.html").write_bytes(os.urandom(64 * 1024))
    (root / "invalid-utf8.txt").write_bytes(b"caf\xc3 \xff\xfe broken \xe2\x82 bytes\n" * 100)
    (root / "gbk-undeclared.txt").write_bytes(CLAIM_ZH.encode("gbk"))
    # both carry a trigger term, so the raw-byte prefilter lets them through to the parsers
    (root / "deep.json").write_text("[" * 100_000 + '"Uyghur face recognition"' + "]" * 100_000)
    (root / "bomb.yaml").write_text("title: Uyghur face recognition\n" + BILLION_LAUGHS)
    pdf = _pdf("The camera detects Uyghur faces.")
    (root / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (root / "no-text-layer.pdf").write_bytes(_pdf(None))
    loop = root / "loop"
    loop.mkdir()
    (loop / "inside.txt").write_text("inside the loop\n")
    os.symlink("..", loop / "back")
    os.symlink("does-not-exist", root / "dangling.txt")
    os.mkfifo(root / "fifo")
    return root


def _by_name(report: dict) -> dict[str, dict]:
    return {os.path.basename(d["uri"]): d for d in report["documents"]}


def test_hostile_folder_scan_finishes_with_per_document_errors(hostile_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    rc = main(["scan", "--format", "json", "--no-progress", "-o", str(out), str(hostile_tree)])
    assert rc == 3  # some documents failed; the scan finished
    docs = _by_name(json.loads(out.read_text()))
    assert docs["deep.json"]["error_kind"] == "limit" and "max_json_depth" in docs["deep.json"]["error"]
    assert docs["bomb.yaml"]["error_kind"] == "limit" and "max_yaml_nodes" in docs["bomb.yaml"]["error"]
    assert docs["truncated.pdf"]["error_kind"] == "extraction" and "truncated" in docs["truncated.pdf"]["error"]
    assert docs["no-text-layer.pdf"]["error"] is None and docs["no-text-layer.pdf"]["findings"] == []
    assert docs["back"]["error_kind"] == "read" and "symbolic link loop" in docs["back"]["error"]
    assert docs["dangling.txt"]["error_kind"] == "read" and "broken symbolic link" in docs["dangling.txt"]["error"]
    assert "fifo" not in docs  # skipped, never opened (reading it would block)
    assert docs["inside.txt"]["error"] is None
    assert docs["invalid-utf8.txt"]["error"] is None
    # random bytes named .html: binary, not HTML; either scanned as binary or refused clearly
    rnd = docs["random.html"]
    assert rnd["media_type"] == "application/octet-stream"
    assert rnd["error"] is None or rnd["error_kind"] in ("unsupported", "limit")
    gbk = docs["gbk-undeclared.txt"]
    assert gbk["error"] is None
    assert gbk["findings"], "GBK without declaration must be decoded and its claim found"
    assert any("维吾尔" in f["evidence"] for f in gbk["findings"])


def test_gbk_without_declaration_decodes_to_segments(ruleset) -> None:
    data = CLAIM_ZH.encode("gbk")
    doc = Document(uri="gbk.txt", data=data)
    segs = list(extractor_for("text/plain").extract(doc, data, Limits()))
    assert [s.text for s in segs] == [CLAIM_ZH]
    assert "支持维吾尔族人脸识别" in segs[0].text


def _scan_as_nobody(path: Path) -> list[dict]:
    """Scan ``path`` in a forked child running as uid/gid 65534; results as dicts."""
    from redline.rules import load_rules

    ruleset = load_rules()
    limits = Limits()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop privileges, scan, report, exit without running pytest teardown
        code = 0
        try:
            os.close(r)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            out = []
            for doc in FileSource([path]).documents():
                res = scan_document(doc, ruleset, limits)
                out.append({"uri": res.uri, "error": res.error, "error_kind": res.error_kind})
            os.write(w, json.dumps(out).encode())
        except BaseException as exc:  # noqa: BLE001 - report anything to the parent
            os.write(w, json.dumps([{"crash": repr(exc)}]).encode())
            code = 1
        finally:
            os._exit(code)
    os.close(w)
    chunks = []
    while chunk := os.read(r, 65536):
        chunks.append(chunk)
    os.close(r)
    os.waitpid(pid, 0)
    return json.loads(b"".join(chunks))


def test_unreadable_file_is_a_read_error(tmp_path_factory: pytest.TempPathFactory) -> None:
    base = Path(os.environ.get("TMPDIR", "/tmp")) / f"redline-unreadable-{os.getpid()}"
    base.mkdir(mode=0o755)
    try:
        (base / "secret.txt").write_text("Uyghur face recognition\n")
        (base / "secret.txt").chmod(0)
        (base / "open.txt").write_text("nothing here\n")
        (base / "closed").mkdir()
        (base / "closed" / "x.txt").write_text("x\n")
        (base / "closed").chmod(0)
        if os.geteuid() == 0:
            results = _scan_as_nobody(base)
        else:
            from redline.rules import load_rules

            rs = load_rules()
            results = [{"uri": r.uri, "error": r.error, "error_kind": r.error_kind}
                       for r in (scan_document(d, rs, Limits()) for d in FileSource([base]).documents())]
        assert "crash" not in results[0], results
        by = {os.path.basename(r["uri"]): r for r in results}
        assert by["secret.txt"]["error_kind"] == "read" and "permission denied" in by["secret.txt"]["error"]
        assert by["closed"]["error_kind"] == "read" and "Permission denied" in by["closed"]["error"]
        assert by["open.txt"]["error"] is None
    finally:
        (base / "closed").chmod(0o755)
        (base / "secret.txt").chmod(0o644)
        for p in sorted(base.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
        base.rmdir()


_RSS_PROBE = textwrap.dedent("""
    import resource, subprocess, sys
    p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    print(p.returncode, rss)
    sys.stdout.write(p.stdout)
""")


def _peak_rss_scan(path: Path, *extra: str) -> tuple[int, int, dict]:
    cmd = [sys.executable, "-c", _RSS_PROBE, sys.executable, "-m", "redline", "scan", "--format", "json",
           "--no-progress", *extra, str(path)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    head, _, body = out.partition("\n")
    rc, rss_kib = (int(x) for x in head.split())
    return rc, rss_kib * 1024, json.loads(body)


@pytest.mark.slow
def test_single_100_mb_line_memory_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    filler = b"lorem ipsum dolor sit amet " * 40_000
    with open(path, "wb") as fh:
        for i in range(100):
            fh.write(filler[: 1024 * 1024])
            if i == 50:
                fh.write(b" the camera supports Uyghur face recognition ")
    assert path.stat().st_size > 100 * 1024 * 1024 and b"\n" not in path.read_bytes()[:1 << 20]
    # default limits: refused with a clear limit error, memory well bounded
    rc, rss, report = _peak_rss_scan(path)
    doc = report["documents"][0]
    assert rc == 3 and doc["error_kind"] == "limit" and "max_document_bytes" in doc["error"]
    print(f"\npeak RSS, 100 MB line, default limits: {rss / 2**20:.0f} MiB")
    assert rss < 400 * 2**20  # refused from its size, before reading
    # limit raised: read in bounded chunks, scanned, the claim in the middle found
    rc, rss, report = _peak_rss_scan(path, "--limit", "max_document_bytes=200M")
    doc = report["documents"][0]
    print(f"peak RSS, 100 MB line, max_document_bytes=200M: {rss / 2**20:.0f} MiB")
    assert doc["error"] is None
    assert any("Uyghur" in f["evidence"] for f in doc["findings"])
    assert rss < 800 * 2**20  # ~4x the document; a whole-text automaton pass once took 1.26 GB


# --- encoding matrix -------------------------------------------------------------------------

MATRIX = [
    ("gb18030", "本产品支持维吾尔族人脸识别与民族属性分析。"),
    ("gbk", "本产品支持维吾尔族人脸识别与民族属性分析。"),
    ("big5", "本產品支援維吾爾族人臉識別與民族屬性分析。"),
    ("shift_jis", "このカメラはウイグル族の顔認識に対応しています。"),
    ("windows-1251", "Камера распознаёт уйгуров по лицу и определяет этническую принадлежность."),
    ("utf-16", "Face recognition that flags Uyghur faces. 支持维吾尔族人脸识别"),
    ("iso-8859-1", "Reconnaissance faciale de l\u2019origine ethnique \u2014 \u00ab ouïghour \u00bb"),
]


def _page(charset: str | None, body: str) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return f"<html><head>{meta}<title>Produit</title></head><body><p>{body}</p></body></html>"


def _encode(html: str, label: str) -> bytes:
    # iso-8859-1 labelled pages are windows-1252 in browsers (curly quotes, dashes)
    return html.encode("cp1252" if label == "iso-8859-1" else label)


@pytest.mark.parametrize(("label", "body"), MATRIX, ids=[m[0] for m in MATRIX])
@pytest.mark.parametrize("declared", ["meta", "http", "none"])
def test_encoding_matrix(label: str, body: str, declared: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if declared != "none":
        # a detector that always guesses wrong: declared charsets must win
        monkeypatch.setattr("redline.text.decode.detect", lambda sample: "cp1250")
    html = _page(label if declared == "meta" and label != "utf-16" else None, body)
    data = _encode(html, label)
    doc = Document(uri="page.html", data=data, media_type="text/html",
                   charset=label if declared == "http" else None)
    segs = list(extractor_for("text/html").extract(doc, data, Limits()))
    assert body in [s.text for s in segs if s.kind is SegmentKind.PROSE]
    source = decode_bytes(data, declared=doc.charset, markup=True).text
    for s in segs:
        if s.verbatim:
            assert source[s.locator.offset:s.locator.offset + len(s.text)] == s.text


# --- Hypothesis: extractors on arbitrary bytes ---------------------------------------------

_FORMATS = {
    "text/plain": ["\n", "\n\n", " ", "\t", "\r\n", "维吾尔", "race", "# h"],
    "text/markdown": ["# ", "\n", "===", "---", "\n\n", "*", "race"],
    "text/csv": [",", "\n", '"', "age", "race", ";"],
    "text/html": ["<p>", "</p>", "<b>", "<div>", "<!--", "-->", "&amp;", "<script>", "</script>",
                  "<img alt='", "'>", "<title>", "<meta charset=gbk>", "\n", "维吾尔", "<"],
    "application/json": ["{", "}", "[", "]", '"', ":", ",", "\\", "//", "/*", "*/", "1", "true",
                         "\n", '"enum"', '"a"'],
    "application/yaml": ["a: ", "- ", "&x ", "*x", "\n", "  ", "[", "]", "{", "}", "'", '"', "|", ">",
                         "? ", "enum: "],
    "text/x-c": ["enum ", "struct ", "typedef ", "{", "}", ",", ";", "(", ")", "/*", "*/", "//", '"',
                 "'", "\n", "#define ", "X", "race", "="],
    "text/x-python": ["class ", "def ", "(", ")", "[", "]", "{", "}", ":", '"""', "'", "#", "\n",
                      "    ", "race", "=", ","],
    "text/x-protobuf": ["message ", "enum ", "{", "}", ";", "=", "1", "<", ">", "//", "\n", "A",
                        "option "],
    "text/x-thrift": ["struct ", "enum ", "{", "}", ",", "=", "1:", "list<", ">", "\n", "A"],
    "application/x-subrip": ["1\n", "00:00:01,000 --> 00:00:02,000\n", "\n", "<i>", "</i>", "race ", ".", "?",
                             "ethnicity\n"],
    "text/vtt": ["WEBVTT\n", "NOTE x\n", "00:01.000 --> 00:02.000\n", "\n", "<v A>", "STYLE\n", "face ", "."],
    "application/pdf": ["%PDF-1.4\n", "%%EOF", "obj", "stream", "endstream", "<<", ">>", "\n"],
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["PK\x03\x04", "word/"],
}
_VERBATIM_CHECKED = {"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def _inputs(media_type: str) -> st.SearchStrategy[bytes]:
    pieces = st.lists(st.one_of(st.sampled_from(_FORMATS[media_type]), st.text(max_size=6)), max_size=60)
    as_text = pieces.map("".join).flatmap(
        lambda s: st.sampled_from(["utf-8", "gb18030", "utf-16"]).map(
            lambda enc: s.encode(enc, "replace")))
    return st.one_of(st.binary(max_size=3000), as_text)


@pytest.mark.parametrize("media_type", list(_FORMATS))
def test_extractors_on_arbitrary_bytes_raise_only_document_errors(media_type: str) -> None:
    extractor = extractor_for(media_type)
    limits = Limits(max_json_depth=40, max_yaml_nodes=5000, max_line_chars=500)

    @settings(max_examples=int(os.environ.get("REDLINE_FUZZ_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_inputs(media_type))
    def run(data: bytes) -> None:
        doc = Document(uri=f"fuzz.{media_type.rsplit('/', 1)[-1]}", data=data, media_type=media_type)
        try:
            segs = list(extractor.extract(doc, data, limits))
        except DocumentError:
            return
        if media_type in _VERBATIM_CHECKED:
            return
        text = decode_bytes(data, markup=media_type == "text/html").text
        for s in segs:
            assert s.text
            if s.verbatim:
                off = s.locator.offset
                assert off is not None and text[off:off + len(s.text)] == s.text
                line = text.count("\n", 0, off) + 1
                assert s.locator.line == line

    run()
