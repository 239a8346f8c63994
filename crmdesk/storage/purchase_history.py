"""Each buyer's purchase history up to a day, for the lifetime and churn models:
summed in SQL per customer and calendar year over the covering index
ix_transactions_customer_value (storage.planner keeps SQLite on it), then per customer
in NumPy, so a million sales never
cross into Python one by one."""

from datetime import date, timedelta

import numpy as np
from sqlalchemy import Float, Integer, and_, case, cast, extract, func, select
from sqlalchemy.orm import Session

from crmdesk.analytics.history import PurchaseHistory
from crmdesk.storage.day_numbers import day_number
from crmdesk.storage.models import Transaction
from crmdesk.storage.planner import unindexed


def _year(session: Session):
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.substr(Transaction.occurred_on, 1, 4), Integer)
    return cast(extract("year", Transaction.occurred_on), Integer)


def purchase_history(
    session: Session, end: date, margin: float, comparison_days: int
) -> PurchaseHistory:
    """Sales up to ``end`` inclusive. A sale without a recorded gross profit counts
    ``margin`` of its amount as profit. Recent and earlier revenue are the two halves of
    the last ``comparison_days`` days."""
    half = timedelta(days=comparison_days // 2)
    recent_from, earlier_from = end - half, end - 2 * half
    on = Transaction.occurred_on
    profit = func.coalesce(Transaction.gross_profit, Transaction.amount * margin)
    year = _year(session)
    per_year = (
        select(
            Transaction.customer_id,
            year,
            func.count(on.distinct()),
            day_number(session, func.min(on)),
            day_number(session, func.max(on)),
            func.sum(Transaction.amount, type_=Float),
            func.sum(profit, type_=Float),
            func.sum(case((on > recent_from, Transaction.amount), else_=0), type_=Float),
            func.sum(
                case((and_(on > earlier_from, on <= recent_from), Transaction.amount), else_=0),
                type_=Float,
            ),
        )
        .where(unindexed(on) <= end)
        .group_by(Transaction.customer_id, year)
        .order_by(Transaction.customer_id, year)
    )
    connection = session.connection()
    rows = connection.execute(per_year).all()
    if not rows:
        return _empty()
    columns = list(zip(*rows, strict=True))
    owner = np.array(columns[0], dtype=np.int64)
    ids, starts = np.unique(owner, return_index=True)
    customer = np.searchsorted(ids, owner)

    def per_customer(values) -> np.ndarray:
        return np.add.reduceat(np.asarray(values, dtype=float), starts)

    years_ago = end.year - np.array(columns[1], dtype=np.int64)
    profit_by_year = np.zeros((len(ids), int(years_ago.max()) + 1))
    np.add.at(profit_by_year, (customer, years_ago), np.asarray(columns[6], dtype=float))
    first_days = np.array(columns[3], dtype=np.int64)
    last_days = np.array(columns[4], dtype=np.int64)
    return PurchaseHistory(
        ids=ids,
        purchase_days=per_customer(columns[2]).astype(np.int64),
        first_day=np.minimum.reduceat(first_days, starts),
        last_day=np.maximum.reduceat(last_days, starts),
        revenue=per_customer(columns[5]),
        first_day_revenue=_first_day_revenue(session, end, ids),
        profit_by_year=profit_by_year,
        recent_revenue=per_customer(columns[7]),
        earlier_revenue=per_customer(columns[8]),
    )


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
        profit_by_year=np.zeros((0, 1)),
        recent_revenue=nothing,
        earlier_revenue=nothing,
    )
