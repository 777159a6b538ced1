"""Strings from binaries: an ELF built with gcc holding UTF-16 and GB18030 strings."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from redline.extract import extractor_for
from redline.extract.binary import iter_strings
from redline.limits import Limits
from redline.model import Document, SegmentKind
from redline.sniff import sniff

WIDE = "人脸属性分析: 维吾尔族识别"
GB = "民族识别结果: 维族, 汉族"
IDENT = "getEthnicityLabel"


def c_bytes(data: bytes) -> str:
    return "".join(f"\\x{b:02x}" for b in data)


@pytest.fixture(scope="module")
def elf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    gcc = shutil.which("gcc")
    if gcc is None:
        pytest.skip("gcc is not installed: the ELF fixture is built with it")
    d = tmp_path_factory.mktemp("elf")
    src = d / "sdk.c"
    src.write_text(
        "#include <uchar.h>\n"
        f'const char16_t wide_label[] = u"{WIDE}";\n'
        f'const char gb_label[] = "{c_bytes(GB.encode("gb18030"))}";\n'
        f'const char *ident = "{IDENT}";\n'
        "int main(void) { return wide_label[0] + gb_label[0] + ident[0]; }\n",
        encoding="utf-8",
    )
    out = d / "sdk"
    subprocess.run([gcc, "-O0", "-finput-charset=UTF-8", "-o", str(out), str(src)], check=True)
    return Path(out).read_bytes()


def test_elf_is_sniffed_and_read_by_the_binary_extractor(elf: bytes) -> None:
    mt = sniff(elf, name="sdk")
    assert mt == "application/x-elf"
    assert extractor_for(mt).name == "binary"


def test_utf16_gb18030_and_identifier_strings_with_byte_offsets(elf: bytes) -> None:
    segs = list(extractor_for("application/x-elf").extract(Document(uri="sdk", data=elf), elf, Limits()))
    by_text = {s.text: s for s in segs}
    wide = by_text[WIDE]
    assert wide.encoding == "utf-16-le"
    assert elf[wide.locator.offset: wide.locator.offset + wide.locator.length] == WIDE.encode("utf-16-le")
    gb = by_text[GB]
    assert gb.encoding == "gb18030"
    assert elf.index(GB.encode("gb18030")) == gb.locator.offset
    assert wide.locator.pointer == gb.locator.pointer == ".rodata"  # the ELF section
    ident = by_text[IDENT]
    assert ident.kind is SegmentKind.IDENTIFIER and ident.encoding == "utf-8"
    # a match inside a string maps to exact bytes of the binary
    for seg, word in ((wide, "维吾尔族"), (gb, "维族"), (gb, "汉族")):
        i = seg.text.index(word)
        loc = seg.locate(i, i + len(word))
        assert elf[loc.offset: loc.offset + loc.length].decode(seg.encoding) == word
    # the wide string is found once, not again as garbage in another byte order
    assert sum(1 for s in segs if "维吾尔" in s.text) == 1


def test_strings_in_every_encoding_without_noise() -> None:
    blob = (b"\x7fELF\x02\x01" + bytes(range(0x80, 0x100)) * 4 + b"\x00" * 4
            + "汉族".encode("utf-16-be") + b"\x00\x00" + b"\x90\x90"
            + "uyghur face".encode("utf-16-le") + b"\x00\x00"
            + "维族".encode() + b"\x00"
            + "种族 race".encode("gb18030") + b"\x00")
    found = {(s.text, s.encoding) for s in iter_strings(blob)}
    assert ("汉族", "utf-16-be") in found
    assert ("uyghur face", "utf-16-le") in found
    assert ("维族", "utf-8") in found
    assert ("种族 race", "gb18030") in found
    texts = [t for t, _ in found]
    assert not any("\ufffd" in t for t in texts)


def test_plain_ascii_text_is_not_read_as_utf16() -> None:
    text = b"\x00surveillance camera analytics module\x00"
    found = iter_strings(text)
    assert [(s.text, s.encoding) for s in found] == [("surveillance camera analytics module", "utf-8")]


def test_golden_elf_report(elf: bytes, ruleset, golden) -> None:
    from redline.model import Document
    from redline.pipeline import scan_document
    from redline.report.json import result_to_dict

    r = scan_document(Document(uri="sdk", data=elf), ruleset, Limits())
    assert r.error is None and r.findings
    for f in r.findings:  # every evidence is the exact bytes at its offset
        raw = elf[f.location.offset: f.location.offset + f.location.length]
        assert any(raw.decode(e, "replace") == f.evidence for e in ("utf-8", "utf-16-le", "gb18030"))
    doc = result_to_dict(r)
    # the binary's bytes depend on the gcc release; the findings (text, rule, kind) do not
    doc["sha256"] = doc["size"] = None
    for f in doc["findings"]:
        f["location"]["offset"] = None
        f["fingerprint"] = None
    golden("archives/sdk.elf", doc)


def test_pe_resource_strings_point_at_their_section() -> None:
    import struct

    wide = "Ethnicity detection: 维吾尔族".encode("utf-16-le") + b"\x00\x00"
    header = bytearray(0x200)
    header[:2] = b"MZ"
    struct.pack_into("<I", header, 0x3C, 0x40)
    header[0x40:0x44] = b"PE\x00\x00"
    struct.pack_into("<HHIIIHH", header, 0x44, 0x14C, 1, 0, 0, 0, 0, 0)  # one section, no optional header
    struct.pack_into("<8sIIII", header, 0x58, b".rsrc", len(wide), 0x1000, len(wide), 0x200)
    data = bytes(header) + wide
    assert sniff(data, name="face.dll") == "application/x-msdownload"
    segs = list(extractor_for("application/x-msdownload").extract(Document(uri="face.dll", data=data), data, Limits()))
    [seg] = [s for s in segs if "维吾尔族" in s.text]
    assert seg.locator.pointer == ".rsrc" and seg.locator.offset == 0x200 and seg.encoding == "utf-16-le"
