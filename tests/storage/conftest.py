from datetime import date

import pytest
from sqlalchemy import event

from crmdesk.core.customer import Customer
from crmdesk.services.app_services import open_services
from crmdesk.storage.models import Transaction


@pytest.fixture
def database_target(db_path):
    """Storage tests check SQLite files themselves (integrity, backups)."""
    return str(db_path)


@pytest.fixture
def plans(database_target):
    """Run a storage query over a database holding one sale, and return SQLite's plan
    for each statement it executed."""
    services = open_services(database_target, username="tester")
    buyer = services.customers.create(Customer(name="张三")).value.id
    with services.context.db.write() as session:
        session.add(Transaction(customer_id=buyer, occurred_on=date(2026, 1, 5), amount=1))
    engine = services.context.db.engine
    statements = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    def plan_of(query):
        statements.clear()
        event.listen(engine, "before_cursor_execute", keep)
        try:
            with services.context.db.read() as session:
                query(session)
        finally:
            event.remove(engine, "before_cursor_execute", keep)
        with engine.connect() as connection:
            return [
                " ".join(
                    row[-1]
                    for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)
                )
                for sql, params in statements
            ]

    yield plan_of
    services.close()
