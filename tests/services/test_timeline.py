"""A customer's timeline: every kind of event, newest first, paged and filtered."""

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from crmdesk.core.activity import Activity
from crmdesk.core.contact import Contact
from crmdesk.core.customer import Customer
from crmdesk.core.enums import Channel, CustomerStatus, Direction
from crmdesk.core.timeline import TimelineKind
from crmdesk.storage.models import Transaction

ALL = set(TimelineKind)


def test_every_kind_of_event_newest_first(services):
    customer = services.customers.create(Customer(name="周杰")).value
    twin = services.customers.create(Customer(name="周杰 ")).value
    contact = services.contacts.add(Contact(customer_id=customer.id, name="周太太")).value
    services.activities.log(
        Activity(
            customer_id=customer.id,
            contact_id=contact.id,
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            occurred_at=datetime(2026, 3, 10, 14, 5),
            subject="询价",
            content="要报价单",
            next_follow_up=date(2026, 3, 12),
        )
    )
    with services.context.db.write() as session:
        session.add(
            Transaction(
                customer_id=customer.id,
                occurred_on=date(2026, 3, 11),
                amount=Decimal("1999.90"),
                product="打印机",
            )
        )
    stored = services.customers.get(customer.id)
    services.customers.update(replace(stored, status=CustomerStatus.FIRST_TIME))
    services.merges.merge(customer.id, twin.id, {})

    entries = services.activities.timeline(customer.id, ALL, 0, 50)
    assert [e.kind for e in entries] == [
        TimelineKind.CHANGE,  # at the fixed clock, 2026-03-15 10:30
        TimelineKind.MERGE,  # also then: equal times keep one order, by kind
        TimelineKind.SALE,
        TimelineKind.ACTIVITY,
    ]
    change, merge, sale, activity = entries
    assert (merge.title, merge.kept_this_file, merge.undone) == (f"{twin.code} 周杰", True, False)
    assert (change.title, change.old_value, change.new_value) == (
        "status",
        "prospect",
        "first_time",
    )
    assert (sale.title, sale.amount, sale.day, sale.has_time) == (
        "打印机",
        Decimal("1999.90"),
        date(2026, 3, 11),
        False,
    )
    assert (activity.channel, activity.contact, activity.detail, activity.follow_up_on) == (
        Channel.EMAIL,
        "周太太",
        "要报价单",
        date(2026, 3, 12),
    )
    (merged_away,) = services.activities.timeline(twin.id, {TimelineKind.MERGE}, 0, 50)
    assert merged_away.kept_this_file is False


def test_pages_and_kind_filter(services):
    customer = services.customers.create(Customer(name="吴敏")).value
    for day in range(1, 31):
        services.activities.log(
            Activity(
                customer_id=customer.id, subject=f"第{day}次", occurred_at=datetime(2026, 1, day, 9)
            )
        )
    first = services.activities.timeline(customer.id, ALL, 0, 20)
    rest = services.activities.timeline(customer.id, ALL, 20, 20)
    assert [e.title for e in first][:2] == ["第30次", "第29次"]
    assert [e.title for e in rest][-1] == "第1次"
    assert len(first) + len(rest) == 30
    assert services.activities.timeline(customer.id, {TimelineKind.SALE}, 0, 20) == []
    assert services.activities.timeline(customer.id, set(), 0, 20) == []
