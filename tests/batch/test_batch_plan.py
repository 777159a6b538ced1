"""Planning batch tasks: input expansion, splitting big WARCs, finding record boundaries."""

from __future__ import annotations

import gzip
import itertools
from pathlib import Path

import pytest
from warcgen import standard_pages, write_warc
from warcio.archiveiterator import ArchiveIterator

from redline.batch.plan import detect_kind, expand_inputs, find_record_boundary, plan_tasks


def _pages(n: int) -> list:
    out = []
    for i in range(n):
        out += standard_pages(n_plain=2, tag=str(i))
    return out


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("plan")
    gz = write_warc(d / "crawl.warc.gz", _pages(4))
    plain = write_warc(d / "crawl.warc", _pages(4), gzip_records=False)
    one = d / "onestream.warc.gz"
    one.write_bytes(gzip.compress(plain.read_bytes()))
    return {"gz": gz, "plain": plain, "one": one}


def _offsets(path: Path) -> list[int]:
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        return [it.offset for _ in it]


@pytest.mark.parametrize("kind", ["gz", "plain"])
def test_boundary_is_first_record_at_or_after_offset(files: dict[str, Path], kind: str) -> None:
    path = files[kind]
    true = _offsets(path)
    size = path.stat().st_size
    assert len(true) > 40
    with open(path, "rb") as fh:
        for off in range(0, size + 5, 11):
            want = next((t for t in true if t >= off), None)
            assert find_record_boundary(fh, off, "warc.gz" if kind == "gz" else "warc") == want, off
        # with a limit: nothing is returned at or past it
        mid = true[len(true) // 2]
        assert find_record_boundary(fh, true[3] + 1, "warc.gz" if kind == "gz" else "warc", limit=mid) == true[4]
        assert find_record_boundary(fh, mid + 1, "warc.gz" if kind == "gz" else "warc", limit=mid + 2) is None


def test_detect_kind(files: dict[str, Path]) -> None:
    assert detect_kind(files["gz"].read_bytes()[:65536], "crawl.warc.gz") == "warc.gz"
    assert detect_kind(files["plain"].read_bytes()[:65536], "crawl.warc") == "warc"
    assert detect_kind(files["one"].read_bytes()[:1000], "x.warc.gz") == "gz"
    assert detect_kind(b"hello", "x.warc") == "unknown"


def test_plan_splits_only_splittable_files(files: dict[str, Path]) -> None:
    inputs = expand_inputs([str(files["gz"]), str(files["plain"]), str(files["one"])])
    tasks = plan_tasks(inputs, split_bytes=4096)
    by_file: dict[str, list] = {}
    for t in tasks:
        by_file.setdefault(t.source, []).append(t)
    for key in ("gz", "plain"):
        parts = by_file[str(files[key])]
        size = files[key].stat().st_size
        assert len(parts) == -(-size // 4096) > 1
        # contiguous ranges covering the file, distinct keys
        assert parts[0].start == 0 and parts[-1].end is None
        assert all(a.end == b.start for a, b in itertools.pairwise(parts))
        assert len({t.key for t in parts}) == len(parts)
    assert len(by_file[str(files["one"])]) == 1  # one gzip stream cannot be split
    assert plan_tasks(inputs, split_bytes=None) == plan_tasks(inputs, split_bytes=0)
    assert len(plan_tasks(inputs, split_bytes=None)) == 3


def test_expand_inputs_globs_folders_and_missing(files: dict[str, Path], tmp_path: Path) -> None:
    folder = files["gz"].parent
    got = expand_inputs([str(folder / "*.warc.gz"), str(folder / "nothing-*.warc"),
                         str(tmp_path / "absent.warc")])
    names = [Path(s).name for s, _ in got]
    assert names == ["crawl.warc.gz", "onestream.warc.gz", "nothing-*.warc", "absent.warc"]
    assert got[0][1] == files["gz"].stat().st_size and got[2][1] is None and got[3][1] is None
    whole = expand_inputs([str(folder)])
    assert sorted(Path(s).name for s, _ in whole) == ["crawl.warc", "crawl.warc.gz", "onestream.warc.gz"]
    assert expand_inputs([f"file://{files['gz']}"])[0][1] == files["gz"].stat().st_size


def test_one_stream_gzip_planned_by_name_is_still_read_once(files: dict[str, Path]) -> None:
    """A remote file is split by its name alone; a .warc.gz that is one gzip stream must still
    give every record exactly once (the first task reads it all, the others find nothing)."""
    from redline.batch.plan import Task
    from redline.batch.worker import BatchConfig, scan_task

    one = files["one"]
    size = one.stat().st_size
    split = 2048
    n = -(-size // split)
    parts = [Task(source=str(one), size=size, start=i * split, end=None if i == n - 1 else (i + 1) * split,
                  part=i, parts=n, kind="warc.gz") for i in range(n)]
    whole = scan_task(Task(source=str(one), size=size, kind="gz"), BatchConfig())
    results = [scan_task(t, BatchConfig()) for t in parts]
    assert whole.findings and all(r.error is None for r in results)
    key = lambda row: (row["uri"], row["rule"], row["fingerprint"])
    got = [key(f) for r in results for f in r.findings]
    assert sorted(got) == sorted(key(f) for f in whole.findings)
