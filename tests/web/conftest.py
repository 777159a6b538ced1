"""Fixtures of the web app tests: a real store filled by real watch cycles (session-wide, built
once per worker), the app on it, logged-in TestClients per role, and a real uvicorn server."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_fixture_site import Site, build_store, start_site  # noqa: E402
from web_helpers import BASE, PASSWORDS, ROLES, Server, World, free_port, login, make_app  # noqa: E402


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


@pytest.fixture
def app(world: World, ruleset: object):  # type: ignore[no-untyped-def]
    return make_app(world, ruleset)


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
