"""Each customer's last contact and number of contacts follow its activities however
they are written (database triggers), on SQLite and PostgreSQL."""

from dataclasses import replace
from datetime import datetime

from crmdesk.core.activity import Activity
from crmdesk.core.customer import Customer
from crmdesk.storage.models import Customer as CustomerRow


def contact_state(services, customer_id):
    with services.context.db.read() as session:
        row = session.get(CustomerRow, customer_id)
        return row.activity_count, row.last_contact_at


def visit(services, customer_id, at):
    activity = Activity(customer_id=customer_id, subject="拜访", occurred_at=at)
    return services.activities.log(activity).value


def test_logging_editing_and_deleting_keep_them_right(services):
    customer = services.customers.create(Customer(name="刘洋")).value
    assert contact_state(services, customer.id) == (0, None)
    early = visit(services, customer.id, datetime(2026, 1, 5, 9))
    late = visit(services, customer.id, datetime(2026, 3, 1, 9))
    visit(services, customer.id, datetime(2026, 2, 1, 9))  # older than the latest
    assert contact_state(services, customer.id) == (3, datetime(2026, 3, 1, 9))

    services.activities.update(replace(late, occurred_at=datetime(2026, 1, 20, 9)))
    assert contact_state(services, customer.id) == (3, datetime(2026, 2, 1, 9))
    services.activities.delete(early.id)
    assert contact_state(services, customer.id) == (2, datetime(2026, 2, 1, 9))


def test_a_merge_and_its_undo_move_them(services):
    keep = services.customers.create(Customer(name="陈静")).value
    absorbed = services.customers.create(Customer(name="陈静 ")).value
    visit(services, keep.id, datetime(2026, 1, 5, 9))
    visit(services, absorbed.id, datetime(2026, 2, 5, 9))
    visit(services, absorbed.id, datetime(2026, 2, 1, 9))
    merge_id = services.merges.merge(keep.id, absorbed.id, {}).value
    assert contact_state(services, keep.id) == (3, datetime(2026, 2, 5, 9))
    assert contact_state(services, absorbed.id) == (0, None)
    services.merges.undo(merge_id)
    assert contact_state(services, keep.id) == (1, datetime(2026, 1, 5, 9))
    assert contact_state(services, absorbed.id) == (2, datetime(2026, 2, 5, 9))


def test_a_file_with_activities_can_be_purged_from_the_bin(services):
    customer = services.customers.create(Customer(name="杨帆")).value
    visit(services, customer.id, datetime(2026, 1, 5, 9))
    services.customers.delete([customer.id])
    services.customers.purge([customer.id])
    with services.context.db.read() as session:
        assert session.get(CustomerRow, customer.id) is None
