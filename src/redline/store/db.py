"""Database engine creation and schema migration for the store.

Owns: where the store lives (``REDLINE_DATABASE_URL``, else a SQLite file in the data dir:
``REDLINE_DATA_DIR`` or ``~/.local/share/redline``), how engines are configured (SQLite in WAL
mode with a busy timeout; write transactions (``write_tx``) start with ``BEGIN IMMEDIATE`` so
concurrent writers queue instead of failing, reads use a plain deferred ``BEGIN`` and never
block on the write lock; PostgreSQL through psycopg 3), and running the packaged Alembic
migrations programmatically at startup (``upgrade``).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_BUSY_TIMEOUT_MS = 30_000


def data_dir(env: dict[str, str] | None = None) -> Path:
    """The data directory: ``REDLINE_DATA_DIR`` or ``~/.local/share/redline``."""
    env = dict(os.environ) if env is None else env
    raw = env.get("REDLINE_DATA_DIR")
    if raw:
        return Path(raw).expanduser()
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "redline"


def database_url(env: dict[str, str] | None = None) -> str:
    """``REDLINE_DATABASE_URL`` if set, else ``sqlite:///<data dir>/redline.db``."""
    env = dict(os.environ) if env is None else env
    url = env.get("REDLINE_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{data_dir(env) / 'redline.db'}"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; for SQLite the parent directory is created."""
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _configure_sqlite(engine)
        return engine
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        # Default to psycopg 3 (the installed driver) rather than psycopg2.
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN IMMEDIATE: a transaction takes the write
        # lock up front, so two processes never hit SQLITE_BUSY_SNAPSHOT on lock upgrade.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


WRITE_OPTION = "redline_write"


@contextlib.contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    """A write transaction: on SQLite it takes the write lock up front (``BEGIN IMMEDIATE``),
    so a read-then-write never fails with SQLITE_BUSY on lock upgrade; commits on success."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn


def alembic_config(engine: Engine | None = None) -> Any:
    """An Alembic ``Config`` built in code, pointing at the packaged migrations."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (idempotent; safe when several processes start)."""
    from alembic import command

    cfg = alembic_config(engine)
    with write_tx(engine) as conn:
        if engine.dialect.name == "postgresql":
            # Serialise concurrent migrators; released at commit.
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(727100105)")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
