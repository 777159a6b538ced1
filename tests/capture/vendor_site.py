"""A fixture "vendor site" served on 127.0.0.1 by a real HTTP server in a thread.

Pages (written for these tests; the claims are invented fixture text):
    /                       index linking to everything below
    /products/face.html     Chinese product page claiming an ethnicity attribute
    /api/attributes.html    English API page (ethnicity among face attributes)
    /app.html               empty shell; /static/app.js fetches /api/claim.json (base64) and
                            writes the claim into the DOM, so the words exist only after scripts ran
    /old -> /older -> /products/face.html   redirect chain (301, 302)
    /missing                404
    /private/internal.html  forbidden by robots.txt (must never be requested when robots obeyed)
    /bomb                   gzip bomb: 16 MiB of zeros, ~16 KiB on the wire
    /chunked                the API page sent with Transfer-Encoding: chunked
    /flaky                  503 on the first request, 200 afterwards (retries)
    /to-metadata            302 to http://169.254.169.254/... (refused by the guard, never sent)
    /sitemap-only.html      linked only from a sitemap (robots.txt -> sitemap-index.xml ->
                            sitemap-pages.xml); /sitemap.xml lists the product page
    /leaky.html             loads an image from the cloud metadata address and fetches a file: URL
                            (both must be refused inside the browser; never sent)
    /robots.txt, /sitemap.xml, /sitemap-index.xml, /sitemap-pages.xml
"""

from __future__ import annotations

import base64
import gzip
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PRODUCT_ZH = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>智能人脸分析摄像机 X1</title></head>
<body>
<h1>智能人脸分析摄像机 X1</h1>
<p>支持实时人脸检测与抓拍。</p>
<p>人脸属性：年龄、性别、民族（维族/汉族）识别，支持戴眼镜、口罩检测。</p>
<p><a href="/api/attributes.html">API 文档</a></p>
</body></html>
"""

API_EN = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Face Attributes API</title></head>
<body>
<h1>Face Attributes API</h1>
<p>POST /v1/face/attributes returns, for each detected face: age, gender, glasses, mask and
ethnicity (Uyghur, Han, Tibetan) with a confidence score.</p>
<p><a href="/products/face.html">Product</a></p>
</body></html>
"""

# The rendered claim; served only base64-encoded inside JSON so no raw response holds the words.
JS_CLAIM_HTML = ("<h2>Face attribute analysis</h2><p id=\"claim\">Our camera SDK recognises the "
                 "ethnicity of each face (Uyghur or Han) in real time.</p>")

APP_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Docs portal</title>
<style>body{font-family:sans-serif;background:#fff;color:#111} h1{color:#803}</style>
</head>
<body><h1>Developer portal</h1><div id="root">Loading…</div>
<script src="/static/app.js"></script></body></html>
"""

APP_JS = """
fetch('/api/claim.json').then(r => r.json()).then(d => {
  const bytes = Uint8Array.from(atob(d.b), c => c.charCodeAt(0));
  document.getElementById('root').innerHTML = new TextDecoder('utf-8').decode(bytes);
});
"""

LEAKY_HTML = """<!doctype html>
<html><head><meta charset="utf-8"><title>Leaky</title></head><body><h1>Leaky page</h1>
<img src="http://169.254.169.254/latest/meta-data/iam.png" alt="x">
<script>fetch('file:///etc/passwd').catch(() => {});</script>
</body></html>
"""

INDEX = """<!doctype html>
<html><head><meta charset="utf-8"><title>Vendor</title></head><body>
<h1>Vendor home</h1>
<ul>
<li><a href="/products/face.html">Face camera</a></li>
<li><a href="/api/attributes.html#top">API</a></li>
<li><a href="/app.html">Portal</a></li>
<li><a href="/old">Old product</a></li>
<li><a href="/missing">Gone</a></li>
<li><a href="/private/internal.html">Internal</a></li>
<li><a href="https://elsewhere.example/out">Elsewhere</a></li>
</ul></body></html>
"""

ROBOTS = "User-agent: *\nDisallow: /private/\nSitemap: {base}/sitemap-index.xml\n"
SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-pages.xml</loc></sitemap>
</sitemapindex>
"""
SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}/products/face.html</loc></url>
</urlset>
"""
SITEMAP_PAGES = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}/sitemap-only.html</loc></url>
</urlset>
"""
SITEMAP_ONLY = "<!doctype html><html><body><p>Only in the sitemap.</p></body></html>"

BOMB_SIZE = 16 * 1024 * 1024
_BOMB: list[bytes] = []


def bomb_body() -> bytes:
    if not _BOMB:
        _BOMB.append(gzip.compress(b"\0" * BOMB_SIZE, compresslevel=9, mtime=0))
    return _BOMB[0]


@dataclass
class VendorSite:
    base: str
    requests: list[tuple[str, str, str]] = field(default_factory=list)  # (method, path, UA)
    server: ThreadingHTTPServer | None = None

    def paths(self) -> list[str]:
        return [p for _, p, _ in self.requests]

    def url(self, path: str) -> str:
        return self.base + path


def start_site() -> tuple[VendorSite, ThreadingHTTPServer, threading.Thread]:
    state: dict[str, int] = {"flaky": 0}
    lock = threading.Lock()
    site = VendorSite(base="")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
            return

        def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8",
                  extra: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - http.server API
            path = self.path.split("?", 1)[0]
            with lock:
                site.requests.append((self.command, path, self.headers.get("User-Agent", "")))
            base = site.base
            pages = {
                "/": INDEX, "/products/face.html": PRODUCT_ZH, "/api/attributes.html": API_EN,
                "/app.html": APP_HTML, "/sitemap-only.html": SITEMAP_ONLY, "/leaky.html": LEAKY_HTML,
                "/private/internal.html": "<html><body>internal: ethnicity</body></html>",
            }
            if path in pages:
                self._send(200, pages[path].encode("utf-8"))
            elif path == "/static/app.js":
                self._send(200, APP_JS.encode(), "application/javascript")
            elif path == "/api/claim.json":
                b = base64.b64encode(JS_CLAIM_HTML.encode("utf-8")).decode()
                self._send(200, json.dumps({"b": b}).encode(), "application/json")
            elif path == "/robots.txt":
                self._send(200, ROBOTS.format(base=base).encode(), "text/plain")
            elif path in ("/sitemap.xml", "/sitemap-index.xml", "/sitemap-pages.xml"):
                text = {"/sitemap.xml": SITEMAP, "/sitemap-index.xml": SITEMAP_INDEX,
                        "/sitemap-pages.xml": SITEMAP_PAGES}[path]
                self._send(200, text.format(base=base).encode(), "application/xml")
            elif path == "/old":
                self._send(301, b"moved", extra={"Location": "/older"})
            elif path == "/older":
                self._send(302, b"found", extra={"Location": f"{base}/products/face.html"})
            elif path == "/to-metadata":
                self._send(302, b"", extra={"Location": "http://169.254.169.254/latest/meta-data/"})
            elif path == "/chunked":
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for part in (API_EN[:100], API_EN[100:]):
                    data = part.encode("utf-8")
                    self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
            elif path == "/bomb":
                self._send(200, bomb_body(), extra={"Content-Encoding": "gzip"})
            elif path == "/flaky":
                with lock:
                    state["flaky"] += 1
                    n = state["flaky"]
                if n == 1:
                    self._send(503, b"try later", extra={"Retry-After": "0"})
                else:
                    self._send(200, b"<html><body><p>steady now</p></body></html>")
            else:
                self._send(404, b"<html><body><h1>Not found</h1></body></html>")

        do_HEAD = do_GET

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    site.server = server
    thread = threading.Thread(target=server.serve_forever, name="vendor-site", daemon=True)
    thread.start()
    return site, server, thread
