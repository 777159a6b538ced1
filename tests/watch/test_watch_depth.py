"""A source crawled with --depth: each page found in scope is a snapshot of its own."""

from __future__ import annotations

from pathlib import Path

from watch_site import VendorSite

from redline.store.repo import Repo
from redline.watch.runner import Watcher, WatchSettings


def test_depth_one_follows_links_and_tracks_each_page(tmp_path: Path, vendor_site: VendorSite,
                                                      ruleset) -> None:  # type: ignore[no-untyped-def]
    repo = Repo.open(f"sqlite:///{tmp_path / 'redline.db'}")
    try:
        src = repo.add_source(vendor_site.url("/catalog/index.html"), name="Catalog", depth=1,
                              allow_private=True)
        w = Watcher(repo, WatchSettings(archive_dir=tmp_path / "archive", rate_per_host=0), ruleset)
        sub = vendor_site.url("/products/sub.html")

        def run(version: str) -> list[tuple[str, str]]:
            vendor_site.version = version
            [outcome] = w.run_once(all_sources=True).sources
            assert outcome.status == "ok"
            return sorted((e.kind.value, e.url) for e in outcome.events)

        assert run("v1") == []
        pages = {s.url for s in repo.list_snapshots(src.id)}
        assert pages == {src.url, sub}  # the off-site link was not followed
        appeared = run("v2")
        assert appeared and set(appeared) == {("appeared", sub)}
        assert set(run("v3")) == {("removed", sub)}
        assert run("v4") == [("page-gone", sub)]
    finally:
        repo.close()
