"""`redline batch`: same findings as `redline scan`, durable results, --resume, per-file errors.

One test runs on a real Dask LocalCluster (2 worker processes on 127.0.0.1) and one interrupts a
real run with SIGINT; the others use ``--workers 0`` (the same task function, in this process)
to keep the suite fast.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from warcgen import standard_pages, write_warc

from redline.batch import ResultsDir
from redline.cli import main

KEY = ("uri", "rule", "evidence", "fingerprint", "record_id", "record_offset", "severity")


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    d = tmp_path_factory.mktemp("batch")
    files = []
    for i in range(3):
        pages = []
        for j in range(3):
            pages += standard_pages(n_plain=4, tag=f"{i}-{j}")
        files.append(write_warc(d / f"crawl-{i}.warc{'.gz' if i != 1 else ''}", pages,
                                gzip_records=i != 1))
    return files


def _scan(capsys: pytest.CaptureFixture[str], paths: list[Path]) -> dict:
    main(["scan", "--format", "json", "--no-progress", *map(str, paths)])
    return json.loads(capsys.readouterr().out)


def _scan_findings(report: dict) -> set[tuple]:
    out = set()
    for d in report["documents"]:
        for f in d["findings"]:
            out.add((d["uri"], f["rule"], f["evidence"], f["fingerprint"], d.get("record_id"),
                     f["location"].get("record_offset"), f["severity"]))
    return out


def _batch_findings(out: Path, *, with_file: bool = False) -> set[tuple]:
    rows = ResultsDir(out).table("findings").to_pylist()
    full = [tuple(r[k] for k in KEY) + (r["warc_file"],) for r in rows]
    assert len(full) == len(set(full)), "a finding was written twice"
    return set(full) if with_file else {k[:-1] for k in full}


def _batch(*args: str) -> int:
    return main(["batch", "--no-progress", *args])


def test_batch_on_local_cluster_equals_scan(warcs: list[Path], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results"
    # split-bytes 4K cuts every file into byte-range tasks, so ranges are checked too
    code = _batch(*map(str, warcs), "--out", str(out), "--workers", "2", "--split-bytes", "4K")
    assert code == 0
    capsys.readouterr()
    report = _scan(capsys, warcs)
    expected = _scan_findings(report)
    assert expected, "the fixture pages must produce findings"
    assert _batch_findings(out) == expected
    # the documents table: one row per document with findings, same verdicts as scan
    docs = {r["uri"]: r for r in ResultsDir(out).table("documents").to_pylist()}
    scan_docs = {d["uri"]: d for d in report["documents"] if d["findings"]}
    assert set(docs) == set(scan_docs)
    for uri, d in scan_docs.items():
        row = docs[uri]
        assert row["stance"] == d["verdict"]["stance"] and row["traits"] == d["verdict"]["traits"]
        assert row["findings"] == len(d["findings"]) and row["sha256"] == d["sha256"]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["documents"] == len(report["documents"])
    assert summary["findings"] == len(expected)
    assert summary["run"]["workers"] == 2 and summary["run"]["complete"] is True
    assert summary["tasks"]["finished"] == summary["run"]["tasks_run"] > len(warcs)
    assert summary["run"]["dashboard"].startswith("http://127.0.0.1:")
    # the parts are ordinary Parquet with the documented columns
    part = next((out / "findings").glob("part-*.parquet"))
    cols = pq.read_schema(part).names
    for c in ("uri", "rule", "trait", "groups", "modality", "stance", "severity", "confidence",
              "evidence", "context", "line", "offset", "fingerprint", "record_id", "warc_file"):
        assert c in cols


def test_resume_skips_finished_files(warcs: list[Path], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r"
    assert _batch(str(warcs[0]), "--out", str(out), "--workers", "0") == 0
    first = json.loads((out / "summary.json").read_text())
    assert first["run"]["tasks_run"] == 1
    # an existing results folder is never silently mixed with a new run
    assert _batch(*map(str, warcs), "--out", str(out), "--workers", "0") == 5
    assert "--resume" in capsys.readouterr().err
    # nor continued with other options
    assert _batch(*map(str, warcs), "--out", str(out), "--workers", "0", "--resume",
                  "--min-severity", "critical") == 5
    assert _batch(*map(str, warcs), "--out", str(out), "--workers", "0", "--resume") == 0
    second = json.loads((out / "summary.json").read_text())
    assert second["run"]["tasks_skipped"] == 1 and second["run"]["tasks_run"] == 2
    fresh = tmp_path / "fresh"
    assert _batch(*map(str, warcs), "--out", str(fresh), "--workers", "0") == 0
    assert _batch_findings(out) == _batch_findings(fresh)
    assert second["findings"] == json.loads((fresh / "summary.json").read_text())["findings"]


def test_resume_after_a_crash_mid_write(warcs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "crash"
    assert _batch(*map(str, warcs), "--out", str(out), "--workers", "0") == 0
    expected = _batch_findings(out)
    # The crash: the last task's manifest line is half written and its part left as a temp file.
    manifest = out / "manifest.jsonl"
    lines = manifest.read_text().splitlines(keepends=True)
    last = json.loads(lines[-1])
    manifest.write_text("".join(lines[:-1]) + lines[-1][: len(lines[-1]) // 2])
    for name in last["parts"].values():
        part = out / name
        part.rename(part.with_name(f".{part.name}.tmp"))
    assert _batch(*map(str, warcs), "--out", str(out), "--workers", "0", "--resume") == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["run"]["tasks_run"] == 1 and summary["run"]["tasks_skipped"] == len(warcs) - 1
    assert _batch_findings(out) == expected


def test_interrupt_then_resume(tmp_path: Path) -> None:
    """Ctrl-C during a real LocalCluster run keeps finished files; --resume completes the rest."""
    pages = []
    for j in range(12):
        pages += standard_pages(n_plain=10, tag=f"i{j}")
    src = write_warc(tmp_path / "src.warc.gz", pages)
    many = []
    for i in range(6):  # ~70 byte-range tasks: far more than finish before the signal lands
        p = tmp_path / f"copy-{i}.warc.gz"
        p.write_bytes(src.read_bytes())
        many.append(str(p))
    out = tmp_path / "int"
    argv = ["batch", "--no-progress", *many, "--out", str(out), "--workers", "1",
            "--split-bytes", "16K"]
    # A shell may start test runners with SIGINT ignored, which children inherit: the child
    # installs Python's own handler first, as an interactive `redline batch` has it.
    code = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            f"from redline.cli import main; sys.exit(main({argv!r}))")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    manifest = out / "manifest.jsonl"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists() and manifest.stat().st_size > 0:
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 2 and "--resume" in err, err
    finished_before = len(ResultsDir(out).manifest())
    assert finished_before >= 1
    assert _batch(*many, "--out", str(out), "--workers", "0", "--split-bytes", "16K", "--resume") == 0
    summary = json.loads((out / "summary.json").read_text())
    total = summary["run"]["tasks_planned"]
    assert total > finished_before
    assert summary["run"]["tasks_skipped"] == finished_before
    assert summary["run"]["tasks_run"] == total - finished_before
    fresh = tmp_path / "fresh"
    assert _batch(*many, "--out", str(fresh), "--workers", "0", "--split-bytes", "16K") == 0
    assert _batch_findings(out, with_file=True) == _batch_findings(fresh, with_file=True)


def test_per_file_errors_are_recorded_not_fatal(warcs: list[Path], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    cut = tmp_path / "cut.warc.gz"
    raw = warcs[0].read_bytes()
    cut.write_bytes(raw[: len(raw) * 2 // 3])
    out = tmp_path / "err"
    code = _batch(str(cut), str(tmp_path / "missing.warc.gz"), str(warcs[2]), "--out", str(out),
                  "--workers", "0")
    assert code == 3
    capsys.readouterr()
    docs = ResultsDir(out).table("documents").to_pylist()
    errors = {r["uri"]: r for r in docs if r["error"]}
    assert set(errors) == {str(cut), str(tmp_path / "missing.warc.gz")}
    assert errors[str(cut)]["error_kind"] == "archive"
    # findings of the records before the cut are kept, and equal scan's
    report = _scan(capsys, [cut])
    assert _batch_findings(out) >= _scan_findings(report)
    assert any(r["warc_file"] == str(cut) for r in ResultsDir(out).table("findings").to_pylist())
    summary = json.loads((out / "summary.json").read_text())
    assert summary["tasks"]["with_errors"] == 2 and len(summary["errors"]) == 2


def test_stats_and_min_severity(warcs: list[Path], tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s"
    assert _batch(str(warcs[0]), "--out", str(out), "--workers", "0") == 0
    capsys.readouterr()
    assert main(["batch", "stats", str(out), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    summary = json.loads((out / "summary.json").read_text())
    for k in ("documents", "findings", "findings_by_rule", "findings_by_severity", "tasks"):
        assert stats[k] == summary[k]
    assert main(["batch", "stats", str(out)]) == 0
    text = capsys.readouterr().out
    assert f"findings: {summary['findings']:,}" in text and "documents:" in text
    assert main(["batch", "stats", str(tmp_path / "nothing")]) == 5
    # --min-severity keeps only findings at or above it
    rows = ResultsDir(out).table("findings").to_pylist()
    top = max(rows, key=lambda r: ("info", "low", "medium", "high", "critical").index(r["severity"]))
    out2 = tmp_path / "s2"
    assert _batch(str(warcs[0]), "--out", str(out2), "--workers", "0",
                  "--min-severity", top["severity"]) == 0
    kept = ResultsDir(out2).table("findings").to_pylist()
    assert kept and all(r["severity"] == top["severity"] for r in kept)
    assert len(kept) == sum(1 for r in rows if r["severity"] == top["severity"])


def test_media_type_filter_and_file_urls(warcs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "m"
    assert _batch(f"file://{warcs[0]}", "--out", str(out), "--workers", "0",
                  "--media-types", "text/plain") == 0
    rows = ResultsDir(out).table("findings").to_pylist()
    assert rows and all(r["uri"].endswith("notes.txt") for r in rows)
    stats = json.loads((out / "summary.json").read_text())["stats"]
    assert stats["records.skipped.media_type"] > 0
    assert os.path.exists(out / "batch.json")


def test_existing_scheduler(warcs: list[Path], tmp_path: Path) -> None:
    """--scheduler ADDRESS uses a cluster someone else started (here: one on 127.0.0.1)."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://",
                      host="127.0.0.1", dashboard_address="127.0.0.1:0") as cluster:
        out = tmp_path / "sched"
        assert _batch(*map(str, warcs), "--out", str(out), "--scheduler", cluster.scheduler_address) == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["run"]["scheduler"] == cluster.scheduler_address
    assert summary["run"]["workers"] == 1
    fresh = tmp_path / "fresh"
    assert _batch(*map(str, warcs), "--out", str(fresh), "--workers", "0") == 0
    assert _batch_findings(out) == _batch_findings(fresh)


def test_wacz_input(warcs: list[Path], tmp_path: Path) -> None:
    """A WACZ package is scanned member by member, with the WARC's own offsets."""
    import zipfile

    wacz = tmp_path / "capture.wacz"
    with zipfile.ZipFile(wacz, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.write(warcs[0], "archive/data.warc.gz")
        zf.writestr("datapackage.json", "{}")
    out_z, out_w = tmp_path / "z", tmp_path / "w"
    assert _batch(str(wacz), "--out", str(out_z), "--workers", "0") == 0
    assert _batch(str(warcs[0]), "--out", str(out_w), "--workers", "0") == 0
    assert _batch_findings(out_z) == _batch_findings(out_w) != set()


USER_PACK = """\
pack: test-user-pack
version: "1.0"
description: A made-up group, to check that user packs reach the batch workers.
concepts:
  - id: zorblaxian
    kind: group
    trait: race_ethnicity
    group: zorblaxian
    targetable: true
    anchor: true
    terms:
      en: [zorblaxian, zorblaxians]
"""


def test_user_rule_pack_reaches_workers(tmp_path: Path) -> None:
    from warcgen import Page, html

    pack = tmp_path / "pack.yaml"
    pack.write_text(USER_PACK, encoding="utf-8")
    warc = write_warc(tmp_path / "z.warc.gz", [
        Page("http://z.example/a", html("Our camera detects Zorblaxian faces in real time.").encode())])
    plain, with_pack = tmp_path / "plain", tmp_path / "pack"
    assert _batch(str(warc), "--out", str(plain), "--workers", "0") == 0
    assert _batch(str(warc), "--out", str(with_pack), "--workers", "0", "--rules", str(pack)) == 0
    assert ResultsDir(plain).table("findings").num_rows == 0
    rows = ResultsDir(with_pack).table("findings").to_pylist()
    assert rows and rows[0]["groups"] == ["zorblaxian"]
    # the pack's text is part of the run's identity: resuming without it is refused
    assert _batch(str(warc), "--out", str(with_pack), "--workers", "0", "--resume") == 5


def test_path_list_with_prefix(warcs: list[Path], tmp_path: Path) -> None:
    """@LIST reads paths like Common Crawl's warc.paths.gz; --prefix says where they live."""
    import gzip as gz

    listing = tmp_path / "warc.paths.gz"
    with gz.open(listing, "wt", encoding="utf-8") as fh:
        fh.write("".join(f"{w.name}\n" for w in warcs[:2]) + "\n# a comment\n")
    out = tmp_path / "list"
    assert _batch(f"@{listing}", "--prefix", f"{warcs[0].parent}/", "--out", str(out),
                  "--workers", "0") == 0
    files = {r["warc_file"] for r in ResultsDir(out).table("findings").to_pylist()}
    assert files == {str(warcs[0]), str(warcs[1])}
    assert _batch(f"@{tmp_path / 'absent.txt'}", "--out", str(tmp_path / "x"), "--workers", "0") == 5


def test_fsspec_urls_split_by_name(warcs: list[Path], tmp_path: Path) -> None:
    """URL inputs go through fsspec (here its in-memory file system, as the tests have no
    network): a glob lists the files with their sizes, big ones are split by their name."""
    import fsspec

    fs = fsspec.filesystem("memory")
    for w in warcs:
        fs.pipe(f"/crawl-{tmp_path.name}/{w.name}", w.read_bytes())
    out = tmp_path / "mem"
    assert _batch(f"memory:///crawl-{tmp_path.name}/*.warc*", "--out", str(out), "--workers", "0",
                  "--split-bytes", "4K") == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["tasks"]["finished"] > len(warcs)  # split into ranges
    local = tmp_path / "local"
    assert _batch(*map(str, warcs), "--out", str(local), "--workers", "0") == 0
    assert _batch_findings(out) == _batch_findings(local)
    assert all(r["warc_file"].startswith("memory://") for r in ResultsDir(out).table("findings").to_pylist())


def test_summary_counts_from_manifest_equal_the_parquet_rows(warcs: list[Path], tmp_path: Path) -> None:
    """The summary sums per-task counts kept in the manifest; manifests written before those
    counts existed are counted from their Parquet parts, with the same totals."""
    out = tmp_path / "results"
    assert _batch(*map(str, warcs), "--out", str(out), "--workers", "0") == 0
    rows = [r for r in ResultsDir(out).table("findings").to_pylist() if r["suppressed"] is None]
    assert rows
    summary = ResultsDir(out).summary()
    by_rule: dict[str, int] = {}
    for r in rows:
        by_rule[r["rule"]] = by_rule.get(r["rule"], 0) + 1
    assert sorted(summary["findings_by_rule"].items()) == sorted(by_rule.items())
    assert summary["findings"] == len(rows)
    assert sum(summary["findings_by_severity"].values()) == len(rows)
    # the same folder with manifest lines as an older redline wrote them (no "counts")
    manifest = out / "manifest.jsonl"
    lines = [json.loads(x) for x in manifest.read_text().splitlines()]
    assert all("counts" in e for e in lines)
    manifest.write_text("".join(json.dumps({k: v for k, v in e.items() if k != "counts"}) + "\n"
                                for e in lines))
    old = ResultsDir(out).summary()
    for k in ("findings", "findings_by_rule", "findings_by_trait", "findings_by_severity",
              "findings_by_group"):
        assert old[k] == summary[k], k


def test_dashboard_serves_its_pages_while_the_batch_runs(warcs: list[Path], tmp_path: Path) -> None:
    """The local dashboard's pages are added once the tasks are submitted: the link printed at
    start answers (a real HTTP request to 127.0.0.1) while tasks are still finishing."""
    import urllib.error
    import urllib.request

    from redline.batch import BatchConfig, run_batch

    seen: dict[str, object] = {}

    class Events:
        def planned(self, **_: object) -> None:
            pass

        def started(self, *, dashboard: str | None, scheduler: str, workers: int) -> None:
            seen["link"] = dashboard

        def task_done(self, entry: dict) -> None:
            # the cluster stays up while this runs (it is called from the batch's loop)
            link = seen.get("link")
            if "status" in seen or not isinstance(link, str):
                return
            deadline = time.monotonic() + 20
            last: Exception | None = None
            while time.monotonic() < deadline:
                try:
                    with urllib.request.urlopen(link, timeout=5) as resp:
                        seen["status"], seen["body"] = resp.status, resp.read()
                        return
                except urllib.error.HTTPError as exc:  # 404 until the pages are added
                    last = exc
                time.sleep(0.05)
            seen["status"] = f"no dashboard: {last}"

        def task_failed(self, task: object, message: str) -> None:
            pass

    summary = run_batch([str(w) for w in warcs], tmp_path / "out", BatchConfig(split_bytes=4096),
                        workers=1, events=Events())
    assert summary["run"]["complete"]
    assert str(seen["link"]).startswith("http://127.0.0.1:")
    assert seen["status"] == 200, seen["status"]
    assert b"bokeh" in bytes(seen["body"]).lower()  # type: ignore[arg-type]
