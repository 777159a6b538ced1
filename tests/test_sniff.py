"""Media type sniffing: magic first, the name only as a hint, text content by its shape."""

from __future__ import annotations

import gzip
import io
import os
import zipfile

import pytest

from redline.sniff import sniff


def _zip(names: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n in names:
            zf.writestr(n, "x")
    return buf.getvalue()


@pytest.mark.parametrize(("data", "name", "expected"), [
    (b"%PDF-1.7\n...", "report.txt", "application/pdf"),  # magic beats the name
    (b"\x7fELF\x02\x01", "libface.so", "application/x-elf"),
    (gzip.compress(b"WARC/1.1\r\n", mtime=0), "crawl.warc.gz", "application/warc"),
    (gzip.compress(b"hello", mtime=0), "x.gz", "application/gzip"),
    (_zip(["word/document.xml", "[Content_Types].xml"]), "spec.bin",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (_zip(["a.txt"]), "bundle.jar", "application/zip"),
    (_zip(["datapackage.json"]), "site.wacz", "application/wacz"),
    (os.urandom(4096), "page.html", "application/octet-stream"),  # random bytes named .html
    (b"<!DOCTYPE html><html><body>x", "page", "text/html"),
    (b"<!DOCTYPE html><html><body>x", "index.php", "text/html"),
    (b"<?php echo 1;", "index.php", "text/x-php"),
    (b"<html><body>x</body></html>", "notes.txt", "text/html"),
    (b"plain words", "notes.txt", "text/plain"),
    (b"# Title\n", "README.md", "text/markdown"),
    (b'{"a": 1}', "data", "application/json"),
    (b'{"a": 1}\n{"a": 2}\n', "rows.jsonl", "application/json"),
    (b"openapi: 3.0.0\n", "spec", "application/yaml"),
    (b"a: 1\n", "c.yml", "application/yaml"),
    (b"int x;", "face.h", "text/x-c"),
    (b"#include <stdio.h>\n", "noext", "text/x-c"),
    (b"#!/usr/bin/env python3\nprint(1)\n", "tool", "text/x-python"),
    (b'<?xml version="1.0"?><a/>', "data", "text/x-xml"),
    (b'syntax = "proto3";\n', "face", "text/x-protobuf"),
    (b"message A {}", "a.proto", "text/x-protobuf"),
    (b"asian\nwhite\n", "labels.txt", "text/x-labels"),
    ("支持维吾尔族人脸识别".encode("gbk"), "x", "text/plain"),
    ("<html><body>维吾尔</body></html>".encode("utf-16-le"), "page", "text/html"),
    ("Face recognition 维吾尔\n".encode("utf-16"), "a.txt", "text/plain"),
])
def test_sniff(data: bytes, name: str, expected: str) -> None:
    assert sniff(data, name=name) == expected


def test_declared_type_is_a_hint_for_nameless_documents() -> None:
    assert sniff(b"<p>hello</p>", name="https://example.com/product", hint="text/html; charset=gbk") == "text/html"
    assert sniff(b'{"a": 1}', name="https://example.com/api", hint="application/problem+json") == "application/json"
    assert sniff(b"%PDF-1.4", name="x", hint="text/html") == "application/pdf"
