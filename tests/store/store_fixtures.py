"""Store fixtures shared by tests/store and tests/watch: a fresh store on SQLite and PostgreSQL.

PostgreSQL runs when ``REDLINE_TEST_POSTGRES_URL`` points at a server (``.ci/run`` starts one);
each test gets its own randomly named database, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_ENV = "REDLINE_TEST_POSTGRES_URL"

STORE_PARAMS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


def _admin_conninfo(url: str) -> str:
    return "postgresql://" + url.split("://", 1)[1]


def make_store_url(kind: str, tmp_path: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'store' / 'redline.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: start PostgreSQL as .ci/run does (port 54329) to run "
                    "the PostgreSQL variant; CI sets it")
    import psycopg

    name = f"redline_test_{uuid.uuid4().hex[:12]}"
    admin = _admin_conninfo(base)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    head, _, _ = base.rpartition("/")
    try:
        yield f"{head}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=STORE_PARAMS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_store_url(request.param, tmp_path)


@pytest.fixture
def repo(store_url: str):  # type: ignore[no-untyped-def]
    from redline.store.repo import Repo

    r = Repo.open(store_url)
    yield r
    r.close()
