"""A finding dismissed in the web app stops alerting: the watcher records its next events on
the timeline but does not send them; other findings of the same page are still sent.

Real loopback vendor site, real watcher runs into a fresh store (SQLite, and PostgreSQL when
``REDLINE_TEST_POSTGRES_URL`` is set, as .ci/run does), the real app for the dismissal, and a
real webhook receiver on 127.0.0.1."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from web_helpers import BASE, PASSWORDS, ROLES, login
from web_fixture_site import CLAIM, Site

from redline.store.repo import Repo
from redline.watch.runner import Watcher, WatchSettings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))
from store_fixtures import store_url  # noqa: E402,F401


@pytest.fixture
def receiver() -> Iterator[list[dict]]:  # type: ignore[type-arg]
    got: list[dict] = []  # type: ignore[type-arg]

    class H(BaseHTTPRequestHandler):
        def log_message(self, *a: object) -> None:
            pass

        def do_POST(self) -> None:
            got.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), H)
    th = threading.Thread(target=server.serve_forever, daemon=True)
    th.start()
    got.append({"_port": server.server_address[1]})
    yield got
    server.shutdown()
    server.server_close()


def test_dismissed_finding_is_not_notified_again(site: Site, receiver: list, tmp_path: Path, ruleset,  # type: ignore[no-untyped-def,type-arg]
                                                 store_url: str) -> None:
    from starlette.testclient import TestClient

    from redline.web.app import create_app
    from redline.web.security import hash_password
    from redline.web.settings import WebSettings

    port = receiver.pop(0)["_port"]
    repo = Repo.open(store_url)
    repo.add_source(site.base + "/products/notify.html", name="Vendor N", allow_private=True)
    repo.add_notifier(f"webhook+http://127.0.0.1:{port}/hook")
    watcher = Watcher(repo, WatchSettings(archive_dir=tmp_path / "archive", allow_private=True,
                                          rate_per_host=100.0, retries=0), ruleset)
    site.version = "v2"
    s1 = watcher.run_once(all_sources=True)
    appeared = [e for e in s1.events if e.kind.value == "appeared"]
    n = len(appeared)
    assert n >= 2 and s1.sent == n and len(receiver) == n

    repo.add_user("rita", ROLES["rita"], hash_password(PASSWORDS["rita"]))
    app = create_app(WebSettings.from_data_dir(tmp_path), repo, ruleset=ruleset)
    with TestClient(app, base_url=BASE) as c:
        assert login(c, "rita").status_code == 303
        tok = c.get("/api/me").json()["csrf_token"]
        target = next(f for f in c.get("/api/findings").json() if f["evidence"] == CLAIM)
        detail = c.get(f"/api/findings/{target['id']}").json()
        assert detail["occurrences"] and detail["occurrences"][0]["evidence"] == CLAIM
        r = c.post(f"/api/findings/{target['id']}/reviews", headers={"X-CSRF-Token": tok},
                   json={"decision": "dismiss-false-positive", "note": "test page"})
        assert r.status_code == 201
        # The notification link (/findings/<fingerprint>) leads to the finding page.
        r = c.get(f"/findings/{target['fingerprint']}", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == f"/findings/{target['id']}"

    site.version = "v3"  # both claims removed from the page
    s2 = watcher.run_once(all_sources=True)
    removed = [e for e in s2.events if e.kind.value == "removed"]
    assert {e.fingerprint for e in removed} == {e.fingerprint for e in appeared}  # both on the timeline
    assert s2.sent == n - 1
    sent = receiver[n:]
    assert len(sent) == n - 1 and {b["kind"] for b in sent} == {"removed"}
    assert target["fingerprint"] not in {b["fingerprint"] for b in sent}
    statuses = {n.event_id: n.status for n in repo.list_notifications()}
    dismissed_event = next(e for e in removed if e.fingerprint == target["fingerprint"])
    assert statuses[dismissed_event.id] == "suppressed"
    assert repo.list_notifications(status="pending") == []
    repo.close()
