"""Bulk writes keep SQLite's memory small while they run, and give the cache back."""

from crmdesk.core.customer import Customer
from crmdesk.services.app_services import open_services
from crmdesk.storage import customers
from crmdesk.storage.bulk import BULK_CACHE_KIB
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
