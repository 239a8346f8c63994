import sqlite3
import threading

import pytest
from sqlalchemy import text

from crmdesk.storage.database import Database, resolve_url


def test_plain_paths_and_urls_are_both_accepted(tmp_path):
    assert resolve_url(tmp_path / "a.db").get_backend_name() == "sqlite"
    url = resolve_url("postgresql+psycopg://u:secret@localhost/crm")
    assert url.get_backend_name() == "postgresql"


def test_sqlite_runs_with_the_durable_settings(tmp_path):
    db = Database(tmp_path / "crm.db")
    with db.read() as session:
        pragma = lambda name: session.execute(text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 5000
    db.dispose()


def test_write_transactions_take_the_write_lock_at_begin(tmp_path):
    """BEGIN IMMEDIATE: while one writer's transaction is open, another cannot start one."""
    path = tmp_path / "crm.db"
    db = Database(path)
    with db.write() as session:
        session.execute(text("CREATE TABLE t (x)"))
    with db.write() as session:
        session.execute(text("SELECT count(*) FROM t"))  # a read first, as edits do
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    db.dispose()


def test_a_failed_unit_of_work_leaves_nothing(tmp_path):
    db = Database(tmp_path / "crm.db")
    with db.write() as session:
        session.execute(text("CREATE TABLE t (x)"))
    with pytest.raises(RuntimeError), db.write() as session:
        session.execute(text("INSERT INTO t VALUES (1)"))
        raise RuntimeError("boom")
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM t")).scalar() == 0
    db.dispose()


def test_concurrent_writers_wait_instead_of_failing(tmp_path):
    """Read-then-write transactions from several connections all commit (busy timeout +
    IMMEDIATE); with a deferred BEGIN many would fail at once with 'database is locked'."""
    path = tmp_path / "crm.db"
    setup = Database(path)
    with setup.write() as session:
        session.execute(text("CREATE TABLE counter (n INTEGER)"))
        session.execute(text("INSERT INTO counter VALUES (0)"))
    setup.dispose()

    errors: list[Exception] = []

    def bump(times: int) -> None:
        db = Database(path)
        try:
            for _ in range(times):
                with db.write() as session:
                    n = session.execute(text("SELECT n FROM counter")).scalar()
                    session.execute(text("UPDATE counter SET n = :n"), {"n": n + 1})
        except Exception as exc:
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=bump, args=(25,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check = Database(path)
    with check.read() as session:
        assert session.execute(text("SELECT n FROM counter")).scalar() == 100
    check.dispose()
