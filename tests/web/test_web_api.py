"""The web app's JSON API and pages on a real SQLite store filled by real watch cycles.

Login, roles, CSRF and cross-site refusal, rate limiting, security headers, the finding's
evidence (record, screenshot, WACZ checked by our verifier), the timeline diff, filters,
triage and audit, exports, scan on demand, user management.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from web_helpers import BASE, PASSWORDS, World, csrf_of, login, make_app
from web_fixture_site import CLAIM

from redline.archive.verify import verify_path


def _finding_ids(client, vendor: str) -> list[int]:  # type: ignore[no-untyped-def]
    r = client.get("/api/findings", params={"vendor": vendor})
    assert r.status_code == 200
    return sorted(f["id"] for f in r.json())


def _claim_finding(client, vendor: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    found = [f for f in client.get("/api/findings", params={"vendor": vendor}).json() if f["evidence"] == CLAIM]
    assert len(found) == 1
    return found[0]


# ----------------------------------------------------------------------------- access


def test_health_is_public_and_everything_else_needs_login(client_for, app) -> None:  # type: ignore[no-untyped-def]
    c = client_for(None)
    r = c.get("/healthz")
    assert r.status_code == 200 and r.json()["status"] == "ok"
    assert c.get("/static/htmx.min.js").status_code == 200
    assert c.get("/login").status_code == 200
    # Every API operation of the OpenAPI document, and every page, refuses an anonymous caller.
    paths = app.openapi()["paths"]
    assert len(paths) >= 15
    for path, ops in paths.items():
        concrete = re.sub(r"\{[^}]+\}", "1", path)
        for method in ops:
            if path in ("/healthz", "/api/login"):
                continue
            r = c.request(method.upper(), concrete, follow_redirects=False)
            assert r.status_code in (401, 403), (method, path, r.status_code)
    assert c.get("/openapi.json").status_code == 401
    for page in ("/", "/findings/1", "/sources", "/sources/1", "/audit", "/scan", "/admin/users", "/nope"):
        r = c.get(page, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login"), page


def test_login_sets_a_safe_session_cookie_and_logout_ends_it(client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for(None)
    r = login(c, "rita")
    assert r.status_code == 303
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert c.get("/api/me").json()["name"] == "rita"
    tok = csrf_of(c.get("/").text)
    assert c.post("/logout", data={"csrf_token": tok}, follow_redirects=False).status_code == 303
    assert c.get("/api/me").status_code == 401
    # After login only local paths are followed (no open redirect).
    for nxt, expected in (("/sources", "/sources"), ("//evil.example/", "/"), ("/\t/evil.example", "/"),
                          ("https://evil.example/", "/"), ("/\\evil.example", "/")):
        tok = csrf_of(c.get("/login").text)
        r = c.post("/login", data={"username": "rita", "password": PASSWORDS["rita"], "csrf_token": tok,
                                   "next": nxt}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == expected, nxt
        c.post("/logout", data={"csrf_token": c.get("/api/me").json()["csrf_token"]})


def test_json_login_for_api_clients(client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for(None)
    assert c.post("/api/login", json={"username": "rita", "password": "nope-nope"}).status_code == 401
    r = c.post("/api/login", json={"username": "rita", "password": PASSWORDS["rita"]})
    assert r.status_code == 200 and r.json()["role"] == "reviewer"
    tok = r.json()["csrf_token"]
    fid = _finding_ids(c, "y")[0]
    r = c.post(f"/api/findings/{fid}/reviews", json={"decision": "needs-second-look", "note": "api client"},
               headers={"X-CSRF-Token": tok})
    assert r.status_code == 201 and r.json()["who"] == "rita"
    assert c.post("/api/logout", headers={"X-CSRF-Token": tok}).status_code == 204
    assert c.get("/api/me").status_code == 401
    # A form (what another site could submit) cannot log anyone in through the API.
    r = c.post("/api/login", data={"username": "rita", "password": PASSWORDS["rita"]})
    assert r.status_code == 403


def test_wrong_password_then_rate_limited(world: World, ruleset) -> None:  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    app = make_app(world, ruleset, login_max_failures=3, login_window_seconds=60)
    with TestClient(app, base_url=BASE) as c:
        for _ in range(3):
            assert login(c, "alice", "wrong-password").status_code == 401
        r = login(c, "alice")  # the right password, but too many failures just now
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        assert c.get("/api/me").status_code == 401
    audit = [a.action for a in world.repo.list_audit(limit=20)]  # type: ignore[attr-defined]
    assert "login-failed" in audit and "login-throttled" in audit


def test_disabled_account_cannot_log_in(client_for) -> None:  # type: ignore[no-untyped-def]
    admin = client_for("alice")
    r = admin.post("/api/users", json={"name": "dora", "role": "viewer", "password": "dora-pass-1"})
    assert r.status_code == 201 and r.json()["role"] == "viewer"
    d = client_for(None)
    assert login(d, "dora", "dora-pass-1").status_code == 303
    assert d.get("/api/me").status_code == 200
    assert admin.patch("/api/users/dora", json={"disabled": True}).status_code == 200
    assert d.get("/api/me").status_code == 401  # the live session ends at once
    assert login(d, "dora", "dora-pass-1").status_code == 401
    assert admin.post("/api/users", json={"name": "dora", "role": "viewer",
                                          "password": "xxxxxxxx1"}).status_code == 409


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inline_scripts = 0
        self.handlers: list[str] = []
        self.forms_without_token = 0
        self._form: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script" and not a.get("src"):
            self.inline_scripts += 1
        self.handlers += [k for k in a if k.startswith("on")]
        if tag == "form":
            self._form.append((a.get("method") or "get").lower() == "post")
            self._has = False
        if tag == "input" and a.get("name") == "csrf_token" and self._form:
            self._has = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self._form:
            if self._form.pop() and not self._has:
                self.forms_without_token += 1


def test_security_headers_and_no_inline_script(client_for, world: World) -> None:  # type: ignore[no-untyped-def]
    c = client_for("alice")
    fid = _finding_ids(c, "x")[0]
    pages = ["/", f"/findings/{fid}", f"/sources/{world.sources['x']}", "/sources", "/audit", "/scan",
             "/admin/users"]
    for page in pages + ["/login", "/api/me", "/healthz"]:
        r = c.get(page)
        assert r.status_code == 200, page
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "same-origin"
        assert r.headers["cache-control"] == "no-store"  # evidence and tokens are never cached
        assert "strict-transport-security" not in r.headers  # plain HTTP on loopback
    assert c.get("/static/app.css").headers["cache-control"].startswith("public")
    for page in pages:
        p = _Scripts()
        p.feed(c.get(page).text)
        assert p.inline_scripts == 0 and p.handlers == [], page
        assert p.forms_without_token == 0, f"{page}: a POST form without a CSRF token"


# ----------------------------------------------------------------------------- CSRF and roles


def test_csrf_token_required_on_state_changes(client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for("rita")
    fid = _finding_ids(c, "y")[0]
    tok = c.headers.pop("X-CSRF-Token")
    url = f"/api/findings/{fid}/reviews"
    body = {"decision": "needs-second-look", "note": "csrf test"}
    assert c.post(url, json=body).status_code == 403
    assert c.post(url, json=body, headers={"X-CSRF-Token": "x" * 43}).status_code == 403
    # Form posts: the field works, a missing one does not.
    assert c.post(f"/findings/{fid}/review", data={"decision": "confirm"}).status_code == 403
    before = len(c.get(url).json())
    # A cross-origin post is refused even with the right token.
    r = c.post(url, json=body, headers={"X-CSRF-Token": tok, "Origin": "http://evil.example"})
    assert r.status_code == 403 and "cross-origin" in r.json()["detail"]
    r = c.post(url, json=body, headers={"X-CSRF-Token": tok, "Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403
    assert len(c.get(url).json()) == before
    r = c.post(url, json=body, headers={"X-CSRF-Token": tok, "Origin": BASE})
    assert r.status_code == 201 and r.json()["who"] == "rita"
    # Login itself needs the token (no login CSRF).
    anon = client_for(None)
    anon.get("/login")
    r = anon.post("/login", data={"username": "rita", "password": PASSWORDS["rita"], "next": "/"},
                  follow_redirects=False)
    assert r.status_code == 403


def test_roles_are_enforced_on_the_server(client_for, world: World) -> None:  # type: ignore[no-untyped-def]
    viewer, reviewer, admin = client_for("victor"), client_for("rita"), client_for("alice")
    fid = _finding_ids(viewer, "y")[0]
    review = {"decision": "confirm", "note": "viewer tries"}
    assert viewer.post(f"/api/findings/{fid}/reviews", json=review).status_code == 403
    r = viewer.post(f"/findings/{fid}/review", data={"decision": "confirm", "csrf_token": viewer.headers["X-CSRF-Token"]})
    assert r.status_code == 403
    page = viewer.get(f"/findings/{fid}").text
    assert 'id="triage"' not in page and 'id="no-triage"' in page
    assert 'id="triage"' in reviewer.get(f"/findings/{fid}").text
    for c in (viewer, reviewer):
        assert c.get("/api/users").status_code == 403
        assert c.post("/api/users", json={"name": "eve", "role": "admin", "password": "eve-pass-12"}).status_code == 403
        assert c.post("/api/sources", json={"url": "https://vendor.example/"}).status_code == 403
        assert c.patch(f"/api/sources/{world.sources['x']}", json={"paused": True}).status_code == 403
        assert c.delete(f"/api/sources/{world.sources['y']}").status_code == 403
        assert c.get("/admin/users").status_code == 403
    assert viewer.post("/api/scans", data={"urls": ["https://vendor.example/"]}).status_code == 403
    assert admin.get("/api/users").status_code == 200
    r = admin.post("/api/sources", json={"url": "https://vendor-z.example/p", "name": "Vendor Z", "tags": ["vendor:z"]})
    assert r.status_code == 201 and r.json()["vendor"] == "z"
    sid = r.json()["id"]
    assert admin.patch(f"/api/sources/{sid}", json={"paused": True}).json()["paused"] is True
    assert admin.delete(f"/api/sources/{sid}").status_code == 204
    assert admin.post("/api/sources", json={"url": "file:///etc/passwd"}).status_code == 422
    assert admin.patch("/api/users/alice", json={"role": "viewer"}).status_code == 400  # no self-demotion


def test_admin_forms_manage_sources_and_users(client_for) -> None:  # type: ignore[no-untyped-def]
    admin, viewer = client_for("alice"), client_for("victor")
    tok = admin.headers["X-CSRF-Token"]
    r = admin.post("/sources", data={"url": "https://vendor-w.example/ai", "name": "Vendor W", "every_hours": "12",
                                     "tags": "vendor:w country:xx", "csrf_token": tok}, follow_redirects=False)
    assert r.status_code == 303
    page = admin.get("/sources").text
    assert "Vendor W" in page and "vendor:w" in page
    w = next(s for s in admin.get("/api/sources").json() if s["label"] == "Vendor W")
    assert w["every_seconds"] == 12 * 3600 and w["tags"] == ["vendor:w", "country:xx"]
    r = admin.post("/sources", data={"url": "javascript:alert(1)", "csrf_token": tok})
    assert r.status_code == 400 and "http" in r.text
    assert admin.post(f"/sources/{w['id']}/pause", data={"paused": "true", "csrf_token": tok}).status_code == 200
    assert next(s for s in admin.get("/api/sources").json() if s["id"] == w["id"])["paused"] is True
    assert admin.post(f"/sources/{w['id']}/remove", data={"csrf_token": tok}).status_code == 200
    assert all(s["id"] != w["id"] for s in admin.get("/api/sources").json())  # never ran: deleted
    r = admin.post("/admin/users", data={"name": "wes", "role": "reviewer", "password": "wes-pass-12",
                                         "csrf_token": tok}, follow_redirects=False)
    assert r.status_code == 303 and "wes" in admin.get("/admin/users").text
    assert admin.post("/admin/users", data={"name": "x y", "role": "viewer", "password": "short",
                                            "csrf_token": tok}).status_code == 400
    assert admin.post("/admin/users/wes", data={"role": "viewer", "csrf_token": tok}).status_code == 200
    assert next(u for u in admin.get("/api/users").json() if u["name"] == "wes")["role"] == "viewer"
    vt = viewer.headers["X-CSRF-Token"]
    assert viewer.post("/sources", data={"url": "https://x.example/", "csrf_token": vt}).status_code == 403
    assert viewer.post("/admin/users/wes", data={"role": "admin", "csrf_token": vt}).status_code == 403
    assert 'action="/sources"' not in viewer.get("/sources").text  # no add form for a viewer
    actions = {a["action"] for a in admin.get("/api/audit").json()}
    assert {"source-add", "source-pause", "source-remove", "user-add", "user-update"} <= actions


# ----------------------------------------------------------------------------- evidence pages


def test_finding_page_shows_evidence_rule_verdict_screenshot_and_lifecycle(client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for("victor")
    f = _claim_finding(c, "x")
    d = c.get(f"/api/findings/{f['id']}").json()
    assert d["finding"]["evidence"] == CLAIM and CLAIM in d["finding"]["context"]
    assert d["finding"]["rule"] and d["rule_description"] and d["why"]
    # Shown inside the archived page's own text, with words before and after it.
    sur = d["surrounding"]
    assert sur and CLAIM in sur and len(sur) > len(CLAIM) + 10 and "人脸属性分析" in sur
    assert d["verdict"]["stance"] == "capability" and "race_ethnicity" in d["verdict"]["traits"]
    assert "uyghur" in d["verdict"]["groups"]
    # Lifecycle: appeared, removed, reappeared; three snapshots, the claim in two of them.
    assert [e["kind"] for e in d["events"]] == ["appeared", "removed", "reappeared"]
    assert d["finding"]["state"] == "present" and d["finding"]["removed_at"] is None
    assert len(d["occurrences"]) == 2 and all(o["evidence"] == CLAIM for o in d["occurrences"])
    html = c.get(f"/findings/{f['id']}").text
    assert f'<mark class="evidence">{CLAIM}</mark>' in html
    shot = d["screenshot_snapshot_id"]
    assert shot is not None and 'id="screenshot"' in html
    png = c.get(f"/api/snapshots/{shot}/screenshot")
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    assert png.content.startswith(b"\x89PNG\r\n\x1a\n") and len(png.content) > 2000
    # The plain-HTTP source has no screenshot, and says so.
    g = _claim_finding(c, "y")
    dg = c.get(f"/api/findings/{g['id']}").json()
    assert dg["screenshot_snapshot_id"] is None
    assert 'id="no-screenshot"' in c.get(f"/findings/{g['id']}").text
    assert c.get(f"/api/snapshots/{dg['evidence_snapshot_id']}/screenshot").status_code == 404


def test_record_and_wacz_downloads_verify(client_for, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = client_for("victor")
    f = _claim_finding(c, "x")
    snap = c.get(f"/api/findings/{f['id']}").json()["evidence_snapshot_id"]
    rec = c.get(f"/api/snapshots/{snap}/record")
    assert rec.status_code == 200 and rec.headers["content-type"] == "application/warc"
    path = tmp_path / "record.warc.gz"
    path.write_bytes(rec.content)
    report = verify_path(path)
    assert report.ok and report.records == 1 and report.digests_checked >= 1, report.problems
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        got = [(r.rec_type, r.content_stream().read()) for r in ArchiveIterator(fh)]
    assert len(got) == 1 and got[0][0] == "response" and CLAIM.encode() in got[0][1]
    w = c.get(f"/api/snapshots/{snap}/wacz")
    assert w.status_code == 200
    wacz = tmp_path / "snap.wacz"
    wacz.write_bytes(w.content)
    report = verify_path(wacz)
    assert report.ok, report.problems
    with zipfile.ZipFile(wacz) as zf:
        blob = b"".join(zf.read(n) for n in zf.namelist() if n.startswith("archive/"))
    targets = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(io.BytesIO(blob))]
    assert any((t or "").startswith("urn:screenshot:") for t in targets)  # linked records travel along
    assert c.get("/api/snapshots/999999/record").status_code == 404


def test_timeline_diff_and_events(client_for, world: World) -> None:  # type: ignore[no-untyped-def]
    c = client_for("victor")
    sid = world.sources["x"]
    tl = c.get(f"/api/sources/{sid}/timeline").json()
    snaps = sorted(s["id"] for s in tl["snapshots"])
    assert len(snaps) == 3
    n_x = len(world.repo.list_findings(source_id=sid))  # type: ignore[attr-defined]
    assert [e["kind"] for e in tl["events"]].count("removed") == n_x
    d = c.get(f"/api/sources/{sid}/diff", params={"a": snaps[0], "b": snaps[1]}).json()
    removed = [l["text"] for l in d["lines"] if l["op"] == "-"]
    added = [l["text"] for l in d["lines"] if l["op"] == "+"]
    assert any(CLAIM in t for t in removed) and added and not any(CLAIM in t for t in added)
    same = c.get(f"/api/sources/{sid}/diff", params={"a": snaps[0], "b": snaps[2]}).json()
    assert same["added"] == same["removed"] == 0
    page = c.get(f"/sources/{sid}", params={"a": snaps[0], "b": snaps[1]}).text
    assert 'class="op-del"' in page and "event-mark kind-removed" in page
    other = world.sources["y"]
    assert c.get(f"/api/sources/{other}/diff", params={"a": snaps[0], "b": snaps[1]}).status_code == 404


def test_dashboard_counts_and_filters(client_for, world: World) -> None:  # type: ignore[no-untyped-def]
    c = client_for("victor")
    d = c.get("/api/dashboard").json()
    assert {s["label"] for s in d["sources"]} >= {"Vendor X", "Vendor Y"}
    n_x = len(world.repo.list_findings(source_id=world.sources["x"]))  # type: ignore[attr-defined]
    assert n_x >= 1
    x = next(s for s in d["sources"] if s["label"] == "Vendor X")
    assert x["last_status"] == "ok" and x["last_run_at"] and x["findings_present"] == n_x
    assert d["counts"]["findings"] == sum(d["counts"]["by_severity"].values()) >= 2 * n_x
    assert d["counts"]["by_stance"]["capability"] >= 2
    assert {"x", "y"} <= set(d["choices"]["vendors"]) and "uyghur" in d["choices"]["groups"]
    assert {e["kind"] for e in d["events"]} >= {"appeared", "removed", "reappeared"}
    only_x = c.get("/api/dashboard", params={"vendor": "x"}).json()
    assert only_x["counts"]["findings"] == n_x and {f["vendor"] for f in only_x["findings"]} == {"x"}
    assert c.get("/api/findings", params={"tag": "country:cn"}).json() == only_x["findings"]
    assert c.get("/api/findings", params={"group": "uyghur", "trait": "race_ethnicity"}).json()
    assert c.get("/api/findings", params={"stance": "disclaimer"}).json() == []
    assert c.get("/api/findings", params={"group": "no-such-group"}).json() == []
    # HTMX asks for the results fragment only.
    frag = c.get("/", params={"vendor": "y"}, headers={"HX-Request": "true"}).text
    assert frag.startswith('<div id="results">') and "<html" not in frag and "Vendor Y" in frag


# ----------------------------------------------------------------------------- triage


def test_triage_records_who_when_and_feeds_the_baseline(client_for, world: World) -> None:  # type: ignore[no-untyped-def]
    c = client_for("rita")
    g = _claim_finding(c, "y")
    r = c.post(f"/api/findings/{g['id']}/reviews", json={"decision": "dismiss-out-of-scope",
                                                          "note": "fixture page, not a product"})
    assert r.status_code == 201 and r.json()["who"] == "rita"
    assert r.json()["decision"] == "dismiss-out-of-scope"
    assert g["fingerprint"] in world.repo.dismissed_fingerprints()  # type: ignore[attr-defined]
    base = c.get("/api/baseline").json()
    assert g["fingerprint"] in {e["fingerprint"] for e in base["findings"]}
    from redline.baseline import parse_baseline

    assert g["fingerprint"] in parse_baseline(base).fingerprints  # what `redline scan --baseline` reads
    dismissed = c.get("/api/findings", params={"review": "dismissed"}).json()
    assert g["id"] in {f["id"] for f in dismissed}
    audit = c.get("/api/audit").json()
    entry = next(a for a in audit if a["action"] == "review" and a["target"] == f"finding:{g['id']}")
    assert entry["actor"] == "rita" and entry["detail"]["note"] == "fixture page, not a product"
    assert "fixture page, not a product" in c.get("/audit").text
    # The exports list it as suppressed by the baseline.
    rep = c.get("/api/export", params={"format": "json", "vendor": "y"}).json()
    sup = [f for d in rep["documents"] for f in d["findings"] if f.get("suppressed")]
    assert [f["evidence"] for f in sup] == [CLAIM]
    # Decisions are append-only: confirming again makes it current, the history stays.
    assert c.post(f"/api/findings/{g['id']}/reviews", json={"decision": "confirm"}).status_code == 201
    assert g["fingerprint"] not in world.repo.dismissed_fingerprints()  # type: ignore[attr-defined]
    hist = c.get(f"/api/findings/{g['id']}/reviews").json()
    assert [h["decision"] for h in hist][-2:] == ["dismiss-out-of-scope", "confirm"]
    assert c.post(f"/api/findings/{g['id']}/reviews", json={"decision": "maybe"}).status_code == 422
    assert c.post("/api/findings/999999/reviews", json={"decision": "confirm"}).status_code == 404


def test_htmx_triage_returns_the_panel(client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for("rita")
    g = [f for f in c.get("/api/findings", params={"vendor": "y"}).json() if f["evidence"] != CLAIM][0]
    r = c.post(f"/findings/{g['id']}/review", data={"decision": "needs-second-look", "note": "check the zh text",
                                                    "csrf_token": c.headers["X-CSRF-Token"]},
               headers={"HX-Request": "true"})
    assert r.status_code == 200 and r.text.lstrip().startswith('<div id="review"')
    assert "needs-second-look" in r.text and "check the zh text" in r.text
    r = c.post(f"/findings/{g['id']}/review", data={"decision": "confirm", "csrf_token": c.headers["X-CSRF-Token"]},
               follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/findings/{g['id']}#review"


# ----------------------------------------------------------------------------- exports


def test_exports_csv_json_html_wacz(client_for, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = client_for("victor")
    ids = _finding_ids(c, "x")
    r = c.get("/api/export", params={"format": "csv", "ids": ids})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == len(ids) and CLAIM in {row.get("evidence") for row in rows}
    rep = c.get("/api/export", params={"format": "json", "ids": ids[:1]}).json()
    assert rep["version"] == 1 and sum(len(d["findings"]) for d in rep["documents"]) == 1
    assert rep["documents"][0]["verdict"]["stance"] == "capability"
    html = c.get("/api/export", params={"format": "html", "ids": ids})
    assert html.status_code == 200 and CLAIM in html.text
    assert "default-src 'none'" in html.headers["content-security-policy"]
    w = c.get("/api/export", params={"format": "wacz", "ids": ids})
    assert w.status_code == 200
    (tmp_path / "e.wacz").write_bytes(w.content)
    rep2 = verify_path(tmp_path / "e.wacz")
    assert rep2.ok and rep2.records >= 2, rep2.problems  # the response and its linked records
    assert c.get("/api/export", params={"format": "json", "ids": [999999]}).status_code == 404
    assert c.get("/api/export", params={"format": "pdf"}).status_code == 422


# ----------------------------------------------------------------------------- scan on demand


def test_scan_uploads_and_refuses_private_urls(client_for, world: World) -> None:  # type: ignore[no-untyped-def]
    c = client_for("rita")
    files = [("files", ("claims.txt", b"Our camera performs ethnicity detection: Uyghur face recognition.\n", "text/plain")),
             ("files", ("clean.txt", b"A door camera with visitor logging.\n", "text/plain"))]
    r = c.post("/api/scans", files=files, data={"urls": [world.site.base + "/products/face.html"]})
    assert r.status_code == 201, r.text
    out = r.json()
    docs = {d["uri"]: d for d in out["documents"]}
    assert docs["claims.txt"]["findings"] >= 1 and docs["claims.txt"]["stance"] == "capability"
    assert docs["clean.txt"]["findings"] == 0
    private = docs[world.site.base + "/products/face.html"]
    assert private["error"] and ("private" in private["error"] or "refused" in private["error"])
    assert out["report"]["version"] == 1
    assert world.site.version  # the site was never asked: refusal happens before connecting
    page = c.get(f"/scans/{out['id']}").text
    assert 'sandbox="allow-scripts"' in page and "claims.txt" in page
    frame = c.get(f"/scans/{out['id']}/report.html")
    assert frame.status_code == 200 and "sandbox allow-scripts" in frame.headers["content-security-policy"]
    assert "frame-ancestors 'self'" in frame.headers["content-security-policy"]
    assert frame.headers["x-frame-options"] == "SAMEORIGIN" and "claims.txt" in frame.text
    sarif = c.get(f"/api/scans/{out['id']}/report", params={"format": "sarif"})
    assert sarif.status_code == 200 and json.loads(sarif.text)["version"] == "2.1.0"
    assert c.post("/api/scans", data={}).status_code == 400


def test_request_bodies_are_bounded(world: World, ruleset) -> None:  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    app = make_app(world, ruleset, scan_max_upload_bytes=1000)
    with TestClient(app, base_url=BASE) as c:
        assert login(c, "rita").status_code == 303
        tok = c.get("/api/me").json()["csrf_token"]
        big = b"x" * (2 * 1024 * 1024)
        r = c.post("/api/scans", headers={"X-CSRF-Token": tok}, files=[("files", ("big.txt", big, "text/plain"))])
        assert r.status_code == 413
        r = c.post("/api/scans", headers={"X-CSRF-Token": tok}, files=[("files", ("mid.txt", b"y" * 5000, "text/plain"))])
        assert r.status_code == 413 and "1000 bytes" in r.json()["detail"]  # the upload limit itself
        r = c.post("/api/scans", headers={"X-CSRF-Token": tok}, files=[("files", ("ok.txt", b"door camera", "text/plain"))])
        assert r.status_code == 201


def test_scan_url_when_private_addresses_are_allowed(world: World, ruleset) -> None:  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    app = make_app(world, ruleset, scan_allow_private=True)
    with TestClient(app, base_url=BASE) as c:
        assert login(c, "rita").status_code == 303
        tok = c.get("/api/me").json()["csrf_token"]
        world.site.version = "v2"
        r = c.post("/scan", data={"urls": world.site.base + "/products/scan.html", "csrf_token": tok},
                   follow_redirects=False)
        assert r.status_code == 303
        page = c.get(r.headers["location"])
        assert page.status_code == 200
        scan_id = r.headers["location"].rsplit("/", 1)[1]
        rep = c.get(f"/api/scans/{scan_id}").json()
        (doc,) = rep["documents"]
        assert doc["error"] is None and doc["findings"] >= 1
        assert CLAIM in json.dumps(rep["report"], ensure_ascii=False)
        assert list((world.data_dir / "scans").glob(f"scan-{scan_id}.warc.gz"))


# ----------------------------------------------------------------------------- OpenAPI


def test_openapi_documents_the_api(client_for) -> None:  # type: ignore[no-untyped-def]
    c = client_for("victor")
    doc = c.get("/openapi.json").json()
    paths = doc["paths"]
    for p in ("/api/dashboard", "/api/findings", "/api/findings/{finding_id}", "/api/findings/{finding_id}/reviews",
              "/api/sources/{source_id}/timeline", "/api/sources/{source_id}/diff", "/api/audit", "/api/export",
              "/api/scans", "/api/users", "/api/snapshots/{snapshot_id}/wacz", "/healthz"):
        assert p in paths, p
    assert not any(p.startswith(("/findings", "/login", "/scan/")) for p in paths)  # pages are not API


# ----------------------------------------------------------------------------- hostile text


def test_hostile_page_text_is_escaped_and_a_missing_archive_is_graceful(tmp_path: Path, ruleset) -> None:  # type: ignore[no-untyped-def]
    """Quotes come from vendor pages: hostile markup in them is shown as text, never run. A
    finding whose archived record is not there still has a page (no screenshot, no download)."""
    from starlette.testclient import TestClient

    from redline.store.repo import EventDraft, ObservedFinding, PageObservation, Repo, utcnow
    from redline.store.tables import EventKind, PageState
    from redline.web.app import create_app
    from redline.web.security import hash_password
    from redline.web.settings import WebSettings

    repo = Repo.open(f"sqlite:///{tmp_path / 'h.db'}")
    evil = '<script>alert("x")</script><img src=x onerror=alert(2)>'
    src = repo.add_source("https://hostile.example/p", name=f"Vendor {evil}", tags=[f"vendor:{evil}"])
    now = utcnow()
    f = ObservedFinding(fingerprint="ab" * 32, rule="named-group-targeting", trait="race_ethnicity",
                        groups=("uyghur",), evidence=f"Uyghur face {evil}", context=f"before Uyghur face {evil} after")
    url = "https://hostile.example/p"
    repo.record_run(src, started_at=now, finished_at=now, status="ok", warc_path=None, pages=[
        PageObservation(url=url, final_url=url, status=200, state=PageState.OK, fetched_at=now, findings=(f,),
                        warc_path="2026/11/missing.warc.gz", record_offset=0, record_id="<urn:uuid:x>")],
        events=[EventDraft(kind=EventKind.APPEARED, url=url, fingerprint=f.fingerprint, finding=f)])
    repo.add_user("alice", "admin", hash_password(PASSWORDS["alice"]))
    app = create_app(WebSettings.from_data_dir(tmp_path), repo, ruleset=ruleset)
    with TestClient(app, base_url=BASE) as c:
        assert login(c, "alice").status_code == 303
        fid = c.get("/api/findings").json()[0]["id"]
        for page in ("/", f"/findings/{fid}", f"/sources/{src.id}", "/sources"):
            html = c.get(page).text
            assert "<script>alert" not in html and "<img src=x" not in html, page
            assert "&lt;script&gt;" in html, page
        page = c.get(f"/findings/{fid}").text
        assert 'id="no-screenshot"' in page and 'id="no-record"' in page and 'id="dl-record"' not in page
        d = c.get(f"/api/findings/{fid}").json()
        assert d["evidence_snapshot_id"] is None and d["verdict"] is None
        snap = d["occurrences"][0]["snapshot"]["id"]
        r = c.get(f"/api/snapshots/{snap}/record")
        assert r.status_code == 404 and "missing" in r.json()["detail"]
        assert c.get(f"/api/snapshots/{snap}/wacz").status_code == 404
        assert c.get(f"/api/sources/{src.id}/diff", params={"a": snap, "b": snap}).status_code == 404
    repo.close()
