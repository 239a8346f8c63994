"""Bulk writes keep SQLite's memory small while they run, and give the cache back; a
statement run beside Python work belongs to the caller's transaction."""

import sqlite3

import pytest

from crmdesk.core.customer import Customer
from crmdesk.services.app_services import open_services
from crmdesk.storage import customers
from crmdesk.storage.bulk import BULK_CACHE_KIB, executing
from crmdesk.storage.database import CACHE_KIB


def test_a_bulk_insert_runs_in_a_lean_page_cache_and_restores_it(database_target):
    services = open_services(database_target, username="tester")
    cache_sizes = []
    with services.context.db.write() as session:

        def seen(_rows: int) -> None:
            cache_sizes.append(session.connection().exec_driver_sql("PRAGMA cache_size").scalar())

        values = [Customer(name=f"客户{i}") for i in range(3)]
        customers.insert_many(session, values, [f"B-{i}" for i in range(3)], seen)
        after = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
    services.close()
    assert cache_sizes and set(cache_sizes) == {-BULK_CACHE_KIB}
    assert after == -CACHE_KIB


def test_a_statement_executing_beside_python_work_is_part_of_the_transaction(tmp_path):
    services = open_services(tmp_path / "crm.db", username="tester")
    count = "SELECT count(*) FROM tags WHERE name = '并行'"
    added = "INSERT INTO tags (name, created_at, updated_at) VALUES (?, ?, ?)"
    with pytest.raises(KeyError), services.context.db.write() as session:
        with executing(session, added, ["并行", "2026-11-23", "2026-11-23"]):
            sum(n * n for n in range(100_000))  # Python's work meanwhile
        assert session.connection().exec_driver_sql(count).scalar() == 1
        raise KeyError("abandon the transaction")
    with services.context.db.read() as session:
        assert session.connection().exec_driver_sql(count).scalar() == 0
    services.close()


def test_the_statements_error_is_raised_once_the_work_beside_it_is_done(tmp_path):
    services = open_services(tmp_path / "crm.db", username="tester")
    done = []
    with (
        services.context.db.write() as session,
        pytest.raises(sqlite3.OperationalError, match="no_such_table"),
        executing(session, "INSERT INTO no_such_table VALUES (1)"),
    ):
        done.append(True)
    assert done == [True]
    services.close()
