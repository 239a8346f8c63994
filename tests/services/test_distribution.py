"""The distribution counts (domain.md §5, issue 7 point 7) on SQLite and PostgreSQL:
files by status and lifecycle stage, new files and revenue per month with the period's
edges, activities per channel over the last year."""

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import update

from crmdesk.core.customer import Customer
from crmdesk.core.enums import Channel, CustomerStatus, Direction, LifecycleStage
from crmdesk.storage.models import Activity, Transaction
from crmdesk.storage.models import Customer as CustomerRow
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()  # 2026-03-15


def opened(services, name, on: datetime, **fields) -> int:
    who = services.customers.create(Customer(name=name, **fields)).value.id
    with services.context.db.write() as session:
        session.execute(update(CustomerRow).where(CustomerRow.id == who).values(created_at=on))
    return who


def test_months_statuses_and_channels_are_counted_inside_the_period(services):
    early = opened(
        services, "华信科技", datetime(2024, 3, 31, 23, 59), status=CustomerStatus.REPEAT
    )
    march = opened(
        services,
        "Acme",
        datetime(2026, 3, 1, 0, 0),
        status=CustomerStatus.FIRST_TIME,
        lifecycle_stage=LifecycleStage.GROWTH,
    )
    opened(services, "明天才开的", datetime(2026, 3, 16, 9, 0))  # after the day asked about
    with services.context.db.write() as session:
        for who, on, amount in (
            (early, date(2024, 3, 31), "999"),  # the month before the 24 shown
            (early, date(2024, 4, 1), "100.50"),  # the first day of the first month
            (early, date(2026, 2, 10), "200"),
            (march, date(2026, 2, 28), "300"),
            (march, TODAY, "400.25"),  # the last day counts
            (march, TODAY + timedelta(days=1), "5000"),  # the day after does not
        ):
            session.add(Transaction(customer_id=who, occurred_on=on, amount=Decimal(amount)))
        for channel, days_ago in (("phone", 1), ("phone", 364), ("email", 30), ("visit", 366)):
            session.add(
                Activity(
                    customer_id=march,
                    channel=channel,
                    direction=Direction.OUTBOUND,
                    occurred_at=FIXED_NOW - timedelta(days=days_ago),
                    subject="回访",
                )
            )

    found = services.analytics.distribution(TODAY, months=24)

    revenue = dict(found.revenue_by_month)
    assert found.revenue_by_month[0][0] == "2024-04" and found.revenue_by_month[-1][0] == "2026-03"
    assert revenue["2024-04"] == 100.5 and revenue["2026-03"] == 400.25
    assert revenue["2026-02"] == 500 and sum(revenue.values()) == 1000.75
    new = dict(found.new_by_month)
    assert new["2026-03"] == 1 and sum(new.values()) == 1  # 2024-03 is before the period
    assert found.by_status[CustomerStatus.REPEAT] == 1
    assert found.by_status[CustomerStatus.FIRST_TIME] == 1
    assert sum(found.by_status.values()) == 2  # the file opened tomorrow is not counted yet
    assert found.by_stage[LifecycleStage.GROWTH] == 1
    assert found.activities_by_channel[Channel.PHONE] == 2
    assert found.activities_by_channel[Channel.EMAIL] == 1
    assert found.activities_by_channel[Channel.VISIT] == 0  # over a year ago
