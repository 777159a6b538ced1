"""The store on real SQLite and PostgreSQL: migrations, sources, leases, host slots, web tables."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect, text

from redline.store import db
from redline.store.repo import AlreadyExists, NotFound, Repo
from redline.store.tables import ReviewDecision, Role

T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def test_migrations_are_idempotent_and_create_every_table(store_url: str) -> None:
    engine = db.make_engine(store_url)
    db.upgrade(engine)
    db.upgrade(engine)  # a second process starting up must be a no-op
    names = set(inspect(engine).get_table_names())
    assert {"sources", "runs", "snapshots", "findings", "occurrences", "events", "notifiers",
            "notifications", "hosts", "users", "reviews", "audit_log", "alembic_version"} <= names
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        if engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == db.SQLITE_BUSY_TIMEOUT_MS
    engine.dispose()


def test_default_location_follows_data_dir(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {"REDLINE_DATA_DIR": str(tmp_path / "d")}
    assert db.database_url(env) == f"sqlite:///{tmp_path / 'd' / 'redline.db'}"
    assert db.database_url({**env, "REDLINE_DATABASE_URL": "postgresql+psycopg://x/y"}) == "postgresql+psycopg://x/y"


def test_sources_add_get_upsert_pause_remove(repo: Repo) -> None:
    s = repo.add_source("http://127.0.0.1:9/a", name="Vendor A", every_seconds=3600,
                        tags=["vendor:a"], now=T0)
    assert s.next_due_at == T0 and s.created_at.tzinfo is not None
    with pytest.raises(AlreadyExists):
        repo.add_source("http://127.0.0.1:9/a", now=T0)
    assert repo.get_source("Vendor A").id == s.id == repo.get_source(str(s.id)).id
    assert repo.get_source("http://127.0.0.1:9/a").tags == ("vendor:a",)
    row, created = repo.upsert_source("http://127.0.0.1:9/a", name="Vendor A2", every_seconds=60,
                                      tags=["vendor:a", "cn"])
    assert not created and row.name == "Vendor A2" and row.every_seconds == 60
    assert row.next_due_at == T0  # the schedule survives an import
    assert repo.set_paused(s.id, True).paused
    assert repo.claim_due_source("w1", now=T0 + timedelta(days=1)) is None
    assert not repo.set_paused(s.id, False).paused
    repo.remove_source(s.id)  # never ran: deleted
    with pytest.raises(NotFound):
        repo.get_source(s.id)


def test_lease_is_exclusive_expires_and_dead_owners_are_broken(store_url: str) -> None:
    a, b = Repo.open(store_url), Repo.open(store_url)
    try:
        src = a.add_source("http://127.0.0.1:9/x", now=T0)
        got = a.claim_due_source("host:1:a", now=T0, lease_seconds=60)
        assert got is not None and got.lease_owner == "host:1:a"
        assert b.claim_due_source("host:2:b", now=T0 + timedelta(seconds=30)) is None
        # Expired lease: another worker may take it.
        again = b.claim_due_source("host:2:b", now=T0 + timedelta(seconds=61), lease_seconds=60)
        assert again is not None and again.lease_owner == "host:2:b"
        assert not a.renew_lease(src.id, "host:1:a", now=T0)  # the old owner lost it
        assert b.break_leases(lambda owner: owner == "host:2:b", now=T0 + timedelta(seconds=62)) == 1
        third = a.claim_due_source("host:3:c", now=T0 + timedelta(seconds=62))
        assert third is not None
        due = T0 + timedelta(hours=6)
        a.release_source(src.id, "host:3:c", next_due_at=due, status="ok", now=T0)
        after = b.get_source(src.id)
        assert after.lease_owner is None and after.next_due_at == due and after.last_status == "ok"
        assert b.claim_due_source("w", now=due - timedelta(seconds=1)) is None
        assert b.claim_due_source("w", now=due) is not None
    finally:
        a.close()
        b.close()


def test_concurrent_claims_never_hand_out_a_source_twice(store_url: str) -> None:
    setup = Repo.open(store_url)
    ids = {setup.add_source(f"http://127.0.0.1:9/p{i}", now=T0).id for i in range(6)}
    setup.close()
    claimed: list[int] = []
    lock = threading.Lock()
    errors: list[Exception] = []

    def worker(n: int) -> None:
        r = Repo.open(store_url, migrate=False)
        try:
            while (s := r.claim_due_source(f"host:{n}:w", now=T0 + timedelta(seconds=1))) is not None:
                with lock:
                    claimed.append(s.id)
        except Exception as exc:  # noqa: BLE001 - reported in the main thread
            errors.append(exc)
        finally:
            r.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    assert not errors
    assert sorted(claimed) == sorted(ids)


def test_host_slots_are_spaced_and_shared(repo: Repo) -> None:
    starts = [repo.reserve_host_slot("vendor.example", 2.0, now=1000.0) for _ in range(3)]
    assert starts == [1000.0, 1002.0, 1004.0]
    assert repo.reserve_host_slot("other.example", 2.0, now=1000.0) == 1000.0
    assert repo.reserve_host_slot("vendor.example", 2.0, now=5000.0) == 5000.0  # idle again


def test_users_reviews_and_audit_for_the_web_app(repo: Repo) -> None:
    from argon2 import PasswordHasher

    ph = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)  # cheap for tests
    u = repo.add_user("ana", Role.REVIEWER, ph.hash("correct horse"), now=T0)
    assert ph.verify(repo.get_user("ana").password_hash, "correct horse")  # type: ignore[union-attr]
    with pytest.raises(AlreadyExists):
        repo.add_user("ana", "viewer", ph.hash("x"))
    fp = "0" * 32
    repo.add_review(fp, ReviewDecision.NEEDS_SECOND_LOOK, who="ana", user_id=u.id, now=T0)
    repo.add_review(fp, "confirm", who="ana", user_id=u.id, note="vendor page, capability", now=T0 + timedelta(minutes=1))
    with pytest.raises(ValueError):
        repo.add_review(fp, "maybe", who="ana")
    assert [r.decision for r in repo.list_reviews(fp)] == [ReviewDecision.NEEDS_SECOND_LOOK, ReviewDecision.CONFIRM]
    assert repo.latest_reviews()[fp].note == "vendor page, capability"
    repo.audit("ana", "review", target=fp, detail={"decision": "confirm"}, now=T0)
    [entry] = repo.list_audit()
    assert entry.actor == "ana" and entry.detail == {"decision": "confirm"} and entry.at == T0
    repo.set_user_disabled("ana", True)
    assert repo.get_user("ana").disabled  # type: ignore[union-attr]
