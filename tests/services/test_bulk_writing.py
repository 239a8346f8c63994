"""Statements written behind Python's work belong to the caller's transaction, run in
order, and fail as a whole; values inserted straight to the driver read back as the
ORM's. On SQLite and PostgreSQL, whose drivers both run on the writer's thread."""

import time
from datetime import datetime

import pytest
from sqlalchemy import func, select

from crmdesk.core.changes import Entity
from crmdesk.core.enums import AuditAction
from crmdesk.core.history import AuditRecord
from crmdesk.services.app_services import open_services
from crmdesk.storage.audit import AuditTrail, history
from crmdesk.storage.bulk import ValuesInsert, background_writer
from crmdesk.storage.models import Tag


def _tag_insert(session) -> ValuesInsert:
    return ValuesInsert(session.connection(), Tag.__table__, ("name",))


def _tags_named(session, *names: str) -> int:
    return session.scalar(select(func.count()).select_from(Tag).where(Tag.name.in_(names)))


def test_statements_written_behind_run_in_order_inside_the_transaction(database_target):
    services = open_services(database_target, username="tester")
    with pytest.raises(KeyError), services.context.db.write() as session:
        tags = _tag_insert(session)
        with background_writer(session) as writer:
            writer.executemany(tags.statement, tags.parameters([("并行",), ("后台",)]))
            counted = writer.fetch("SELECT count(*) FROM tags")
            sum(n * n for n in range(100_000))  # Python's work meanwhile
            assert counted.result() == [(2,)]
        assert _tags_named(session, "并行", "后台") == 2
        raise KeyError("abandon the transaction")
    with services.context.db.read() as session:
        assert _tags_named(session, "并行", "后台") == 0
    services.close()


def test_a_failed_statement_skips_those_behind_it_and_is_raised_on_leaving(database_target):
    services = open_services(database_target, username="tester")
    done = []
    with pytest.raises(Exception, match="no_such_table"), services.context.db.write() as session:
        tags = _tag_insert(session)
        with background_writer(session) as writer:
            failed = writer.execute("INSERT INTO no_such_table VALUES (1)")
            behind = writer.executemany(tags.statement, tags.parameters([("跳过",)]))
            done.append(True)
            assert behind.exception() is failed.exception()
    assert done == [True]
    services.close()


def test_the_bodys_own_error_is_raised_and_the_statements_not_begun_are_dropped(tmp_path):
    services = open_services(tmp_path / "crm.db", username="tester")
    long_count = (
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3000000)"
        " SELECT count(*) FROM n"
    )
    with pytest.raises(KeyError), services.context.db.write() as session:
        tags = _tag_insert(session)
        with background_writer(session) as writer:
            running = writer.fetch(long_count)
            while not (running.running() or running.done()):
                time.sleep(0.001)  # the writer has begun it
            queued = [
                writer.executemany(tags.statement, tags.parameters([(f"标签{i}",)]))
                for i in range(5)
            ]
            raise KeyError("cancelled")
    assert running.result() == [(3_000_000,)]  # what had begun was let finish
    assert all(future.cancelled() for future in queued)
    services.close()


def test_values_inserted_with_constants_read_back_as_the_orm_writes_them(database_target):
    services = open_services(database_target, username="tester")
    at = datetime(2026, 11, 23, 9, 30, 15)
    with services.context.db.write() as session:
        trail = AuditTrail(session, "tester", at)
        trail.record_many(Entity.CUSTOMER, [41, 42], AuditAction.CREATE)
        trail.record(Entity.CUSTOMER, 43, AuditAction.CREATE)
    with services.context.db.read() as session:
        each = [history(session, Entity.CUSTOMER, customer) for customer in (41, 42, 43)]
    services.close()
    assert each[0] == each[1] == each[2]
    assert each[0] == [AuditRecord(at, "tester", AuditAction.CREATE, None, None, None)]
