"""The web app in real Chromium (Debian package via Playwright) against a real uvicorn server.

A reviewer logs in, opens a finding, sees the highlighted evidence and the capture screenshot,
dismisses it with a note (HTMX swaps the review panel), finds the decision in the audit log and
logs out. A viewer sees no triage buttons and the API refuses the call with 403. A form on
another site posting to the app is refused. No page logs a CSP violation or script error.

Screenshots of the main pages go to a temporary directory, or to ``$REDLINE_WEB_SCREENSHOTS``
(``docs/screenshots`` when regenerating the README images).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_helpers import PASSWORDS, Server, World
from web_fixture_site import CLAIM

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    out = Path(os.environ.get("REDLINE_WEB_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    return out


class Watch:
    """Console errors and CSP violations of a page (there must be none). Screenshots are taken
    with ``caret="initial"``: Playwright's caret hiding injects a style the CSP blocks."""

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        self.errors: list[str] = []
        page.on("console", lambda m: self.errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))


def _login(page, base: str, name: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}/")
    assert page.url.startswith(f"{base}/login")
    page.fill("#username", name)
    page.fill("#password", PASSWORDS[name])
    page.click("#login")
    page.wait_for_url(f"{base}/")


def _finding_id(world: World, vendor_name: str, evidence: str | None = None, other: bool = False) -> int:
    repo = world.repo
    sid = world.sources[vendor_name]
    rows = [f for f in repo.list_findings(source_id=sid)]  # type: ignore[attr-defined]
    if evidence is not None:
        rows = [f for f in rows if (f.evidence == evidence) != other]
    return int(rows[0].id)


def test_review_flow_in_chromium(browser, live_server: Server, world: World, shots: Path) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    base = live_server.base
    ctx = browser.new_context(viewport={"width": 1360, "height": 900})
    page = ctx.new_page()
    watch = Watch(page)
    page.goto(f"{base}/login")
    page.screenshot(path=str(shots / "login.png"), caret="initial")
    _login(page, base, "rita")
    assert page.locator(".count.total .n").inner_text().strip().isdigit()
    page.screenshot(path=str(shots / "dashboard.png"), full_page=True, caret="initial")
    # HTMX filter: choosing a vendor swaps the results in place and pushes the URL.
    page.select_option("select[name=vendor]", "x")
    page.wait_for_url("**vendor=x**")
    n_x = len(world.repo.list_findings(source_id=world.sources["x"]))  # type: ignore[attr-defined]
    expect(page.locator("table.findings tr.finding")).to_have_count(n_x)
    assert page.locator("#filters").count() == 1  # swapped in place, not a new page
    page.goto(f"{base}/")

    fid = _finding_id(world, "x", CLAIM, other=True)
    page.click(f"a[href='/findings/{fid}']")
    page.wait_for_url(f"{base}/findings/{fid}")
    mark = page.locator("#evidence mark.evidence")
    assert mark.count() == 1 and mark.inner_text() in page.locator("#evidence").inner_text()
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    shot = page.locator("img#screenshot")
    shot.wait_for()
    assert shot.evaluate("img => img.complete && img.naturalWidth > 100 && img.naturalHeight > 100")
    assert page.locator("#dl-record").get_attribute("href", timeout=2000)
    page.screenshot(path=str(shots / "finding.png"), full_page=True, caret="initial")

    page.fill("#note", "Product page of the fixture site; the claim is a test string.")
    page.click("#dismiss-fp")
    page.locator("#review .ok").wait_for()  # the panel was swapped by HTMX (no page load)
    assert page.url == f"{base}/findings/{fid}"
    assert page.locator("#review-state").inner_text() == "dismiss-false-positive"
    assert "rita" in page.locator("#review").inner_text()

    page.click("nav a[href='/audit']")
    page.wait_for_url(f"{base}/audit")
    row = page.locator("#audit tr.action-review", has_text="Product page of the fixture site")
    assert row.count() == 1
    assert "rita" in row.inner_text() and "dismiss-false-positive" in row.inner_text()
    page.screenshot(path=str(shots / "audit.png"), full_page=True, caret="initial")

    sid = world.sources["x"]
    snaps = sorted(s.id for s in world.repo.list_snapshots(sid))  # type: ignore[attr-defined]
    page.goto(f"{base}/sources/{sid}?a={snaps[0]}&b={snaps[1]}")
    assert page.locator("pre.diff .op-del").count() >= 1
    page.screenshot(path=str(shots / "timeline.png"), full_page=True, caret="initial")

    # Scan on demand: upload a file, read the report (the HTML report in a sandboxed frame).
    page.goto(f"{base}/scan")
    page.set_input_files("input[name=files]", files=[{
        "name": "datasheet.txt", "mimeType": "text/plain",
        "buffer": "Face attribute analysis: ethnicity detection (Uyghur, Han) from the face image.\n".encode()}])
    page.click("#scan")
    page.wait_for_url(f"{base}/scans/**")
    assert "datasheet.txt" in page.locator("#scan-docs").inner_text()
    frame = page.frame_locator("iframe.report")
    expect(frame.locator("mark").first).to_be_visible()
    page.screenshot(path=str(shots / "scan.png"), full_page=True, caret="initial")

    page.click("#logout")
    page.wait_for_url(f"{base}/login")
    page.goto(f"{base}/findings/{fid}")
    assert page.url.startswith(f"{base}/login")
    assert watch.errors == [], watch.errors
    ctx.close()


def test_viewer_cannot_triage(browser, live_server: Server, world: World) -> None:  # type: ignore[no-untyped-def]
    base = live_server.base
    ctx = browser.new_context()
    page = ctx.new_page()
    watch = Watch(page)
    _login(page, base, "victor")
    fid = _finding_id(world, "y")
    page.goto(f"{base}/findings/{fid}")
    assert page.locator("#triage").count() == 0
    assert page.locator("button", has_text="Dismiss").count() == 0
    assert page.locator("#no-triage").is_visible()
    # The server refuses the call even with a valid session and CSRF token.
    status = page.evaluate("""async (id) => {
        const token = document.querySelector('meta[name=csrf-token]').content;
        const r = await fetch(`/api/findings/${id}/reviews`, {method: 'POST',
            headers: {'Content-Type': 'application/json', 'X-CSRF-Token': token},
            body: JSON.stringify({decision: 'confirm', note: 'viewer'})});
        return r.status; }""", fid)
    assert status == 403
    assert all(r.note != "viewer" for r in world.repo.list_reviews())  # type: ignore[attr-defined]
    # The only console error is the refused request itself.
    assert len(watch.errors) == 1 and "403" in watch.errors[0], watch.errors
    ctx.close()


def test_cross_site_form_post_is_rejected(browser, live_server: Server, world: World) -> None:  # type: ignore[no-untyped-def]
    base = live_server.base
    fid = _finding_id(world, "y")
    world.site.attacker_target = f"{base}/findings/{fid}/review"
    ctx = browser.new_context()
    page = ctx.new_page()
    _login(page, base, "rita")  # the victim is logged in
    before = len(world.repo.list_reviews())  # type: ignore[attr-defined]
    # Another site (a different host name, so a different site for the browser) posts a form.
    attacker = world.site.base.replace("127.0.0.1", "localhost") + "/attacker.html"
    page.goto(attacker)
    with page.expect_navigation():
        page.click("#go")
    body = page.locator("body").inner_text()
    assert "refused" in body or "login" in page.url
    assert len(world.repo.list_reviews()) == before  # type: ignore[attr-defined]
    assert all(r.note != "forged" for r in world.repo.list_reviews())  # type: ignore[attr-defined]
    # The same form from the app's own origin, but without the session's token, is refused too.
    resp = page.request.post(f"{base}/findings/{fid}/review", form={"decision": "confirm", "csrf_token": "guessed"},
                             headers={"Origin": base})
    assert resp.status == 403
    assert len(world.repo.list_reviews()) == before  # type: ignore[attr-defined]
    ctx.close()
