"""Two `watch run` processes on one store never fetch the same source twice, and space their
fetches to one host (politeness shared through the store)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from watch_site import VendorSite

from redline.cli import main
from redline.store.repo import Repo


def test_two_processes_share_the_work_and_the_host_budget(
    store_url: str, vendor_site: VendorSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("REDLINE_DATA_DIR", str(data))
    store = ["--database-url", store_url]
    paths = [f"/products/p{i}.html" for i in range(4)]
    for p in paths:
        assert main(["watch", "add", vendor_site.url(p), "--allow-private", *store]) == 0
    vendor_site.pause = 0.3  # each page takes a while, so the two runs overlap
    env = {**os.environ, "REDLINE_DATA_DIR": str(data)}
    cmd = [sys.executable, "-m", "redline", "watch", "run", "--once", "--rate-per-host", "4", *store]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode(errors="replace")
    assert {p: vendor_site.hits.get(p, 0) for p in paths} == {p: 1 for p in paths}
    repo = Repo.open(store_url)
    try:
        runs = {s.id: len(repo.list_snapshots(s.id)) for s in repo.list_sources()}
        assert sorted(runs.values()) == [1, 1, 1, 1]
    finally:
        repo.close()
    # Politeness: page fetches to the one host were spaced by the shared slot (1/4 s),
    # even though two processes fetched them (some slack for scheduling jitter).
    times = sorted(t for p, t in vendor_site.hit_times if p in paths)
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= 0.15, gaps
