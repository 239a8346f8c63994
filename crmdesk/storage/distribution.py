"""The counts behind the distribution charts, grouped in SQL."""

from datetime import date, datetime, timedelta

from sqlalchemy import Float, func, select
from sqlalchemy.orm import Session

from crmdesk.analytics.distribution import Distribution, every_month, months_back
from crmdesk.core.enums import Channel, CustomerStatus, LifecycleStage
from crmdesk.storage.models import Activity, Customer, Transaction


def _month(session: Session, column):
    if session.get_bind().dialect.name == "sqlite":
        return func.substr(column, 1, 7)  # ISO text: "2026-03"; strftime parses each date
    return func.to_char(column, "YYYY-MM")


def distribution(session: Session, as_of: date, months: int) -> Distribution:
    """As of the end of ``as_of``: files opened by then, and the last ``months`` months
    of new files, revenue and (over the last year) activities."""
    end = datetime.combine(as_of + timedelta(days=1), datetime.min.time())
    first_month = months_back(as_of.strftime("%Y-%m"), months)[0]
    start = date(int(first_month[:4]), int(first_month[5:]), 1)
    live = (Customer.deleted_at.is_(None), Customer.created_at < end)

    def counted(column) -> dict:
        grouped = select(column, func.count()).where(*live).group_by(column)
        return dict(session.execute(grouped).all())

    opened = _month(session, Customer.created_at)
    new = dict(
        session.execute(
            select(opened, func.count())
            .where(*live, Customer.created_at >= datetime.combine(start, datetime.min.time()))
            .group_by(opened)
        ).all()
    )
    # Per day, then per month here: days come in the order of ix_transactions_occurred_on
    # (which holds the amount), where a month of each sale needed a sort of every sale.
    revenue: dict[str, float] = {}
    for day, amount in session.execute(
        select(Transaction.occurred_on, func.sum(Transaction.amount, type_=Float))
        .where(Transaction.occurred_on.between(start, as_of))
        .group_by(Transaction.occurred_on)
    ):
        month = day.strftime("%Y-%m")
        revenue[month] = revenue.get(month, 0.0) + amount
    channels = dict(
        session.execute(
            select(Activity.channel, func.count())
            .where(Activity.occurred_at < end, Activity.occurred_at >= end - timedelta(days=365))
            .group_by(Activity.channel)
        ).all()
    )
    statuses, stages = counted(Customer.status), counted(Customer.lifecycle_stage)
    last = as_of.strftime("%Y-%m")
    return Distribution(
        by_status={s: statuses.get(s, 0) for s in CustomerStatus},
        by_stage={s: stages.get(s, 0) for s in LifecycleStage},
        new_by_month=every_month(new, last, months),
        revenue_by_month=every_month(revenue, last, months),
        activities_by_channel={c: channels.get(c, 0) for c in Channel},
    )
