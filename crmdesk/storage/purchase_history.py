"""Each buyer's purchase history up to a day, for the lifetime and churn models:
summed in SQL per customer over the covering index ix_transactions_customer_value,
which SQLite reads in GROUP BY order (storage.planner keeps it there), so a million
sales never cross into Python one by one. Grouping by customer and calendar year
instead cost SQLite a sort of every sale: 2.85 s against 1.7 s (bench/RESULTS.md)."""

from collections.abc import Callable
from datetime import date, timedelta

import numpy as np
from sqlalchemy import Float, Integer, and_, case, cast, extract, func, select
from sqlalchemy.orm import Session

from crmdesk.analytics.history import PurchaseHistory
from crmdesk.storage.day_numbers import day_number
from crmdesk.storage.models import Transaction
from crmdesk.storage.planner import unindexed


def _year(session: Session, day):
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.substr(day, 1, 4), Integer)
    return cast(extract("year", day), Integer)


def purchase_history(
    session: Session,
    end: date,
    margin: float,
    comparison_days: int,
    carried: Callable[[int], float],
) -> PurchaseHistory:
    """Sales up to ``end`` inclusive. A sale without a recorded gross profit counts
    ``margin`` of its amount as profit; the profit of a sale ``n`` calendar years
    before ``end`` counts ``carried(n)`` times. Recent and earlier revenue are the two
    halves of the last ``comparison_days`` days."""
    half = timedelta(days=comparison_days // 2)
    recent_from, earlier_from = end - half, end - 2 * half
    on = Transaction.occurred_on
    first = session.scalar(select(func.min(on)).where(on <= end))  # the date index
    if first is None:
        return _empty()
    years = range(_as_date(first).year, end.year + 1)
    weight = case(
        {year: carried(end.year - year) for year in years}, value=_year(session, on), else_=1.0
    )
    profit = func.coalesce(Transaction.gross_profit, Transaction.amount * margin)
    per_customer = (
        select(
            Transaction.customer_id,
            func.count(on.distinct()),
            day_number(session, func.min(on)),
            day_number(session, func.max(on)),
            func.sum(Transaction.amount, type_=Float),
            func.sum(profit * weight, type_=Float),
            func.sum(case((on > recent_from, Transaction.amount), else_=0), type_=Float),
            func.sum(
                case((and_(on > earlier_from, on <= recent_from), Transaction.amount), else_=0),
                type_=Float,
            ),
        )
        .where(unindexed(on) <= end)
        .group_by(Transaction.customer_id)
        .order_by(Transaction.customer_id)
    )
    rows = [tuple(row) for row in session.connection().execute(per_customer).all()]
    table = np.array(rows, dtype=float)  # ids below 2**53 stay exact
    ids = table[:, 0].astype(np.int64)
    return PurchaseHistory(
        ids=ids,
        purchase_days=table[:, 1].astype(np.int64),
        first_day=table[:, 2].astype(np.int64),
        last_day=table[:, 3].astype(np.int64),
        revenue=table[:, 4],
        first_day_revenue=_first_day_revenue(session, end, ids),
        historical_profit=table[:, 5],
        recent_revenue=table[:, 6],
        earlier_revenue=table[:, 7],
    )


def _as_date(day) -> date:
    """SQLite hands back min() of a date column as ISO text, PostgreSQL as a date."""
    return day if isinstance(day, date) else date.fromisoformat(day)


def _first_day_revenue(session: Session, end: date, ids: np.ndarray) -> np.ndarray:
    """What each buyer spent on its first purchase day (the models leave it out of the
    spend per repeat purchase)."""
    first = (
        select(Transaction.customer_id, func.min(Transaction.occurred_on).label("day"))
        .where(unindexed(Transaction.occurred_on) <= end)
        .group_by(Transaction.customer_id)
        .subquery()
    )
    spent = (
        select(Transaction.customer_id, func.sum(Transaction.amount, type_=Float))
        .join(
            first,
            and_(
                Transaction.customer_id == first.c.customer_id,
                Transaction.occurred_on == first.c.day,
            ),
        )
        .group_by(Transaction.customer_id)
    )
    found = dict(session.connection().execute(spent).all())
    return np.array([found.get(int(i), 0.0) for i in ids], dtype=float)


def _empty() -> PurchaseHistory:
    nothing = np.zeros(0)
    return PurchaseHistory(
        ids=np.zeros(0, dtype=np.int64),
        purchase_days=np.zeros(0, dtype=np.int64),
        first_day=np.zeros(0, dtype=np.int64),
        last_day=np.zeros(0, dtype=np.int64),
        revenue=nothing,
        first_day_revenue=nothing,
        historical_profit=nothing,
        recent_revenue=nothing,
        earlier_revenue=nothing,
    )
