"""Files and folders: recursive walk with include/exclude globs and .gitignore handling.

Yields one Document per regular file (data read lazily by the pipeline from ``path``).
Symlinked directories are followed once: a link back to a folder on the current path (a loop)
is a per-document error, a second link to a folder already scanned is skipped. Unreadable
files and folders, broken links, and FIFOs/sockets/devices named on the command line become
documents with an ``error``; FIFOs, sockets and devices met inside folders are skipped (reading
a FIFO would block the scan).
Files that git ignores (``.gitignore`` files on the way down, plus ``.git/``) are skipped unless
``include_ignored`` is set.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pathspec

from redline.model import Document

logger = logging.getLogger(__name__)

ALWAYS_SKIP_DIRS = frozenset({".git", ".hg", ".svn"})


@dataclass
class FileSource:
    paths: Sequence[str | os.PathLike[str]]
    include: Sequence[str] = ()
    exclude: Sequence[str] = ()
    include_ignored: bool = False
    # files never read, by real path: the scan's own report and its partial (.part) file when
    # -o points into a scanned folder (it is being written while the walk passes it)
    own_outputs: frozenset[str] = frozenset()
    skipped: int = field(default=0, init=False)

    def documents(self) -> Iterator[Document]:
        for p in self.paths:
            path = Path(p)
            try:
                is_dir = path.is_dir()
            except OSError as exc:  # e.g. a path under a folder we may not search
                yield _error_doc(path, f"cannot stat: {exc.strerror or exc}")
                continue
            if is_dir:
                yield from self._walk(path)
            elif path.exists() or path.is_symlink():
                if path.is_symlink() and not path.exists():
                    yield _error_doc(path, "broken symbolic link (or a link loop)")
                elif not path.is_file():
                    # a FIFO would block the scan forever; sockets and devices are not documents
                    yield _error_doc(path, f"not a regular file ({_file_kind(path)})")
                else:
                    yield Document(uri=display_uri(str(path)), path=str(path))
            else:
                yield _error_doc(path, "no such file or directory")

    def __post_init__(self) -> None:
        # each glob list as one regex (fnmatch semantics), matched once per path and name
        self._include_re = _globs(self.include)
        self._exclude_re = _globs(self.exclude)

    def _selected(self, rel: str) -> bool:
        name = rel.rsplit("/", 1)[-1]
        inc, exc = self._include_re, self._exclude_re
        if inc is not None and not (inc.match(rel) or inc.match(name)):
            return False
        return exc is None or not (exc.match(rel) or exc.match(name))

    def _excluded_dir(self, rel: str) -> bool:
        exc = self._exclude_re
        return exc is not None and bool(exc.match(rel) or exc.match(rel.rsplit("/", 1)[-1]) or exc.match(rel + "/"))

    def _walk(self, root: Path) -> Iterator[Document]:
        seen: set[tuple[int, int]] = set()  # folders already scanned (by device and inode)
        ancestors: set[tuple[int, int]] = set()  # folders on the current path: a link back is a loop
        specs: list[tuple[str, pathspec.GitIgnoreSpec]] = []

        def ignored(rel: str, is_dir: bool) -> bool:
            if self.include_ignored:
                return False
            for base, spec in specs:
                if base and not rel.startswith(base + "/"):
                    continue
                sub = rel[len(base) + 1:] if base else rel
                if spec.match_file(sub + ("/" if is_dir else "")):
                    return True
            return False

        def walk(d: Path, rel_dir: str) -> Iterator[Document]:
            try:
                st = d.stat()
            except OSError as exc:
                yield _error_doc(d, f"cannot read folder: {exc.strerror or exc}")
                return
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                yield _error_doc(d, "symbolic link loop: the link leads back to a folder that contains it")
                return
            if key in seen:
                # a second link to a folder scanned already: skipped, not an error
                self.skipped += 1
                logger.debug("skipped %s: folder already scanned through another path", d)
                return
            seen.add(key)
            ancestors.add(key)
            try:
                yield from walk_entries(d, rel_dir)
            finally:
                ancestors.discard(key)

        own = self.own_outputs

        def walk_entries(d: Path, rel_dir: str) -> Iterator[Document]:
            if not self.include_ignored:
                gi = d / ".gitignore"
                try:
                    # is_file() raises PermissionError in a folder we may not list
                    if gi.is_file():
                        lines = gi.read_text("utf-8", "replace").splitlines()
                        specs.append((rel_dir, pathspec.GitIgnoreSpec.from_lines(lines)))
                except OSError as exc:
                    logger.debug("cannot read %s: %s", gi, exc)
            try:
                entries = sorted(os.scandir(d), key=lambda e: e.name)
            except OSError as exc:
                yield _error_doc(d, f"cannot list folder: {exc.strerror or exc}")
                return
            for entry in entries:
                rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
                try:
                    is_dir = entry.is_dir()  # follows symlinks
                except OSError:
                    is_dir = False
                if is_dir:
                    if entry.name in ALWAYS_SKIP_DIRS and not self.include_ignored:
                        continue
                    if ignored(rel, True) or self._excluded_dir(rel):
                        self.skipped += 1
                        continue
                    yield from walk(Path(entry.path), rel)
                    continue
                if ignored(rel, False) or not self._selected(rel):
                    self.skipped += 1
                    logger.debug("skipped %s", entry.path)
                    continue
                try:
                    if entry.is_symlink() and not os.path.exists(entry.path):
                        yield _error_doc(Path(entry.path), "broken symbolic link (or a link loop)")
                        continue
                    if not entry.is_file():
                        # FIFOs (reading one would block the scan), sockets, devices
                        self.skipped += 1
                        logger.debug("skipped %s: not a regular file", entry.path)
                        continue
                except OSError as exc:
                    yield _error_doc(Path(entry.path), f"cannot stat: {exc.strerror or exc}")
                    continue
                if own and os.path.realpath(entry.path) in own:
                    self.skipped += 1
                    logger.debug("skipped %s: this scan's own output", entry.path)
                    continue
                yield Document(uri=display_uri(entry.path), path=entry.path)
            # gitignore specs of this folder apply only below it
            while specs and specs[-1][0] == rel_dir and rel_dir:
                specs.pop()

        yield from walk(root, "")


def _globs(patterns: Sequence[str]) -> re.Pattern[str] | None:
    """One regex matching what ``fnmatch.fnmatch`` matches for any of ``patterns``."""
    if not patterns:
        return None
    return re.compile("|".join(fnmatch.translate(os.path.normcase(g)) for g in patterns))


def _file_kind(path: Path) -> str:
    import stat

    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return exc.strerror or "unreadable"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _error_doc(path: Path, message: str) -> Document:
    uri = display_uri(str(path))
    return Document(uri=uri, error=f"{uri}: {message}", error_kind="read")


def display_uri(path: str) -> str:
    """The path as report text: bytes of a file name that are not UTF-8 (os.fsdecode turned them
    into lone surrogates, which no UTF-8 report can hold) are shown as ``\\xNN`` escapes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
