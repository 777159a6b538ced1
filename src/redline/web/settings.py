"""What the web app is configured with: one frozen value built by ``redline serve`` or a test.

The session secret lives in the data directory (``web-secret``, created with mode 0600 on first
use), so sessions survive restarts and no secret is ever in the code or the command line.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from redline.limits import Limits

SECRET_FILE = "web-secret"


def load_or_create_secret(data_dir: Path) -> str:
    """The session-signing secret stored in ``data_dir`` (created once, mode 0600)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / SECRET_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        if len(text) >= 32:
            return text
    except FileNotFoundError:
        pass
    value = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(value + "\n")
    return value


@dataclass(frozen=True, slots=True, kw_only=True)
class WebSettings:
    data_dir: Path
    archive_dir: Path
    secret_key: str
    https_only: bool = False  # Secure flag on the session cookie (set it behind TLS)
    session_max_age: int = 12 * 3600
    login_max_failures: int = 5  # per client address and per account name ...
    login_window_seconds: float = 300.0  # ... within this window, then 429
    scan_allow_private: bool = False  # scan-on-demand URLs: private addresses are refused
    scan_max_upload_bytes: int = 50 * 1024 * 1024
    scan_max_urls: int = 20
    rule_paths: tuple[str, ...] = ()
    limits: Limits = field(default_factory=Limits)

    @classmethod
    def from_data_dir(cls, data_dir: Path, **kwargs: object) -> WebSettings:
        data_dir = Path(data_dir)
        return cls(data_dir=data_dir, archive_dir=data_dir / "archive",
                   secret_key=load_or_create_secret(data_dir), **kwargs)  # type: ignore[arg-type]
