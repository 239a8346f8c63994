"""What each customer brought in a period, aggregated in SQL over the covering index
ix_transactions_customer_value (customer, date, amount, gross profit), which SQLite
reads in GROUP BY order: 0.43 s over a million sales on this 2-core machine, where its
default plan (the date index and a sort) took 1.5 s (bench/RESULTS.md). Each aggregate
costs SQLite ~0.06 s more over a million sales, so only those asked for are summed."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
from sqlalchemy import Float, func, select, update
from sqlalchemy.orm import Session

from crmdesk.core.enums import Tier
from crmdesk.storage.day_numbers import day_number
from crmdesk.storage.models import Customer, Transaction
from crmdesk.storage.planner import unindexed


@dataclass(frozen=True)
class CustomerValues:
    """Per customer, in the same order: every live customer, buyers or not. The
    purchase counts and last days are there only when asked for with ``recency``."""

    ids: np.ndarray
    value: np.ndarray  # revenue, or gross profit, in the period
    purchases: np.ndarray | None = None  # sales in the period
    last_purchase: np.ndarray | None = None  # day number of the last (0: bought nothing)


def customer_values(
    session: Session,
    start: date | None,
    end: date,
    *,
    profit: bool = False,
    recency: bool = False,
    opened_by: date | None = None,
) -> CustomerValues:
    """Revenue (gross profit with ``profit``) from ``start`` (None: the first sale) to
    ``end`` inclusive, of every live customer, or only those whose files were opened by
    the day ``opened_by``."""
    on = unindexed(Transaction.occurred_on)
    period = [on <= end]
    if start is not None:
        period.append(on >= start)
    # Floats: turning each sum into a Decimal cost more than the query itself.
    if profit:
        columns = [func.coalesce(func.sum(Transaction.gross_profit), 0, type_=Float)]
    else:
        columns = [func.sum(Transaction.amount, type_=Float)]
    if recency:
        columns += [func.count(), day_number(session, func.max(Transaction.occurred_on))]
    sums = select(Transaction.customer_id, *columns).where(*period)
    sums = sums.group_by(Transaction.customer_id)
    connection = session.connection()  # Core rows: no ORM bookkeeping per row
    # As tuples: NumPy probes a Row for array protocols, a KeyError per row.
    bought = [tuple(row) for row in connection.execute(sums).all()]
    live = select(Customer.id).where(Customer.deleted_at.is_(None))  # ix_customers_live
    if opened_by is not None:
        next_day = datetime.combine(opened_by + timedelta(days=1), datetime.min.time())
        live = live.where(Customer.created_at < next_day)
    ids = np.sort([row[0] for row in connection.execute(live).all()])
    return _aligned(ids, np.array(bought, dtype=float).reshape(len(bought), len(columns) + 1))


def _aligned(ids: np.ndarray, bought: np.ndarray) -> CustomerValues:
    """The buyers' rows (id, value[, purchases, last day]) spread over every customer in
    ``ids`` with NumPy, instead of a dictionary lookup per customer."""
    spread = np.zeros((len(ids), bought.shape[1] - 1))
    buyer_ids = bought[:, 0].astype(np.int64)
    position = np.searchsorted(ids, buyer_ids)
    live = position < len(ids)
    live[live] = ids[position[live]] == buyer_ids[live]  # not a deleted or newer file
    spread[position[live]] = bought[live, 1:]
    if spread.shape[1] == 1:
        return CustomerValues(ids, spread[:, 0])
    purchases, last = spread[:, 1].astype(np.int64), spread[:, 2].astype(np.int64)
    return CustomerValues(ids, spread[:, 0], purchases, last)


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


def codes_and_names(
    session: Session, ids: Sequence[int] | None = None
) -> dict[int, tuple[str, str]]:
    """Every live customer's code and name (of those in ``ids``), for lists of them."""
    live = select(Customer.id, Customer.code, Customer.name).where(Customer.deleted_at.is_(None))
    if ids is None:
        return {row[0]: (row[1], row[2]) for row in session.connection().execute(live)}
    found = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = live.where(Customer.id.in_(ids[start : start + _CHUNK]))
        found.update({row[0]: (row[1], row[2]) for row in session.connection().execute(chunk)})
    return found
