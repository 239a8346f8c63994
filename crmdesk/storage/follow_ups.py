"""Open follow-ups: activities whose next follow-up date is set and not yet done."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, func, select, update
from sqlalchemy.orm import Session, aliased

from crmdesk.storage.models import Activity, Customer, User

# Who makes the follow-up: the one it was given to, else the activity's owner.
ASSIGNEE = func.coalesce(Activity.follow_up_assignee_id, Activity.owner_id)


@dataclass(frozen=True)
class FollowUpRow:
    activity_id: int
    version: int
    customer_id: int
    customer_code: str
    customer: str
    phone: str | None
    due_on: date
    subject: str  # of the activity that set it
    assignee_id: int | None
    assignee: str | None


def _open() -> Select:
    assignee = aliased(User)
    return (
        select(
            Activity.id,
            Activity.version,
            Customer.id,
            Customer.code,
            Customer.name,
            func.coalesce(Customer.mobile, Customer.phone),
            Activity.next_follow_up,
            Activity.subject,
            ASSIGNEE,
            assignee.display_name,
        )
        .join(Customer, Activity.customer_id == Customer.id)
        .outerjoin(assignee, assignee.id == ASSIGNEE)
        .where(
            Activity.follow_up_done_at.is_(None),
            Activity.next_follow_up.is_not(None),
            Customer.deleted_at.is_(None),
        )
        .order_by(Activity.next_follow_up, Activity.id)
    )


def _rows(session: Session, statement: Select) -> list[FollowUpRow]:
    return [FollowUpRow(*row) for row in session.execute(statement)]


def _assigned(assignee_id: int | None) -> ColumnElement[bool] | bool:
    return True if assignee_id is None else assignee_id == ASSIGNEE


def due_by(session: Session, day: date, assignee_id: int | None, limit: int) -> list[FollowUpRow]:
    """Open follow-ups due on or before ``day``, oldest first (None: everyone's)."""
    statement = _open().where(Activity.next_follow_up <= day, _assigned(assignee_id))
    return _rows(session, statement.limit(limit))


def count_due_by(session: Session, day: date, assignee_id: int | None) -> int:
    statement = _open().where(Activity.next_follow_up <= day, _assigned(assignee_id))
    return session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))


def of_customer(session: Session, customer_id: int) -> list[FollowUpRow]:
    return _rows(session, _open().where(Activity.customer_id == customer_id))


def take_unreminded(
    session: Session, day: date, assignee_id: int, at: datetime
) -> list[FollowUpRow]:
    """Open follow-ups due by ``day`` whose reminder was not shown yet, marked shown at
    ``at`` in the same transaction so that no reminder is ever shown twice."""
    rows = _rows(
        session,
        _open().where(
            Activity.next_follow_up <= day,
            Activity.follow_up_notified_at.is_(None),
            assignee_id == ASSIGNEE,
        ),
    )
    if rows:
        # Not a versioned edit: showing a reminder must not make an open form stale.
        session.execute(
            update(Activity)
            .where(Activity.id.in_([row.activity_id for row in rows]))
            .values(follow_up_notified_at=at)
            .execution_options(synchronize_session=False)
        )
    return rows


def mark_done(session: Session, customer_id: int, activity_ids: list[int], at: datetime) -> None:
    """Mark the customer's open follow-ups set by these activities done."""
    session.execute(
        update(Activity)
        .where(
            Activity.id.in_(activity_ids),
            Activity.customer_id == customer_id,
            Activity.follow_up_done_at.is_(None),
        )
        .values(follow_up_done_at=at)
        .execution_options(synchronize_session=False)
    )


def first_contact(session: Session, customer_id: int) -> datetime | None:
    return session.scalar(
        select(func.min(Activity.occurred_at)).where(Activity.customer_id == customer_id)
    )
