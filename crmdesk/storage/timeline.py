"""One customer's timeline from its activities, sales, status and tier changes,
merges, the steps of its complaints and its being lost or won back: a UNION orders and
pages the (kind, time, id) keys in the database, then each page's details are read by
id, kind by kind."""

from collections.abc import Callable, Collection
from datetime import datetime

from sqlalchemy import DateTime, Select, cast, func, literal, or_, select, type_coerce, union_all
from sqlalchemy.orm import Session, aliased

from crmdesk.core.changes import Entity
from crmdesk.core.enums import AuditAction
from crmdesk.core.timeline import TRACKED_FIELDS, TimelineEntry, TimelineKind
from crmdesk.storage.models import (
    Activity,
    AuditEntry,
    ChurnEvent,
    Complaint,
    ComplaintEvent,
    Contact,
    Customer,
    CustomerMerge,
    Transaction,
    User,
)


def _sale_time(session: Session):
    """A sale's date as the start of its day, comparable with the other times."""
    if session.get_bind().dialect.name == "sqlite":
        return type_coerce(func.datetime(Transaction.occurred_on), DateTime)
    return cast(Transaction.occurred_on, DateTime)


def _keys(session: Session, customer_id: int, kind: TimelineKind) -> Select:
    def keyed(at, record_id) -> Select:
        return select(literal(kind.value).label("kind"), at.label("at"), record_id.label("id"))

    if kind is TimelineKind.ACTIVITY:
        return keyed(Activity.occurred_at, Activity.id).where(Activity.customer_id == customer_id)
    if kind is TimelineKind.SALE:
        return keyed(_sale_time(session), Transaction.id).where(
            Transaction.customer_id == customer_id
        )
    if kind is TimelineKind.CHANGE:
        return keyed(AuditEntry.created_at, AuditEntry.id).where(
            AuditEntry.entity == Entity.CUSTOMER.value,
            AuditEntry.entity_id == customer_id,
            AuditEntry.action == AuditAction.UPDATE,
            AuditEntry.field.in_(TRACKED_FIELDS),
        )
    if kind is TimelineKind.CHURN:
        return keyed(ChurnEvent.at, ChurnEvent.id).where(ChurnEvent.customer_id == customer_id)
    if kind is TimelineKind.COMPLAINT:
        return (
            keyed(ComplaintEvent.at, ComplaintEvent.id)
            .join(Complaint, ComplaintEvent.complaint_id == Complaint.id)
            .where(Complaint.customer_id == customer_id)
        )
    return keyed(CustomerMerge.created_at, CustomerMerge.id).where(
        or_(CustomerMerge.survivor_id == customer_id, CustomerMerge.absorbed_id == customer_id)
    )


def page(
    session: Session,
    customer_id: int,
    kinds: Collection[TimelineKind],
    offset: int,
    limit: int,
) -> list[TimelineEntry]:
    """Entries ``offset`` to ``offset + limit`` of the customer's timeline, newest first."""
    if not kinds:
        return []
    keys = union_all(*(_keys(session, customer_id, kind) for kind in TimelineKind if kind in kinds))
    ordered = keys.subquery()
    rows = session.execute(
        select(ordered.c.kind, ordered.c.id)
        .order_by(ordered.c.at.desc(), ordered.c.kind, ordered.c.id.desc())
        .offset(offset)
        .limit(limit)
    ).all()
    wanted: dict[TimelineKind, list[int]] = {}
    for kind, record_id in rows:
        wanted.setdefault(TimelineKind(kind), []).append(record_id)
    found: dict[tuple[TimelineKind, int], TimelineEntry] = {}
    for kind, ids in wanted.items():
        for entry in _DETAILS[kind](session, customer_id, ids):
            found[kind, entry.record_id] = entry
    return [found[TimelineKind(kind), record_id] for kind, record_id in rows]


def _activities(session: Session, customer_id: int, ids: list[int]) -> list[TimelineEntry]:
    rows = session.execute(
        select(Activity, Contact.name, User.display_name)
        .outerjoin(Contact, Activity.contact_id == Contact.id)
        .outerjoin(User, Activity.owner_id == User.id)
        .where(Activity.id.in_(ids))
    )
    return [
        TimelineEntry(
            TimelineKind.ACTIVITY,
            activity.id,
            activity.occurred_at,
            activity.subject,
            detail=activity.content,
            outcome=activity.outcome,
            channel=activity.channel,
            direction=activity.direction,
            contact=contact,
            by=owner,
            follow_up_on=activity.next_follow_up,
            follow_up_done=activity.follow_up_done_at is not None,
        )
        for activity, contact, owner in rows
    ]


def _sales(session: Session, customer_id: int, ids: list[int]) -> list[TimelineEntry]:
    rows = session.scalars(select(Transaction).where(Transaction.id.in_(ids)))
    return [
        TimelineEntry(
            TimelineKind.SALE,
            sale.id,
            datetime.combine(sale.occurred_on, datetime.min.time()),
            sale.product or "",
            detail=sale.notes,
            amount=sale.amount,
        )
        for sale in rows
    ]


def _changes(session: Session, customer_id: int, ids: list[int]) -> list[TimelineEntry]:
    rows = session.scalars(select(AuditEntry).where(AuditEntry.id.in_(ids)))
    return [
        TimelineEntry(
            TimelineKind.CHANGE,
            row.id,
            row.created_at,
            row.field or "",
            by=row.actor,
            old_value=row.old_value,
            new_value=row.new_value,
        )
        for row in rows
    ]


def _merges(session: Session, customer_id: int, ids: list[int]) -> list[TimelineEntry]:
    other = aliased(Customer)
    other_id = func.coalesce(
        func.nullif(CustomerMerge.survivor_id, customer_id), CustomerMerge.absorbed_id
    )
    rows = session.execute(
        select(CustomerMerge, other.code, other.name)
        .join(other, other.id == other_id)
        .where(CustomerMerge.id.in_(ids))
    )
    return [
        TimelineEntry(
            TimelineKind.MERGE,
            merge.id,
            merge.created_at,
            f"{code} {name}",
            kept_this_file=merge.survivor_id == customer_id,
            by=merge.actor,
            undone=merge.undone_at is not None,
        )
        for merge, code, name in rows
    ]


def _complaint_steps(session: Session, customer_id: int, ids: list[int]) -> list[TimelineEntry]:
    rows = session.execute(
        select(ComplaintEvent, Complaint.number)
        .join(Complaint, ComplaintEvent.complaint_id == Complaint.id)
        .where(ComplaintEvent.id.in_(ids))
    )
    return [
        TimelineEntry(
            TimelineKind.COMPLAINT,
            event.id,
            event.at,
            number,
            detail=event.note,
            by=event.actor,
            old_value=event.from_status,
            new_value=event.to_status,
            step=event.step,
        )
        for event, number in rows
    ]


def _churn(session: Session, customer_id: int, ids: list[int]) -> list[TimelineEntry]:
    rows = session.scalars(select(ChurnEvent).where(ChurnEvent.id.in_(ids)))
    return [
        TimelineEntry(
            TimelineKind.CHURN,
            event.id,
            event.at,
            "",
            detail=event.note,
            by=event.actor,
            outcome_of_churn=event.outcome,
            churn_cause=event.cause,
        )
        for event in rows
    ]


_DETAILS: dict[TimelineKind, Callable[[Session, int, list[int]], list[TimelineEntry]]] = {
    TimelineKind.ACTIVITY: _activities,
    TimelineKind.SALE: _sales,
    TimelineKind.CHANGE: _changes,
    TimelineKind.MERGE: _merges,
    TimelineKind.COMPLAINT: _complaint_steps,
    TimelineKind.CHURN: _churn,
}
