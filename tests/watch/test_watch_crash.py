"""`kill -9` of `watch run` in the middle of a capture loses nothing already recorded, leaves
no half-written WARC record, and the next run completes the work."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from watch_site import Receiver, VendorSite

from redline.archive.verify import verify_path
from redline.cli import main
from redline.store.repo import Repo


def _all_warcs(root: Path) -> list[Path]:
    return sorted(root.rglob("*.warc.gz"))


def test_sigkill_mid_capture_then_recover(
    store_url: str, vendor_site: VendorSite, receiver: Receiver, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("REDLINE_DATA_DIR", str(data))
    store = ["--database-url", store_url]
    fast, slow = vendor_site.url("/products/fast.html"), vendor_site.url("/products/slow.html")
    vendor_site.version = "v2"
    vendor_site.stall = True
    # fast is added first, so it is due first and fully recorded before slow stalls.
    assert main(["watch", "add", fast, "--name", "Fast", *store]) == 0
    assert main(["watch", "add", slow, "--name", "Slow", *store]) == 0
    assert main(["notify", "add", f"webhook+http://{receiver.base}/hook", *store]) == 0
    env = {**os.environ, "REDLINE_DATA_DIR": str(data)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "redline", "watch", "run", "--allow-private", "--rate-per-host", "50",
         "--poll", "1", *store], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert vendor_site.started.wait(60), "the watcher never reached the slow page"
        time.sleep(0.2)  # the body is half sent: the capture is in the middle of the page
    finally:
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err.decode(errors="replace")
    vendor_site.release.set()

    repo = Repo.open(store_url)
    try:
        s_fast, s_slow = repo.get_source("Fast"), repo.get_source("Slow")
        # What was recorded before the kill is there, whole.
        fast_events = repo.list_events(source_id=s_fast.id)
        assert fast_events and {e.kind.value for e in fast_events} == {"appeared"}
        assert len(repo.list_snapshots(s_fast.id)) == 1
        # The interrupted run left no row; its lease belongs to a dead process.
        assert repo.list_snapshots(s_slow.id) == []
        assert s_slow.lease_owner and s_slow.lease_owner.split(":")[1] == str(proc.pid)
    finally:
        repo.close()
    # Every WARC on disk, including the interrupted staging file, holds only whole records.
    warcs = _all_warcs(data / "archive")
    assert any(".staging" in p.parts for p in warcs), "expected the interrupted capture's file"
    for w in warcs:
        report = verify_path(w)
        assert report.ok, (w, report)
    # A second run takes over the dead lease, captures the slow source and completes.
    vendor_site.stall = False
    assert main(["watch", "run", "--once", "--allow-private", "--rate-per-host", "50", *store]) == 0
    capsys.readouterr()
    repo = Repo.open(store_url)
    try:
        s_slow = repo.get_source("Slow")
        assert s_slow.lease_owner is None and s_slow.last_status == "ok"
        assert {e.kind.value for e in repo.list_events(source_id=s_slow.id)} == {"appeared"}
        assert len(repo.list_snapshots(repo.get_source("Fast").id)) == 1  # not due, not re-fetched
        assert repo.list_notifications(status="pending") == []
    finally:
        repo.close()
    assert not any(".staging" in p.parts for p in _all_warcs(data / "archive"))
    assert main(["archive", "check", *map(str, _all_warcs(data / "archive"))]) == 0
    capsys.readouterr()
    # Each event was delivered exactly once, the ones recorded before the kill included.
    code = main(["events", "--format", "json", *store])
    events = json.loads(capsys.readouterr().out)
    assert code == 0
    assert sorted(h["event_id"] for h in receiver.bodies("/hook")) == sorted(e["id"] for e in events)
