"""What the churn warning reads of the current customers, and the record of customers
marked lost or won back (churn_events)."""

from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.core.complaint_stats import ComplaintFacts
from crmdesk.core.enums import ChurnCause, ChurnOutcome, CustomerStatus, Tier
from crmdesk.storage.models import Activity, ChurnEvent, Complaint, Customer

CURRENT = (CustomerStatus.FIRST_TIME, CustomerStatus.REPEAT, CustomerStatus.LOYAL)


@dataclass(frozen=True)
class CurrentCustomer:
    id: int
    tier: Tier | None
    last_contact_at: datetime | None


def _start_of(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def current_customers(session: Session, as_of: date | None) -> list[CurrentCustomer]:
    """Live customers who are buying now (first-time, repeat, loyal), with their last
    contact: as kept on the file, or as of the end of a past day ``as_of`` (then only
    files opened by then count)."""
    live = (
        select(Customer.id, Customer.tier, Customer.last_contact_at)
        .where(Customer.deleted_at.is_(None), Customer.status.in_(CURRENT))
        .order_by(Customer.id)
    )
    if as_of is None:
        return [CurrentCustomer(*row) for row in session.execute(live)]
    next_day = _start_of(as_of + timedelta(days=1))
    rows = session.execute(live.where(Customer.created_at < next_day)).all()
    contacted = dict(
        session.execute(
            select(Activity.customer_id, func.max(Activity.occurred_at))
            .where(Activity.occurred_at < next_day)
            .group_by(Activity.customer_id)
        ).all()
    )
    return [CurrentCustomer(i, tier, contacted.get(i)) for i, tier, _kept in rows]


def complaints_by_customer(
    session: Session, received_before: datetime
) -> list[tuple[int, ComplaintFacts]]:
    names = [f.name for f in fields(ComplaintFacts)]
    rows = session.execute(
        select(Complaint.customer_id, *(getattr(Complaint, n) for n in names)).where(
            Complaint.received_at < received_before
        )
    )
    return [(row[0], ComplaintFacts(*row[1:])) for row in rows]


def record_event(
    session: Session,
    customer: Customer,
    outcome: ChurnOutcome,
    cause: ChurnCause | None,
    note: str | None,
    actor: str,
    at: datetime,
) -> ChurnEvent:
    event = ChurnEvent(
        customer_id=customer.id,
        at=at,
        actor=actor,
        outcome=outcome,
        cause=cause,
        status_before=customer.status,
        note=note,
    )
    session.add(event)
    session.flush()
    return event


def last_marked_lost(session: Session, customer_id: int) -> ChurnEvent | None:
    return session.scalars(
        select(ChurnEvent)
        .where(ChurnEvent.customer_id == customer_id, ChurnEvent.outcome == ChurnOutcome.LOST)
        .order_by(ChurnEvent.at.desc(), ChurnEvent.id.desc())
        .limit(1)
    ).first()


@dataclass(frozen=True)
class LostCustomer:
    id: int
    code: str
    name: str
    tier: Tier | None
    lost_at: datetime | None  # None: the status was set by hand or by an import
    cause: ChurnCause | None
    note: str | None


def lost_customers(session: Session) -> list[LostCustomer]:
    """Live customers whose status is lost, the most recently lost first."""
    latest = (
        select(ChurnEvent.customer_id, func.max(ChurnEvent.id).label("event_id"))
        .where(ChurnEvent.outcome == ChurnOutcome.LOST)
        .group_by(ChurnEvent.customer_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Customer.id,
            Customer.code,
            Customer.name,
            Customer.tier,
            ChurnEvent.at,
            ChurnEvent.cause,
            ChurnEvent.note,
        )
        .outerjoin(latest, latest.c.customer_id == Customer.id)
        .outerjoin(ChurnEvent, ChurnEvent.id == latest.c.event_id)
        .where(Customer.deleted_at.is_(None), Customer.status == CustomerStatus.LOST)
        .order_by(ChurnEvent.at.desc().nulls_last(), Customer.id)
    )
    return [LostCustomer(*row) for row in rows]
