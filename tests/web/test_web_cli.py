"""`redline user` and `redline serve` on a fresh data directory (a real uvicorn process)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from web_helpers import free_port

from redline.cli import main


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_user_add_list_disable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    d = ["--data-dir", str(tmp_path)]
    _stdin(monkeypatch, "bob-pass-123\n")
    assert main(["user", "add", "bob", "--role", "reviewer", "--password-stdin", *d]) == 0
    _stdin(monkeypatch, "short\n")
    assert main(["user", "add", "carl", "--role", "viewer", "--password-stdin", *d]) == 5
    _stdin(monkeypatch, "another-pass-1\n")
    assert main(["user", "add", "bob", "--role", "admin", "--password-stdin", *d]) == 5
    assert main(["user", "add", "zed", "--role", "root", "--password-stdin", *d]) == 5
    capsys.readouterr()
    assert main(["user", "list", *d]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^bob\s+reviewer\s+active", out, re.MULTILINE) and "carl" not in out
    assert main(["user", "disable", "bob", *d]) == 0
    assert main(["user", "list", *d]) == 0
    assert re.search(r"^bob\s+reviewer\s+disabled", capsys.readouterr().out, re.MULTILINE)
    assert main(["user", "disable", "nobody", *d]) == 5
    from redline.store.repo import Repo

    repo = Repo.open(f"sqlite:///{tmp_path / 'redline.db'}")
    user = repo.get_user("bob")
    assert user is not None and user.password_hash.startswith("$argon2id$")
    assert "bob-pass-123" not in user.password_hash
    repo.close()


def test_user_add_prompts_for_the_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    answers = iter(["pw-from-prompt-1", "pw-from-prompt-1", "one-password-1", "another-one-1"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    d = ["--data-dir", str(tmp_path)]
    assert main(["user", "add", "pat", "--role", "viewer", *d]) == 0
    assert main(["user", "add", "sam", "--role", "viewer", *d]) == 5  # the two entries differ
    from redline.store.repo import Repo
    from redline.web.security import verify_password

    repo = Repo.open(f"sqlite:///{tmp_path / 'redline.db'}")
    pat = repo.get_user("pat")
    assert pat is not None and verify_password(pat.password_hash, "pw-from-prompt-1")
    assert repo.get_user("sam") is None
    repo.close()


def test_serve_on_a_fresh_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "fresh"
    env = {**os.environ, "REDLINE_DATA_DIR": str(data)}
    env.pop("REDLINE_DATABASE_URL", None)
    redline = [sys.executable, "-m", "redline"]
    monkeypatch.setenv("REDLINE_DATA_DIR", str(data))
    monkeypatch.delenv("REDLINE_DATABASE_URL", raising=False)
    _stdin(monkeypatch, "ada-pass-123\n")
    assert main(["user", "add", "ada", "--role", "admin", "--password-stdin"]) == 0
    port = free_port()
    proc = subprocess.Popen([*redline, "serve", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            assert time.monotonic() < deadline, "redline serve did not come up"
            time.sleep(0.2)
        with httpx.Client(base_url=base) as c:
            assert c.get("/").status_code == 303
            assert c.get("/api/dashboard").status_code == 401
            page = c.get("/login")
            tok = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
            r = c.post("/login", data={"username": "ada", "password": "ada-pass-123", "csrf_token": tok, "next": "/"})
            assert r.status_code == 303
            assert c.get("/api/dashboard").json()["sources"] == []
            assert c.get("/static/htmx.min.js").headers["content-type"].startswith(("application/javascript", "text/javascript"))
        secret = data / "web-secret"
        assert secret.is_file() and (secret.stat().st_mode & 0o077) == 0
    finally:
        proc.terminate()
        proc.wait(10)
