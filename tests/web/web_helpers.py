"""Helpers of the web app tests (imported by conftest.py and the tests; a unique module name,
so it never collides with another directory's conftest)."""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass
from pathlib import Path

from web_fixture_site import Site

PASSWORDS = {"alice": "alice-pass-1", "rita": "rita-pass-1", "victor": "victor-pass-1"}
ROLES = {"alice": "admin", "rita": "reviewer", "victor": "viewer"}
BASE = "http://127.0.0.1:8765"


@dataclass
class World:
    data_dir: Path
    db_url: str
    site: Site
    sources: dict[str, int]
    repo: object


@dataclass
class Server:
    base: str
    app: object


def make_app(world: World, ruleset: object, **overrides: object):  # type: ignore[no-untyped-def]
    from redline.web.app import create_app
    from redline.web.settings import WebSettings

    settings = WebSettings.from_data_dir(world.data_dir, **overrides)
    return create_app(settings, world.repo, ruleset=ruleset)  # type: ignore[arg-type]


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "no CSRF field in the page"
    return m.group(1)


def login(client, name: str, password: str | None = None):  # type: ignore[no-untyped-def]
    page = client.get("/login")
    tok = csrf_of(page.text)
    return client.post("/login", data={"username": name, "password": password or PASSWORDS[name],
                                       "csrf_token": tok, "next": "/"}, follow_redirects=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
