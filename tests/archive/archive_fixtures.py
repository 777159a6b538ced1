"""Helpers shared by the archive tests (a uniquely named module: test files import it, which they
cannot do reliably with ``conftest`` when several test folders each have one)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

from redline.archive.writer import WarcWriter, http_request_block, http_response_block

PAGES = {
    "http://vendor.test/products/face.html":
        "<html><body><p>人脸属性：年龄、性别、民族（维族/汉族）识别</p></body></html>",
    "http://vendor.test/api.html":
        "<html><body><p>returns age, gender and ethnicity (Uyghur, Han)</p></body></html>",
    "http://vendor.test/about.html": "<html><body><p>We make cameras.</p></body></html>",
}


def fixed_writer(path: Path) -> WarcWriter:
    counter = itertools.count(1)
    return WarcWriter(path, id_factory=lambda: f"<urn:uuid:00000000-0000-0000-0000-{next(counter):012d}>",
                      clock=lambda: datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))


def write_pages(w: WarcWriter, pages: dict[str, str] = PAGES) -> list:
    out = []
    for url, html in pages.items():
        body = html.encode("utf-8")
        block, off = http_response_block(200, "OK", [("Content-Type", "text/html; charset=utf-8"),
                                                     ("Content-Length", str(len(body)))], body)
        rec = w.write_record("response", block, target_uri=url,
                             content_type="application/http; msgtype=response", payload_offset=off)
        req, roff = http_request_block("GET", "/" + url.split("/", 3)[3], [("Host", "vendor.test")])
        w.write_record("request", req, target_uri=url, content_type="application/http; msgtype=request",
                       payload_offset=roff, headers={"WARC-Concurrent-To": rec.record_id})
        out.append(rec)
    return out


