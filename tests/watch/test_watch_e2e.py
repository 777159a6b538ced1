"""End to end: a vendor page goes through five versions; the watcher notices each moment.

v1 no claim -> v2 ethnicity analytics claimed (appeared) -> v3 claim removed, page online
(removed) -> v4 page deleted, 404 (page-gone) -> v5 claim back (reappeared). Real loopback
site, real store (SQLite and PostgreSQL), real WARC files, real Apprise json:// and webhook
deliveries to a receiver on 127.0.0.1, and v2's evidence exported as WACZ and checked.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from watch_site import PAGE, VERSIONS, Receiver, VendorSite

from redline.cli import main


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, out


def _warcs(archive: Path) -> set[Path]:
    return {p for p in archive.rglob("*.warc.gz") if ".staging" not in p.parts}


def test_claim_lifecycle_events_notifications_and_evidence(
    store_url: str, vendor_site: VendorSite, receiver: Receiver, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("REDLINE_DATA_DIR", str(data))
    store = ["--database-url", store_url]
    archive = data / "archive"
    url = vendor_site.url(PAGE)

    assert _cli(capsys, "watch", "add", url, "--name", "Vendor X", "--every", "6h", "--tag",
                "vendor:x", "--allow-private", *store)[0] == 0
    assert _cli(capsys, "notify", "add", f"json://{receiver.base}/apprise", *store)[0] == 0
    assert _cli(capsys, "notify", "add", f"webhook+http://{receiver.base}/hook", *store)[0] == 0

    seen = 0

    def cycle(version: str) -> list[dict]:  # type: ignore[type-arg]
        nonlocal seen
        vendor_site.version = version
        code, _ = _cli(capsys, "watch", "run", "--once", "--all", "--rate-per-host", "50", *store)
        assert code == 0, f"watch run failed at {version}"
        code, out = _cli(capsys, "events", "--format", "json", *store)
        assert code == 0
        events = json.loads(out)
        new, seen = events[seen:], len(events)
        return new

    assert cycle("v1") == []
    warcs_v1 = _warcs(archive)
    assert len(warcs_v1) == 1
    # Unchanged payload: stored once (no second WARC), the snapshot points at the first copy.
    assert cycle("v1") == []
    assert _warcs(archive) == warcs_v1

    appeared = cycle("v2")
    assert appeared and {e["kind"] for e in appeared} == {"appeared"}
    fps = {e["fingerprint"] for e in appeared}
    for e in appeared:
        assert e["source"] == "Vendor X" and e["url"] == url and e["at"].endswith("Z")
        assert e["evidence"] and e["evidence"] in VERSIONS["v2"]  # quoted from the page itself
    assert len(fps) == len(appeared)

    removed = cycle("v3")
    assert {e["kind"] for e in removed} == {"removed"}
    assert {e["fingerprint"] for e in removed} == fps

    gone = cycle("v4")
    assert [e["kind"] for e in gone] == ["page-gone"]
    assert gone[0]["url"] == url and gone[0]["detail"]["status"] == 404

    fp = min(fps)
    # v2's evidence survives the removal and the deletion of the page.
    wacz = tmp_path / "evidence.wacz"
    assert _cli(capsys, "evidence", fp, "-o", str(wacz), *store)[0] == 0
    assert _cli(capsys, "archive", "check", str(wacz))[0] == 0
    # ... and the WACZ tools' own validator accepts it.
    proc = subprocess.run([str(Path(sys.executable).with_name("wacz")), "validate", "-f", str(wacz)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with zipfile.ZipFile(wacz) as zf:
        warc_names = [n for n in zf.namelist() if n.startswith("archive/")]
        assert len(warc_names) == 1
        blob = zf.read(warc_names[0])
    from io import BytesIO

    from warcio.archiveiterator import ArchiveIterator

    bodies = [r.content_stream().read() for r in ArchiveIterator(BytesIO(blob))
              if r.rec_type == "response"]
    assert len(bodies) == 1 and "维吾尔族".encode() in bodies[0]
    assert _cli(capsys, "archive", "check", *map(str, sorted(_warcs(archive))))[0] == 0

    back = cycle("v5")
    assert {e["kind"] for e in back} == {"reappeared"}
    assert {e["fingerprint"] for e in back} == fps

    # The timeline filters.
    code, out = _cli(capsys, "events", "--since", "1d", "--kind", "removed,page-gone", "--format", "json", *store)
    assert code == 0 and [e["kind"] for e in json.loads(out)] == ["removed"] * len(fps) + ["page-gone"]
    code, out = _cli(capsys, "events", *store)
    assert code == 0 and "reappeared" in out and "Vendor X" in out

    # Every event reached both notifiers, with vendor, URL, evidence diff, severity, archive.
    all_events = json.loads(_cli(capsys, "events", "--format", "json", *store)[1])
    hooks = receiver.bodies("/hook")
    assert sorted(h["event_id"] for h in hooks) == sorted(e["id"] for e in all_events)
    by_id = {h["event_id"]: h for h in hooks}
    for e in all_events:
        h = by_id[e["id"]]
        assert (h["kind"], h["source"], h["url"], h["fingerprint"]) == (e["kind"], "Vendor X", url, e["fingerprint"])
        if e["fingerprint"]:
            assert h["severity"] in ("critical", "high", "medium", "low", "info")
            sign = "-" if e["kind"] == "removed" else "+"
            assert h["diff"].startswith(f"{sign} ")
            assert f"redline evidence {e['fingerprint']}" in h["body"]
        assert h["archive"].startswith("file://")
        assert Path(h["archive"][len("file://"):].split("#")[0]).exists()
    apprise_posts = receiver.bodies("/apprise")
    assert len(apprise_posts) == len(all_events)
    titles = " ".join(p["title"] for p in apprise_posts)
    for word in ("claim appeared", "claim removed", "page gone", "claim reappeared"):
        assert word in titles
    assert any("维" in p["message"] for p in apprise_posts)
    assert all("Vendor X" in p["title"] and url in p["message"] for p in apprise_posts)
    # Nothing left in the outbox.
    from redline.store.repo import Repo

    r = Repo.open(store_url)
    try:
        assert r.list_notifications(status="pending") == []
        [finding] = [f for f in r.find_findings(fp)]
        assert finding.state.value == "present" and finding.removed_at is None
        assert finding.first_seen_at < finding.last_seen_at
        snaps = r.list_snapshots(finding.source_id)
        assert [s.state.value for s in snaps] == ["ok", "ok", "ok", "ok", "gone", "ok"]
        assert snaps[1].revisit_of == snaps[0].id and snaps[1].warc_path == snaps[0].warc_path
        assert snaps[5].revisit_of == snaps[2].id  # v5 has v2's bytes: stored once
    finally:
        r.close()
    # Removing the source stops the watching, not the evidence.
    assert _cli(capsys, "watch", "remove", "Vendor X", *store)[0] == 0
    assert json.loads(_cli(capsys, "watch", "list", "--format", "json", *store)[1]) == []
    wacz2 = tmp_path / "after-remove.wacz"
    assert _cli(capsys, "evidence", fp[:12], "-o", str(wacz2), *store)[0] == 0
    assert _cli(capsys, "archive", "check", str(wacz2))[0] == 0
    code, _ = _cli(capsys, "watch", "run", "--once", "--all", *store)
    assert code == 0 and len(json.loads(_cli(capsys, "events", "--format", "json", *store)[1])) == seen
