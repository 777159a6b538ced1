"""Decoding: BOM, declared charsets (and their WHATWG aliases), UTF-8, UTF-16, detection."""

from __future__ import annotations

import pytest

from redline.text import decode as decode_mod
from redline.text.decode import codec_for, declared_charset, decode_bytes

ZH_S = "本产品支持人脸属性分析：年龄、性别、民族（汉族、维吾尔族、藏族）。"
ZH_T = "本產品支援人臉屬性分析：年齡、性別、民族。系統可以識別少數民族。"
JA = "顔認識システムはウイグル族を検出できます。"
RU = "Система распознавания лиц определяет этническую принадлежность."


@pytest.mark.parametrize(("text", "encoding"), [
    (ZH_S, "gbk"), (ZH_S, "gb18030"), ("支持维吾尔族人脸识别", "gbk"), (ZH_T, "big5"),
    ("維吾爾族人臉識別", "big5"), (JA, "shift_jis"), ("ウイグル人を識別する監視カメラ", "shift_jis"),
    (RU, "windows-1251"), ("Распознавание лиц уйгуров", "windows-1251"),
    # Czech also decodes, less cleanly, as windows-1252 (ě -> ì, č -> è, ř -> ø): the better match wins
    ("Atribut etnicita určuje odhadovaný etnický původ osoby z obličeje. Ke každé hodnotě se vrací míra "
     "jistoty; ukázka odpovědi je níže a přístup k rozhraní se řídí smlouvou.", "windows-1250"),
])
@pytest.mark.parametrize("wrap", ["{}", "Product page\n{}\nMore text here.\n"])
def test_undeclared_legacy_encodings_are_detected(text: str, encoding: str, wrap: str) -> None:
    s = wrap.format(text)
    assert decode_bytes(s.encode(encoding)).text == s


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding: str) -> None:
    s = "Face recognition detects Uyghur ethnicity.\n支持维吾尔族人脸识别\n"
    d = decode_bytes(s.encode(encoding))
    assert (d.text, d.encoding) == (s, encoding)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_wins_and_is_not_part_of_the_text(encoding: str) -> None:
    s = "<meta charset=windows-1251>维吾尔"
    d = decode_bytes(s.encode(encoding), markup=True)
    assert d.text == s and d.source == "bom"


def test_declared_charsets_win_over_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode_mod, "detect", lambda sample: "cp1252")  # a detector that guesses wrong
    html = '<html><head><meta charset="gbk"></head><body>支持维吾尔族人脸识别</body></html>'
    assert decode_bytes(html.encode("gbk"), markup=True).text == html
    assert decode_bytes(ZH_T.encode("big5"), declared="big5").text == ZH_T
    xml = '<?xml version="1.0" encoding="Shift_JIS"?><a>' + JA + "</a>"
    assert decode_bytes(xml.encode("shift_jis")).text == xml


def test_iso_8859_1_label_means_windows_1252() -> None:
    html = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>\u201cCaf\u00e9\u201d \u20ac'
    d = decode_bytes(html.encode("cp1252"), markup=True)
    assert d.text == html and d.encoding == "cp1252"
    # bytes windows-1252 leaves undefined become C1 controls, as in browsers, not errors
    assert decode_bytes(b"a\x81b\x9dc", declared="latin1").text == "a\x81b\x9dc"


def test_a_declaration_the_bytes_contradict_falls_through_to_detection() -> None:
    html = '<meta charset="utf-8"><p>' + ZH_S * 3
    d = decode_bytes(html.encode("gbk"), markup=True)
    assert d.text == html and d.encoding == "gb18030"


def test_invalid_utf8_stays_utf8_when_mostly_valid() -> None:
    s = "维吾尔族人脸识别 " * 20
    data = s.encode("utf-8")
    data = data[:30] + b"\xff" + data[30:]
    d = decode_bytes(data)
    assert d.encoding == "utf-8" and d.lossy and "\ufffd" in d.text and "维吾尔族" in d.text


def test_labels_and_prescan() -> None:
    assert codec_for("GB2312") == "gb18030"
    assert codec_for("Shift_JIS") == "cp932"
    assert codec_for("US-ASCII") == "cp1252"
    assert codec_for("no-such-charset") is None
    assert declared_charset(b'<html><meta charset="big5">') == ("big5", "meta")
    assert declared_charset(b"<?xml version='1.0' encoding='euc-kr'?>") == ("euc-kr", "xml")
    assert declared_charset(b"<meta charset=big5>", markup=False) is None
