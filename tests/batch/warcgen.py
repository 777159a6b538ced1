"""Small real WARC files for the batch and WARC tests, written with warcio's own writer.

Pages are written the way crawlers store them: request + response pairs, some bodies gzip,
brotli or chunked encoded, a GB18030 Chinese page, a rendered-DOM resource record (as a browser
capture stores it), a screenshot resource record and a revisit, all gzip per record.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import brotli
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CLAIM_EN = ("Our face analysis API estimates the ethnicity of each detected face and can "
            "flag Uyghur faces in real time for public security customers.")
CLAIM_ZH = "本系统基于人脸识别技术，可自动识别维吾尔族人员并实时报警。"
PLAIN_EN = ("This manual explains how to configure the camera's network settings, storage "
            "and user accounts. Nothing here concerns people's traits.")


@dataclass(frozen=True)
class Page:
    uri: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    encoding: str | None = None  # gzip, br, chunked
    resource: bool = False


def html(text: str, title: str = "page") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body><h1>{title}</h1><p>{text}</p></body></html>")


def standard_pages(n_plain: int = 6, tag: str = "") -> list[Page]:
    pages = [Page(f"http://vendor{tag}.example/plain/{i}", html(PLAIN_EN, f"Manual {i}").encode())
             for i in range(n_plain)]
    pages += [
        Page(f"http://vendor{tag}.example/en/api", html(CLAIM_EN, "Face API").encode()),
        Page(f"http://vendor{tag}.example/zh/gbk",
             html(CLAIM_ZH, "产品").replace("utf-8", "gb18030").encode("gb18030"),
             content_type="text/html; charset=gb18030"),
        Page(f"http://vendor{tag}.example/en/gzip", html(CLAIM_EN, "Gzip").encode(), encoding="gzip"),
        Page(f"http://vendor{tag}.example/en/br", html(CLAIM_EN, "Brotli").encode(), encoding="br"),
        Page(f"http://vendor{tag}.example/en/chunked", html(CLAIM_EN, "Chunked").encode(), encoding="chunked"),
        Page(f"http://vendor{tag}.example/en/notes.txt", CLAIM_EN.encode(), content_type="text/plain"),
        Page(f"urn:dom:http://vendor{tag}.example/en/app", html(CLAIM_EN, "Rendered").encode(), resource=True),
        Page(f"urn:screenshot:http://vendor{tag}.example/en/app", b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
             content_type="image/png", resource=True),
        Page(f"http://vendor{tag}.example/img/logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
             content_type="image/png"),
    ]
    return pages


def write_warc(path: Path, pages: Iterable[Page], *, gzip_records: bool = True) -> Path:
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gzip_records)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "redline tests"}))
        for p in pages:
            if p.resource:
                rec = w.create_warc_record(p.uri, "resource", payload=io.BytesIO(p.body),
                                           warc_content_type=p.content_type)
                w.write_record(rec)
                continue
            body = p.body
            headers = [("Content-Type", p.content_type)]
            if p.encoding == "gzip":
                body = gzip.compress(body)
                headers.append(("Content-Encoding", "gzip"))
            elif p.encoding == "br":
                body = brotli.compress(body)
                headers.append(("Content-Encoding", "br"))
            elif p.encoding == "chunked":
                half = len(body) // 2
                body = b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (half, body[:half], len(body) - half, body[half:])
                headers.append(("Transfer-Encoding", "chunked"))
            req = w.create_warc_record(p.uri, "request", payload=io.BytesIO(b""),
                                       http_headers=StatusAndHeaders(
                                           "GET / HTTP/1.1", [("Host", "vendor.example")],
                                           is_http_request=True))
            w.write_record(req)
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(p.uri, "response", payload=io.BytesIO(body),
                                                http_headers=http))
    return path
