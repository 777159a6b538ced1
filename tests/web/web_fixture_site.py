"""A loopback vendor site for the web app tests, and a store filled by real watch cycles.

``build_store`` adds two sources and runs the real watcher (capture, WARC, scan, diff, record)
against the site through page versions, so the app has findings with real evidence, archived
records, a browser screenshot, events and a timeline:

    "Vendor X" /products/face.html
        v2 ethnicity claim, rendered in Chromium (appeared; DOM, screenshot, PDF records)
        -> v3 claim removed (removed) -> v2 again (reappeared; same payload as the first)
    "Vendor Y" /products/attrs.html (plain HTTP capture: no screenshot), added before the
        last cycle: v2 claim (appeared)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_HEAD = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{t}</title></head><body>'
CLAIM = "民族属性识别：维吾尔族、汉族，准确率99%。"
VERSIONS: dict[str, str] = {
    "v1": _HEAD.format(t="智能门禁摄像机") + "<h1>智能门禁摄像机</h1><p>支持人脸识别门禁、访客登记与考勤管理。</p></body></html>",
    "v2": _HEAD.format(t="人脸属性分析") + "<h1>人脸属性分析</h1><p>人脸属性分析：支持识别维族、汉族。"
          f"{CLAIM}</p><p>支持人脸识别门禁、访客登记与考勤管理。</p></body></html>",
    "v3": _HEAD.format(t="人脸属性分析") + "<h1>人脸属性分析</h1><p>人脸属性分析：支持识别年龄、性别。</p>"
          "<p>支持人脸识别门禁、访客登记与考勤管理。</p></body></html>",
}
ATTACKER = """<!doctype html><html><body>
<form id="f" method="post" action="{target}">
<input name="decision" value="confirm"><input name="note" value="forged">
<input name="csrf_token" value="guessed"><button id="go" type="submit">go</button></form>
</body></html>"""


@dataclass
class Site:
    base: str = ""
    version: str = "v1"
    attacker_target: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/robots.txt":
                self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
            elif path == "/attacker.html":
                self._send(200, ATTACKER.format(target=site.attacker_target).encode())
            elif path.startswith("/products/"):
                text = VERSIONS[site.version].replace("</body>", f"<!-- {path} --></body>")
                self._send(200, text.encode("utf-8"))
            else:
                self._send(404, b"<html><body>404</body></html>")

    return Handler


def start_site() -> tuple[Site, ThreadingHTTPServer, threading.Thread]:
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    th = threading.Thread(target=server.serve_forever, daemon=True)
    th.start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    return site, server, th


def build_store(repo: object, site: Site, archive_dir: Path, ruleset: object) -> dict[str, int]:
    """Run the watch cycles; returns the source ids."""
    from redline.watch.runner import Watcher, WatchSettings

    x = repo.add_source(site.base + "/products/face.html", name="Vendor X", browser=True,  # type: ignore[attr-defined]
                        allow_private=True, tags=["vendor:x", "country:cn"])
    settings = WatchSettings(archive_dir=archive_dir, allow_private=True, rate_per_host=100.0, retries=0)
    watcher = Watcher(repo, settings, ruleset)  # type: ignore[arg-type]

    def cycle(version: str) -> None:
        site.version = version
        summary = watcher.run_once(all_sources=True)
        assert summary.sources and all(s.status == "ok" for s in summary.sources), summary

    cycle("v2")  # rendered in Chromium: response, DOM, screenshot and PDF records
    # Chromium costs seconds per run: the later runs of X are plain HTTP captures. The v2
    # payload comes back unchanged in the last run, so that snapshot points at the first
    # stored copy (with its screenshot).
    repo.upsert_source(x.url, browser=False)  # type: ignore[attr-defined]
    cycle("v3")
    y = repo.add_source(site.base + "/products/attrs.html", name="Vendor Y", allow_private=True,  # type: ignore[attr-defined]
                        tags=["vendor:y"])
    cycle("v2")
    return {"x": x.id, "y": y.id}
