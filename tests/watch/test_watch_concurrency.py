"""Two `watch run` processes on one store never fetch the same source twice, and space their
fetches to one host (politeness shared through the store)."""

from __future__ import annotations

import itertools
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
    cmd = [sys.executable, "-m", "redline", "watch", "run", "--once", "--rate-per-host", "2", *store]
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
    # Politeness: each source's capture starts in its own slot for the host (1/2 s apart),
    # booked in the store, although two processes did the work. The first request of a capture
    # is its robots.txt. Without shared slots the two processes fetch at the same moment (gap
    # ~0); the bound leaves room for scheduling jitter on a loaded machine (2 cores, load 8).
    times = sorted(t for p, t in vendor_site.hit_times if p == "/robots.txt")
    assert len(times) == 4
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert times[-1] - times[0] >= 1.0, gaps  # four slots of 0.5 s: at least 1.5 s apart, less jitter
    assert min(gaps) >= 0.05, gaps  # never two captures of the host at the same moment
