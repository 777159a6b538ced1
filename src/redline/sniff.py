"""Media type from content: magic bytes first; the file name and declared type only as hints.

Returns a plain media type string. Source code is ``text/x-<pygments alias>`` when the name
says which language (``text/x-c``, ``text/x-python``); text that is not code is ``text/plain``,
``text/markdown``, ``text/html``, ``application/json`` or ``application/yaml``.
"""

from __future__ import annotations

import re

OCTET = "application/octet-stream"

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x7fELF", "application/x-elf"),
    (b"!<arch>\n", "application/x-archive"),  # ar: static libraries (.a), .deb -- object code
    (b"MZ", "application/x-msdownload"),
    (b"\xca\xfe\xba\xbe", "application/x-mach-binary"),
    (b"\xcf\xfa\xed\xfe", "application/x-mach-binary"),
    (b"\xce\xfa\xed\xfe", "application/x-mach-binary"),
    (b"\x1f\x8b", "application/gzip"),
    (b"BZh", "application/x-bzip2"),
    (b"\xfd7zXZ\x00", "application/x-xz"),
    (b"\x28\xb5\x2f\xfd", "application/zstd"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"\x89HDF\r\n\x1a\n", "application/x-hdf5"),
    (b"dex\n", "application/vnd.android.dex"),
    (b"WARC/", "application/warc"),
)

_ZIP = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"

_CODE_EXT = {
    "c": "c", "h": "c", "cc": "cpp", "cpp": "cpp", "cxx": "cpp", "hpp": "cpp", "hh": "cpp",
    "hxx": "cpp", "cs": "csharp", "java": "java", "kt": "kotlin", "kts": "kotlin", "go": "go",
    "rs": "rust", "py": "python", "pyi": "python", "js": "javascript", "mjs": "javascript",
    "cjs": "javascript", "jsx": "javascript", "ts": "typescript", "tsx": "typescript",
    "rb": "ruby", "php": "php", "swift": "swift", "m": "objective-c", "mm": "objective-c",
    "scala": "scala", "lua": "lua", "pl": "perl", "sh": "bash", "bash": "bash", "r": "r",
    "dart": "dart", "vb": "vbnet", "sql": "sql", "ini": "ini", "cfg": "ini", "toml": "toml",
    "proto": "protobuf", "thrift": "thrift", "fsh": "text", "idl": "idl", "xml": "xml",
    "gradle": "groovy", "groovy": "groovy", "ps1": "powershell", "ex": "elixir", "erl": "erlang",
    "svg": "xml", "xsd": "xml", "wsdl": "xml", "plist": "xml", "strings": "text", "vue": "html",
    "properties": "properties", "conf": "ini", "psm1": "powershell", "zig": "zig", "jl": "julia",
    "hs": "haskell", "ml": "ocaml", "fs": "fsharp", "clj": "clojure", "cmake": "cmake",
    "mk": "make", "nim": "nim", "sol": "solidity", "v": "verilog", "vhd": "vhdl", "asm": "nasm",
}

_TEXT_EXT = {
    "txt": "text/plain", "text": "text/plain", "log": "text/plain", "csv": "text/csv",
    "tsv": "text/csv", "md": "text/markdown", "markdown": "text/markdown", "rst": "text/plain",
    "html": "text/html", "htm": "text/html", "xhtml": "text/html", "json": "application/json",
    "geojson": "application/json", "ipynb": "application/json", "yaml": "application/yaml",
    "yml": "application/yaml", "names": "text/x-labels", "jsonl": "application/json",
    "ndjson": "application/json", "jsonc": "application/json", "json5": "application/json",
    "webmanifest": "application/json", "har": "application/json", "srt": "application/x-subrip",
    "vtt": "text/vtt",
}

_BINARY_EXT = {
    "onnx": "application/x-onnx", "tflite": "application/x-tflite",
    "safetensors": "application/x-safetensors", "pt": "application/x-pytorch",
    "pth": "application/x-pytorch", "pkl": "application/x-pickle",
    "pickle": "application/x-pickle", "h5": "application/x-hdf5", "keras": "application/zip",
    "so": "application/x-elf", "dll": "application/x-msdownload", "exe": "application/x-msdownload",
}

_MAGIC_PREFIXES = tuple(m for m, _ in _MAGIC)  # one C-level test before the loop

_HTML_RE = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<title>", re.I)


def sniff(data: bytes, *, name: str = "", hint: str | None = None) -> str:
    head = data[:8192]
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    lname = name.lower()
    if head.startswith(_MAGIC_PREFIXES):
        for magic, mt in _MAGIC:
            if head.startswith(magic):
                if mt == "application/gzip" and _gunzip_head(head).startswith(b"WARC/"):
                    return "application/warc"
                return mt
    if head.startswith(_ZIP) or head.startswith(_EMPTY_ZIP):
        return _zip_kind(data, ext)
    if len(head) > 262 and head[257:262] == b"ustar":
        return "application/x-tar"
    model = _model_kind(data, head, lname)
    if model:
        return model
    if ext in _BINARY_EXT and _looks_binary(head):
        return _BINARY_EXT[ext]
    if ext == "safetensors" or (len(head) > 8 and head[8:10] == b'{"' and ext in ("", "safetensors")):
        return "application/x-safetensors"
    if _looks_binary(head):
        if head[:1] == b"\x80" and ext in ("pt", "pth", "bin", "pkl", "pickle", ""):
            return "application/x-pickle"
        if ext in _BINARY_EXT:
            return _BINARY_EXT[ext]
        if hint and hint.startswith("text/") and _is_utf16(head):
            return hint.split(";", 1)[0]
        enc = _is_utf16(head)
        if enc:
            # UTF-16 text: sniff its content as text (an HTML page saved as "Unicode")
            inner = head.decode(enc, "ignore").encode("utf-8", "ignore")
            return _sniff_text(inner, ext, lname, hint)
        return OCTET
    return _sniff_text(head, ext, lname, hint)


def _sniff_text(head: bytes, ext: str, lname: str, hint: str | None) -> str:
    """Media type of text content: the name first, then what the first bytes look like."""
    by_name = _by_name(ext, lname, hint)
    if by_name:
        if by_name == "text/plain" and _HTML_RE.search(head[:2048]):
            return "text/html"
        if ext in _TEMPLATE_EXT and _HTML_STRONG.search(head[:2048]):
            return "text/html"  # a server page (index.php) that is HTML: read it as a page
        return by_name
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"#!"):
        line = stripped[:128].split(b"\n", 1)[0].lower()
        for word, lang in _SHEBANG:
            if word in line:
                return f"text/x-{lang}"
    if stripped.startswith(b"<?xml") and not _HTML_STRONG.search(head[:2048]):
        return "text/x-xml"
    if _HTML_RE.search(head[:2048]) or stripped[:1] == b"<" and b"</" in head:
        return "text/html"
    if stripped[:1] in (b"{", b"["):
        return "application/json"
    if stripped.startswith((b"openapi:", b"swagger:", b"---\n", b"%YAML", b"asyncapi:")):
        return "application/yaml"
    if stripped.startswith((b"syntax = \"proto", b"syntax=\"proto")):
        return "text/x-protobuf"
    if stripped.startswith((b"#include", b"#pragma once", b"#ifndef ")):
        return "text/x-c"
    if stripped.startswith(b"WEBVTT"):
        return "text/vtt"
    if _SRT_START.match(stripped):
        return "application/x-subrip"
    return "text/plain"


# a SubRip file: a cue number, then its timing line
_SRT_START = re.compile(rb"\d+\r?\n\d{1,2}:\d{2}:\d{2}[,.]\d{1,3} --> ")


_HTML_STRONG = re.compile(rb"<!doctype\s+html|<html[\s>]", re.I)
_TEMPLATE_EXT = frozenset({"php", "jsp", "asp", "aspx", "cfm", "erb", "shtml", "phtml", "jspx"})
_SHEBANG = ((b"python", "python"), (b"node", "javascript"), (b"bash", "bash"), (b"/sh", "bash"),
            (b"perl", "perl"), (b"ruby", "ruby"), (b"php", "php"), (b"zsh", "bash"),
            (b"lua", "lua"), (b"rscript", "r"))


_CARD_KEYS = re.compile(rb"^(?:pipeline_tag|library_name|base_model|model-index|model_name):", re.MULTILINE)


def _model_kind(data: bytes, head: bytes, lname: str) -> str | None:
    """ML model and Android formats read by extract/mlmodel.py, tflite_model.py, android.py."""
    base = lname.rsplit("/", 1)[-1]
    if head[4:8] == b"TFL3":
        return "application/x-tflite"
    if head.startswith(b"\x03\x00\x08\x00"):
        return "application/vnd.android.axml"  # binary XML (AndroidManifest.xml, res/*.xml)
    if head.startswith(b"\x02\x00\x0c\x00") and base.endswith(".arsc"):
        return "application/vnd.android.arsc"
    if base.endswith("config.json") and (b'"id2label"' in data[:262144] or b'"label2id"' in data[:262144]):
        return "application/x-hf-config"  # a Hugging Face config with class labels
    if base == "readme.md" and head.startswith(b"---") and _CARD_KEYS.search(head):
        return "text/x-model-card"  # a Hugging Face model card: YAML front matter + Markdown
    if base.endswith((".pkl", ".pickle")) and data.rstrip()[-1:] == b".":
        return "application/x-pickle"  # protocol 0 pickles are text
    if base.endswith(("labels.txt", "classes.txt", "labelmap.txt", "labels.csv", "classes.csv",
                      "class_names.csv")) and not _looks_binary(head):
        return "text/x-labels"
    return None


def _by_name(ext: str, lname: str, hint: str | None) -> str | None:
    base = lname.rsplit("/", 1)[-1]
    if base in ("labels.txt", "classes.txt", "class_names.txt", "synset.txt") or ext == "names":
        return "text/x-labels"
    if ext in _TEXT_EXT:
        return _TEXT_EXT[ext]
    if ext in _CODE_EXT:
        return f"text/x-{_CODE_EXT[ext]}"
    if hint:
        h = hint.split(";", 1)[0].strip().lower()
        if h in ("text/html", "application/xhtml+xml"):
            return "text/html"
        if h in ("application/json", "application/yaml", "text/markdown", "application/pdf"):
            return h
        if h.endswith("+json"):
            return "application/json"
    return None


def _gunzip_head(head: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
    except zlib.error:
        return b""


def _zip_kind(data: bytes, ext: str) -> str:
    head = data[:4096]
    if ext == "wacz":
        return "application/wacz"
    if b"word/" in head or ext == "docx":
        if b"word/" in data[:200_000] or ext == "docx":
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return "application/zip"


def _is_utf16(head: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` (or ``"utf-16"`` with a BOM) when ``head`` looks like
    UTF-16 text: NUL bytes in one byte parity only (ASCII-heavy text, CJK mixed with ASCII)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head[:1024]
    if len(sample) < 16:
        return None
    zeros_odd = sample[1::2].count(0)
    zeros_even = sample[0::2].count(0)
    half = len(sample) // 2
    if zeros_odd > 0.15 * half and zeros_even < 0.02 * half:
        return "utf-16-le"
    if zeros_even > 0.15 * half and zeros_odd < 0.02 * half:
        return "utf-16-be"
    return None


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if b"\x00" in head:
        return True
    # Counted with bytes.translate (C speed): a Python loop here cost ~100 us per document,
    # more than the raw-byte prefilter of a whole web page (batch scans call sniff per record).
    sample = head[:4096]
    ctrl = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return ctrl > len(sample) * 0.1


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)
