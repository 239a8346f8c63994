"""What satisfaction and loyalty read of the customers: their purchase days, how their
complaints ended, and the segment each belongs to."""

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from crmdesk.core.day_numbers import EPOCH
from crmdesk.core.enums import SegmentBy
from crmdesk.storage.day_numbers import day_number
from crmdesk.storage.models import Complaint, Customer, Survey, Transaction, User

WELL = 4  # satisfaction after handling of 4 or 5: resolved to the customer's satisfaction

_SEGMENT_COLUMN = {
    SegmentBy.TIER: Customer.tier,
    SegmentBy.REGION: Customer.region,
    SegmentBy.INDUSTRY: Customer.industry,
    SegmentBy.OWNER: User.display_name,
}


def _of_live_customers(query, customer_id, customer_ids: Iterable[int] | None):
    """``query`` kept to the rows whose ``customer_id`` is a live customer (of those
    listed, if any)."""
    query = query.join(Customer, Customer.id == customer_id).where(Customer.deleted_at.is_(None))
    if customer_ids is not None:
        query = query.where(Customer.id.in_(list(customer_ids)))
    return query


def purchase_days(
    session: Session,
    until: date,
    customer_ids: Iterable[int] | None = None,
    *,
    since: date | None = None,
    surveyed_only: bool = False,
) -> dict[int, list[int]]:
    """Per live customer who bought by ``until`` (and from ``since``): the distinct
    purchase days (date ordinals, ascending). ``surveyed_only`` keeps the customers with
    a survey taken by ``until``, the only ones a loyalty type is given."""
    # Ordinals worked out by the database: parsing each date in Python cost more.
    ordinal = day_number(session, Transaction.occurred_on) + EPOCH.toordinal()
    query = select(Transaction.customer_id, ordinal).where(Transaction.occurred_on <= until)
    if since is not None:
        query = query.where(Transaction.occurred_on >= since)
    if surveyed_only:
        surveyed = select(Survey.customer_id).where(Survey.taken_on <= until)
        query = query.where(Transaction.customer_id.in_(surveyed))
    # Grouped by the columns themselves, so SQLite keeps the covering index's order
    # instead of sorting the days twice (for DISTINCT and ORDER BY) as it did for the
    # ordinals.
    day = (Transaction.customer_id, Transaction.occurred_on)
    query = _of_live_customers(query, Transaction.customer_id, customer_ids)
    query = query.group_by(*day).order_by(*day)
    found: dict[int, list[int]] = defaultdict(list)
    for customer_id, day in session.execute(query).all():
        found[customer_id].append(day)
    return found


def complaint_outcomes(
    session: Session, customer_ids: Iterable[int] | None = None
) -> dict[int, tuple[int, int]]:
    """Per customer: (complaints resolved and scored, those scored 4 or 5)."""
    query = _of_live_customers(
        select(
            Complaint.customer_id,
            func.count(),
            func.sum(case((Complaint.satisfaction >= WELL, 1), else_=0)),
        )
        .where(Complaint.resolved_at.is_not(None), Complaint.satisfaction.is_not(None))
        .group_by(Complaint.customer_id),
        Complaint.customer_id,
        customer_ids,
    )
    return {customer_id: (n, int(well)) for customer_id, n, well in session.execute(query)}


def segments(session: Session, by: SegmentBy) -> dict[int, str | None]:
    """Each live customer's segment: its tier, region, industry or owner's name."""
    query = (
        select(Customer.id, _SEGMENT_COLUMN[by])
        .outerjoin(User, User.id == Customer.owner_id)
        .where(Customer.deleted_at.is_(None))
    )
    return {customer_id: key for customer_id, key in session.execute(query)}
