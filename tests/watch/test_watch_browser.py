"""--browser sources: the watcher scans the rendered DOM, so a claim made by JavaScript is seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from watch_site import VendorSite

from redline.limits import Limits
from redline.sources.browser import CHROMIUM
from redline.store.repo import Repo
from redline.watch.runner import Watcher, WatchSettings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"needs Chromium at {CHROMIUM}"),
]


def test_js_only_claim_appears_for_a_browser_source(tmp_path: Path, vendor_site: VendorSite, ruleset) -> None:  # type: ignore[no-untyped-def]
    repo = Repo.open(f"sqlite:///{tmp_path / 'redline.db'}")
    try:
        url = vendor_site.url("/app/js.html")
        plain = repo.add_source(url, name="plain", allow_private=True)
        repo.add_source(url + "?rendered", name="rendered", browser=True, allow_private=True)
        w = Watcher(repo, WatchSettings(archive_dir=tmp_path / "archive", rate_per_host=0,
                                        limits=Limits(fetch_timeout=20)), ruleset)
        summary = w.run_once()
        assert [s.status for s in summary.sources] == ["ok", "ok"]
        by_source = {s.source_id: s.events for s in summary.sources}
        assert by_source[plain.id] == ()  # the served HTML holds the claim only \u-escaped
        rendered = repo.get_source("rendered")
        kinds = {e.kind.value for e in by_source[rendered.id]}
        assert kinds == {"appeared"}
        assert any("维吾尔族" in (e.evidence or "") for e in by_source[rendered.id])
    finally:
        repo.close()
