"""Test servers for the watch tests: a loopback vendor site whose page switches versions
(v1..v5), and a webhook receiver that records what it is sent."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PAGE = "/products/face-attributes.html"

_HEAD = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{t}</title></head><body>'

VERSIONS: dict[str, str | None] = {
    # v1: a product page with no claim
    "v1": _HEAD.format(t="智能门禁摄像机") + "<h1>智能门禁摄像机</h1><p>支持人脸识别门禁、访客登记与考勤管理。</p></body></html>",
    # v2: the claim: ethnicity analytics from faces
    "v2": _HEAD.format(t="人脸属性分析") + "<h1>人脸属性分析</h1><p>人脸属性分析：支持识别维族、汉族。"
          "民族属性识别：维吾尔族、汉族，准确率99%。</p><p>支持人脸识别门禁、访客登记与考勤管理。</p></body></html>",
    # v3: the claim quietly removed, the page still online
    "v3": _HEAD.format(t="人脸属性分析") + "<h1>人脸属性分析</h1><p>人脸属性分析：支持识别年龄、性别。</p>"
          "<p>支持人脸识别门禁、访客登记与考勤管理。</p></body></html>",
    # v4: the page deleted
    "v4": None,
}
VERSIONS["v5"] = VERSIONS["v2"]  # the claim is back

# A page whose claim exists only after JavaScript ran: the served bytes hold it \u-escaped.
_JS_CLAIM = "".join(f"\\u{ord(c):04x}" for c in "人脸属性分析：支持识别维吾尔族、汉族。")
JS_PAGE = (_HEAD.format(t="Vendor app") + "<h1>Vendor app</h1><div id=app></div><script>"
           f"document.getElementById('app').textContent = \"{_JS_CLAIM}\";</script></body></html>")


@dataclass
class VendorSite:
    base: str = ""
    version: str = "v1"
    stall: bool = False  # /products/slow*: send part of the body, then wait for ``release``
    pause: float = 0.0  # seconds every /products/ answer takes (overlapping runs)
    hits: dict[str, int] = field(default_factory=dict)
    hit_times: list[tuple[str, float]] = field(default_factory=list)
    started: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str = PAGE) -> str:
        return self.base + path


def _site_handler(site: VendorSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            with site.lock:
                site.hits[path] = site.hits.get(path, 0) + 1
                site.hit_times.append((path, time.monotonic()))
            body_text = VERSIONS[site.version] if path.startswith("/products/") else None
            if path == "/app/js.html":
                body_text = JS_PAGE
            if path == "/catalog/index.html":
                body_text = (_HEAD.format(t="Catalog") + '<a href="/products/sub.html">人脸属性</a>'
                             '<a href="https://elsewhere.example/">partner</a></body></html>')
            if body_text is None:
                data = b"<html><body><h1>404 Not Found</h1></body></html>"
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            # Each path of /products/ has its own text so pages differ between sources.
            data = body_text.replace("</body>", f"<!-- {path} --></body>").encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if site.pause:
                time.sleep(site.pause)
            stall = site.stall and path.startswith("/products/slow")
            try:
                if stall:
                    self.wfile.write(data[:100])
                    self.wfile.flush()
                    site.started.set()
                    site.release.wait(60)
                self.wfile.write(data[100:] if stall else data)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@dataclass
class Receiver:
    base: str = ""
    posts: list[tuple[str, dict]] = field(default_factory=list)  # type: ignore[type-arg]
    fail_next: int = 0  # answer 500 to this many requests first
    lock: threading.Lock = field(default_factory=threading.Lock)

    def bodies(self, path: str) -> list[dict]:  # type: ignore[type-arg]
        with self.lock:
            return [b for p, b in self.posts if p == path]


def _receiver_handler(rcv: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with rcv.lock:
                fail = rcv.fail_next > 0
                if fail:
                    rcv.fail_next -= 1
                else:
                    rcv.posts.append((self.path, json.loads(raw)))
            self.send_response(500 if fail else 200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler


def _serve(handler: type[BaseHTTPRequestHandler]) -> tuple[ThreadingHTTPServer, threading.Thread]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    th = threading.Thread(target=server.serve_forever, daemon=True)
    th.start()
    return server, th




def start_site() -> tuple[VendorSite, ThreadingHTTPServer, threading.Thread]:
    site = VendorSite()
    server, th = _serve(_site_handler(site))
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    return site, server, th


def start_receiver() -> tuple[Receiver, ThreadingHTTPServer, threading.Thread]:
    rcv = Receiver()
    server, th = _serve(_receiver_handler(rcv))
    rcv.base = f"127.0.0.1:{server.server_address[1]}"
    return rcv, server, th
