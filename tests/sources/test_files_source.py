"""Files and folders: globs, .gitignore, symlink loops, unreadable entries."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from redline.sources.files import FileSource


def _tree(root: Path) -> None:
    (root / "src" / "sub").mkdir(parents=True)
    (root / "src" / "a.py").write_text("x = 1\n")
    (root / "src" / "sub" / "b.md").write_text("# b\n")
    (root / "docs").mkdir()
    (root / "docs" / "c.txt").write_text("c\n")
    (root / "node_modules").mkdir()
    (root / "node_modules" / "m.js").write_text("m\n")
    (root / "build").mkdir()
    (root / "build" / "out.txt").write_text("o\n")
    (root / "debug.log").write_text("l\n")
    (root / ".gitignore").write_text("*.log\nbuild/\n")
    (root / "src" / ".gitignore").write_text("b.md\n")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("[core]\n")


def _rel(root: Path, docs) -> list[tuple[str, str | None]]:
    return [(os.path.relpath(d.uri, root), d.error) for d in docs]


def test_walk_honours_gitignore_and_skips_git(tmp_path: Path) -> None:
    _tree(tmp_path)
    src = FileSource([tmp_path])
    got = [r for r, _ in _rel(tmp_path, src.documents())]
    assert got == [".gitignore", "docs/c.txt", "node_modules/m.js", "src/.gitignore", "src/a.py"]
    assert src.skipped == 3  # debug.log, build/, src/sub/b.md


def test_include_ignored(tmp_path: Path) -> None:
    _tree(tmp_path)
    got = [r for r, _ in _rel(tmp_path, FileSource([tmp_path], include_ignored=True).documents())]
    assert {"debug.log", "build/out.txt", "src/sub/b.md", ".git/config"} <= set(got)


def test_include_and_exclude_globs(tmp_path: Path) -> None:
    _tree(tmp_path)
    got = [r for r, _ in _rel(tmp_path, FileSource([tmp_path], include=["*.py", "*.txt"]).documents())]
    assert got == ["docs/c.txt", "src/a.py"]
    got = [r for r, _ in _rel(tmp_path, FileSource([tmp_path], exclude=["node_modules", "docs/*"]).documents())]
    assert "node_modules/m.js" not in got and "docs/c.txt" not in got and "src/a.py" in got


def test_symlink_loop_is_an_error_and_a_second_link_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "f.txt").write_text("f\n")
    os.symlink("..", tmp_path / "a" / "b" / "up")  # a/b/up -> a: a loop
    os.symlink("a", tmp_path / "alias")  # a second path to a/: not a loop
    docs = _rel(tmp_path, FileSource([tmp_path]).documents())
    errors = {r: e for r, e in docs if e}
    assert list(errors) == ["a/b/up"] and "symbolic link loop" in errors["a/b/up"]
    assert [r for r, e in docs if not e] == ["a/b/f.txt"]


def test_dangling_link_fifo_and_missing_path(tmp_path: Path) -> None:
    os.symlink("nowhere", tmp_path / "dangling.txt")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "ok.txt").write_text("ok\n")
    src = FileSource([tmp_path])
    docs = _rel(tmp_path, src.documents())
    assert docs[0][0] == "dangling.txt" and "broken symbolic link" in (docs[0][1] or "")
    assert docs[1:] == [("ok.txt", None)]  # the FIFO in a folder is skipped, never read
    assert src.skipped == 1
    direct = list(FileSource([tmp_path / "pipe", tmp_path / "missing"]).documents())
    assert "not a regular file (a FIFO)" in (direct[0].error or "")
    assert "no such file" in (direct[1].error or "")


def test_file_that_vanishes_before_reading_is_a_read_error(tmp_path: Path) -> None:
    from redline.errors import ReadError

    (tmp_path / "gone.txt").write_text("x\n")
    docs = list(FileSource([tmp_path]).documents())
    (tmp_path / "gone.txt").unlink()
    with pytest.raises(ReadError, match="No such file"):
        docs[0].read()
