"""What each customer brought in a period, aggregated in SQL over the covering index
ix_transactions_customer_value (customer, date, amount, gross profit), which SQLite
reads in GROUP BY order: 0.43 s over a million sales on this 2-core machine, where its
default plan (the date index and a sort) took 1.5 s (bench/RESULTS.md)."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
from sqlalchemy import Float, String, func, select, update
from sqlalchemy.orm import Session

from crmdesk.core.enums import Tier
from crmdesk.storage.models import Customer, Transaction
from crmdesk.storage.planner import unindexed


@dataclass(frozen=True)
class CustomerValues:
    """Per customer, in the same order: every live customer, buyers or not."""

    ids: np.ndarray
    revenue: np.ndarray
    gross_profit: np.ndarray
    purchases: np.ndarray
    last_purchase: np.ndarray  # datetime64[D]; NaT for those who bought nothing


def customer_values(
    session: Session, start: date | None, end: date, opened_by: date | None = None
) -> CustomerValues:
    """Sales on ``start`` (None: from the first) to ``end`` inclusive, of every live
    customer, or only those whose files were opened by the day ``opened_by``."""
    on = unindexed(Transaction.occurred_on)
    period = [on <= end]
    if start is not None:
        period.append(on >= start)
    sums = (
        select(
            Transaction.customer_id,
            # Floats: turning each sum into a Decimal cost more than the query itself.
            func.sum(Transaction.amount, type_=Float),
            func.coalesce(func.sum(Transaction.gross_profit), 0, type_=Float),
            func.count(),
            func.max(Transaction.occurred_on, type_=String),  # parsed by NumPy at once
        )
        .where(*period)
        .group_by(Transaction.customer_id)
    )
    connection = session.connection()  # Core rows: no ORM bookkeeping per row
    bought = connection.execute(sums).all()
    live = select(Customer.id).where(Customer.deleted_at.is_(None)).order_by(Customer.id)
    if opened_by is not None:
        next_day = datetime.combine(opened_by + timedelta(days=1), datetime.min.time())
        live = live.where(Customer.created_at < next_day)
    ids = np.array(connection.execute(live).scalars().all(), dtype=np.int64)
    return _aligned(ids, bought)


def _aligned(ids: np.ndarray, bought: list) -> CustomerValues:
    """The buyers' sums (rows of id, revenue, gross profit, purchases, last day) spread
    over every customer in ``ids`` with NumPy, instead of a dictionary lookup and four
    Python list builds per customer."""
    n = len(ids)
    revenue, profit, purchases = np.zeros(n), np.zeros(n), np.zeros(n, dtype=np.int64)
    last = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    if bought:
        buyer_ids = np.fromiter((row[0] for row in bought), dtype=np.int64, count=len(bought))
        position = np.searchsorted(ids, buyer_ids)
        live = position < n
        live[live] = ids[position[live]] == buyer_ids[live]  # not a deleted or newer file
        at = position[live]
        sums = np.array([row[1:4] for row in bought], dtype=float)[live]
        revenue[at], profit[at], purchases[at] = sums[:, 0], sums[:, 1], sums[:, 2]
        # SQLite gives ISO text, PostgreSQL dates: NumPy reads both.
        last[at] = np.array([row[4] for row in bought], dtype="datetime64[D]")[live]
    return CustomerValues(ids, revenue, profit, purchases, last)


_CHUNK = 5000


def set_tiers(session: Session, tiers: dict[int, Tier]) -> list[tuple[int, Tier | None, Tier]]:
    """Give each customer its computed tier; returns (id, old, new) for those changed."""
    current = dict(session.connection().execute(select(Customer.id, Customer.tier)).all())
    changed = [(i, current.get(i), tier) for i, tier in tiers.items() if current.get(i) != tier]
    for tier in set(tiers.values()):
        ids = [i for i, _old, new in changed if new == tier]
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            session.execute(
                update(Customer)
                .where(Customer.id.in_(chunk))
                .values(tier=tier)
                .execution_options(synchronize_session=False)
            )
    return changed


def codes_and_names(session: Session) -> dict[int, tuple[str, str]]:
    """Every live customer's code and name, for reports that list them."""
    live = select(Customer.id, Customer.code, Customer.name).where(Customer.deleted_at.is_(None))
    return {row[0]: (row[1], row[2]) for row in session.connection().execute(live)}
