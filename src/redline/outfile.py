"""Writing output files: atomically when the target is a file, in place when it is not.

Reports, baselines and WACZ files are written to ``NAME.part`` and renamed over ``NAME`` when
complete, so a reader never sees half a report and an interrupted run leaves the old file. That
rename must never be aimed at something that is not a regular file: ``-o /dev/null`` would
replace the device with an empty regular file (as root, for every program on the machine), and
``-o /dev/stdout`` or a named pipe would never see the data. Such targets are written in place.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


def atomic_target(path: str | os.PathLike[str]) -> Path | None:
    """The file to replace atomically for ``path`` (symlinks resolved, so a link to a report keeps
    pointing at it), or None when ``path`` exists and is not a regular file (a device, a pipe, a
    terminal): write such a target in place."""
    target = Path(path)
    try:
        st = target.stat()
    except FileNotFoundError:
        return target.resolve() if target.is_symlink() else target  # a dangling link: its target
    if not stat.S_ISREG(st.st_mode):
        return None
    return target.resolve() if target.is_symlink() else target


@contextlib.contextmanager
def text_output(path: str | os.PathLike[str], *, encoding: str = "utf-8",
                newline: str | None = "") -> Iterator[TextIO]:
    """A text stream for ``path``: written to ``NAME.part`` and renamed over ``NAME`` when the
    block ends without an exception (the partial file is removed otherwise), or written in place
    when ``path`` is not a regular file. Opening errors (``OSError``) are raised on entry."""
    real = atomic_target(path)
    if real is None:
        with open(path, "w", encoding=encoding, newline=newline) as fh:
            yield fh
        return
    tmp = real.with_name(real.name + ".part")
    fh = open(tmp, "w", encoding=encoding, newline=newline)  # noqa: SIM115 - closed below
    done = False
    try:
        with fh:
            yield fh
        done = True
    finally:
        if done:
            tmp.replace(real)
        else:
            tmp.unlink(missing_ok=True)
