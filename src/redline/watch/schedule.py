"""Scheduling helpers: intervals like ``6h``, next-due times, lease owners and their liveness.

Schedules live in the store (``sources.next_due_at``), so they survive restarts; this module
only computes. A lease owner id is ``host:pid:nonce``; a process on the same host can tell
that a lease's owner died (``kill -9``) and break the lease instead of waiting for it to expire.
"""

from __future__ import annotations

import os
import re
import socket
import uuid
from datetime import datetime, timedelta

from redline.errors import UsageError

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])", re.IGNORECASE)

MIN_INTERVAL_SECONDS = 60


def parse_interval(text: str, *, minimum: int = 0) -> int:
    """``"6h"``, ``"1h30m"``, ``"2d"``, ``"90s"`` or plain seconds -> seconds."""
    raw = text.strip().lower()
    if raw.isdigit():
        seconds = int(raw)
    else:
        pos = 0
        total = 0.0
        for m in _PART.finditer(raw):
            if raw[pos:m.start()].strip():
                break
            total += float(m.group(1)) * _UNITS[m.group(2).lower()]
            pos = m.end()
        if pos == 0 or raw[pos:].strip():
            raise UsageError(f"cannot read interval {text!r}; write e.g. 30m, 6h, 1d, 1h30m")
        seconds = int(total)
    if seconds < max(minimum, 1):
        raise UsageError(f"interval {text!r} is shorter than {max(minimum, 1)} seconds")
    return seconds


def format_interval(seconds: int) -> str:
    out = []
    for unit in ("w", "d", "h", "m", "s"):
        n, seconds = divmod(seconds, _UNITS[unit])
        if n:
            out.append(f"{n}{unit}")
    return "".join(out) or "0s"


def next_due(started_at: datetime, every_seconds: int, now: datetime) -> datetime:
    """The next slot on the source's grid after ``now`` (a late run does not pile up runs)."""
    step = timedelta(seconds=every_seconds)
    due = started_at + step
    if due <= now:
        missed = (now - due) // step + 1
        due += step * missed
    return due


def new_owner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def owner_token(owner: str) -> str:
    """A file-name-safe form of an owner id."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", owner)


def is_owner_dead(owner: str) -> bool:
    """True only when the owner is a process on this host that no longer exists."""
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False
