"""Fixtures of the web app tests: a real store filled by real watch cycles (session-wide, built
once per worker), the app on it, logged-in TestClients per role, and a real uvicorn server."""

from __future__ import annotations

import re
import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_fixture_site import Site, build_store, start_site

PASSWORDS = {"alice": "alice-pass-1", "rita": "rita-pass-1", "victor": "victor-pass-1"}
ROLES = {"alice": "admin", "rita": "reviewer", "victor": "viewer"}


@dataclass
class World:
    data_dir: Path
    db_url: str
    site: Site
    sources: dict[str, int]
    repo: object


@pytest.fixture(scope="session")
def site() -> Iterator[Site]:
    s, server, th = start_site()
    yield s
    server.shutdown()
    server.server_close()
    th.join(5)


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory, site: Site, ruleset: object) -> Iterator[World]:
    from redline.store.repo import Repo
    from redline.web.security import hash_password

    data = tmp_path_factory.mktemp("webdata")
    url = f"sqlite:///{data / 'redline.db'}"
    repo = Repo.open(url)
    sources = build_store(repo, site, data / "archive", ruleset)
    for name, pw in PASSWORDS.items():
        repo.add_user(name, ROLES[name], hash_password(pw))
    yield World(data_dir=data, db_url=url, site=site, sources=sources, repo=repo)
    repo.close()


def make_app(world: World, ruleset: object, **overrides: object):  # type: ignore[no-untyped-def]
    from redline.web.app import create_app
    from redline.web.settings import WebSettings

    settings = WebSettings.from_data_dir(world.data_dir, **overrides)
    return create_app(settings, world.repo, ruleset=ruleset)  # type: ignore[arg-type]


@pytest.fixture
def app(world: World, ruleset: object):  # type: ignore[no-untyped-def]
    return make_app(world, ruleset)


BASE = "http://127.0.0.1:8765"


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "no CSRF field in the page"
    return m.group(1)


def login(client, name: str, password: str | None = None):  # type: ignore[no-untyped-def]
    page = client.get("/login")
    tok = csrf_of(page.text)
    return client.post("/login", data={"username": name, "password": password or PASSWORDS[name],
                                       "csrf_token": tok, "next": "/"}, follow_redirects=False)


@pytest.fixture
def client_for(app):  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    made = []

    def make(name: str | None):  # type: ignore[no-untyped-def]
        c = TestClient(app, base_url=BASE)
        c.__enter__()
        made.append(c)
        if name:
            r = login(c, name)
            assert r.status_code == 303, r.text
            c.headers["X-CSRF-Token"] = c.get("/api/me").json()["csrf_token"]
        return c

    yield make
    for c in made:
        c.__exit__(None, None, None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    base: str
    app: object


@pytest.fixture
def live_server(world: World, ruleset: object) -> Iterator[Server]:
    """The app on a real uvicorn server on 127.0.0.1 (in a thread)."""
    import uvicorn

    app = make_app(world, ruleset)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    th = threading.Thread(target=server.run, daemon=True)
    th.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield Server(base=f"http://127.0.0.1:{port}", app=app)
    server.should_exit = True
    th.join(10)
